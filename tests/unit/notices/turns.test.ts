import type { ProposalEvent, SelectionEvent } from '../../../shared';
import {
  candidateNowAsked,
  circleSees,
  findCircle,
  opensRound,
  proposalTurns,
  selectionDecider,
  selectionTurns,
  transition,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { act, answers, consent, eventsOf, objection, proposalOf, rotaIn, rotaRound } from '../../support/consent-steps';
import { now } from '../../support/clock';
import { as } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt, selectionOf, startCommand } from '../../support/selection-flow';
import { wordsOf } from '../../support/refusal-words';

const types = (events: readonly { type: string }[]) => events.map((event) => event.type);

describe('whose turn a step makes it: rounds opened and integrations, not answers', () => {
  it('opens a round when the consent round opens and again on an amended revision, not on a reaction, an answer or a reminder', () => {
    const reactions = rotaIn(careCoop(), 'reactions');
    expect(opensRound(eventsOf(reactions, { type: 'open-consent-round' }, 'hana'))).toBe(true);
    expect(opensRound(eventsOf(reactions, { type: 'react', text: 'Yes please.' }, 'farid'))).toBe(false);
    const round = rotaRound();
    expect(opensRound(eventsOf(round, { type: 'answer', answer: consent }, 'amara'))).toBe(false);
    expect(opensRound(eventsOf(round, { type: 'remind-awaited' }, 'hana'))).toBe(false);
    expect(opensRound(eventsOf(round, { type: 'amend-proposal', text: 'Familiar carers stay on at weekends.' }, 'dev'))).toBe(true);
  });

  it('shows the circle every step past the draft, but not drafting, editing the draft or the reminder’s own message', () => {
    const unseen = [{ type: 'proposal-drafted' }, { type: 'draft-edited' }] as ProposalEvent[];
    expect(unseen.map((event) => circleSees([event]))).toEqual([false, false]);
    expect(circleSees(eventsOf(rotaRound(), { type: 'remind-awaited' }, 'hana'))).toBe(false);
    expect(circleSees(eventsOf(rotaRound(), { type: 'answer', answer: consent }, 'amara'))).toBe(true);
    expect(
      circleSees(
        eventsOf(rotaIn(careCoop(), 'clarifying'), { type: 'ask-question', questionId: 'q1', text: 'Paper or the app?' }, 'farid'),
      ),
    ).toBe(true);
  });

  it('asks everyone in the round when it opens, and the author when an objection sends it to integration', () => {
    const reactions = rotaIn(careCoop(), 'reactions');
    const events = eventsOf(reactions, { type: 'open-consent-round' }, 'hana');
    const round = act(reactions, { type: 'open-consent-round' }, 'hana');
    expect(proposalTurns(proposalOf(round), round.circle, events)).toEqual(
      ['amara', 'dev', 'farid', 'grace', 'hana'].map((personId) => ({ personId, awaits: 'answer' })),
    );
    const objected = answers(round, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Strangers at weekends would unsettle me.')],
      ['hana', consent],
    ]);
    const closing = eventsOf(objected, { type: 'close-consent-round' }, 'hana');
    expect(types(closing)).toEqual(['integration-started']);
    const integrating = act(objected, { type: 'close-consent-round' }, 'hana');
    expect(proposalTurns(proposalOf(integrating), integrating.circle, closing)).toEqual([{ personId: 'dev', awaits: 'integration' }]);
    expect(proposalTurns(proposalOf(round), round.circle, eventsOf(round, { type: 'answer', answer: consent }, 'amara'))).toEqual([]);
  });

  it('asks the selecting circle’s members for nominations when a selection starts, and for answers when a candidate is proposed', () => {
    const started = transition(
      selectionDecider,
      { structure: careCoop(), selection: null },
      startCommand(northsideDelegate),
      as(northsideDelegate.startedBy),
      now,
    );
    if (!started.ok) throw new Error(wordsOf(started.error));
    const nominations = started.value;
    const asked = selectionTurns(selectionOf(nominations.state), nominations.state.structure, nominations.events, now);
    expect(asked.map((turn) => turn.personId).sort()).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    expect(new Set(asked.map((turn) => turn.awaits))).toEqual(new Set(['nomination']));
    const revealed = selectionAt(careCoop(), northsideDelegate, 'change-round');
    const propose = {
      type: 'propose-candidate',
      selectionId: northsideDelegate.selectionId,
      candidate: northsideDelegate.candidate,
      reasoning: northsideDelegate.reasoning,
    };
    const proposed = transition(selectionDecider, revealed, propose, as(northsideDelegate.facilitator), now);
    if (!proposed.ok) throw new Error(wordsOf(proposed.error));
    const round = proposed.value.state;
    expect(selectionTurns(selectionOf(round), round.structure, proposed.value.events, now).map((turn) => turn.awaits)).toEqual([
      'answer',
      'answer',
      'answer',
      'answer',
      'answer',
    ]);
    const answered = answerAll(round, northsideDelegate, [['amara', consent]]);
    const answer: SelectionEvent[] = [
      {
        type: 'answer-given',
        selectionId: northsideDelegate.selectionId,
        at: now,
        by: 'amara',
        answer: { kind: 'consent', text: null, at: now },
      },
    ];
    expect(selectionTurns(selectionOf(answered), answered.structure, answer, now)).toEqual([]);
  });

  it('asks the candidate once everyone else asked has answered: the candidate answers last', () => {
    const round = selectionAt(careCoop(), northsideDelegate, 'consent-round');
    const candidate = northsideDelegate.candidate;
    const others = ['amara', 'dev', 'farid', 'grace', 'hana'].filter((personId) => personId !== candidate);
    let state = round;
    for (const [index, personId] of others.entries()) {
      const answered = transition(
        selectionDecider,
        state,
        { type: 'answer', selectionId: northsideDelegate.selectionId, answer: consent },
        as(personId),
        now,
      );
      if (!answered.ok) throw new Error(wordsOf(answered.error));
      state = answered.value.state;
      const selecting = findCircle(state.structure, 'northside');
      if (!selecting) throw new Error('no Northside');
      const last = index === others.length - 1;
      expect([personId, candidateNowAsked(selectionOf(state), selecting, answered.value.events)]).toEqual([personId, last]);
      expect(selectionTurns(selectionOf(state), state.structure, answered.value.events, now)).toEqual(
        last ? [{ personId: candidate, awaits: 'answer' }] : [],
      );
    }
  });
});

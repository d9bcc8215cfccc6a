import { availableProposalSteps, availableSelectionSteps, selectionDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { act, answers, consent, eventsOf, proposalOf, refused, roundOf, rotaIn, rotaRound } from '../../support/consent-steps';
import { daysFromNow, now, today } from '../../support/clock';
import { as } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const remind = { type: 'remind-awaited' };
const tomorrow = daysFromNow(1);

describe('the facilitator reminds those still to answer, at most once per round per day', () => {
  it('names those asked who have not answered yet, and records the day', () => {
    const round = answers(rotaRound(), [
      ['amara', consent],
      ['grace', consent],
    ]);
    expect(eventsOf(round, remind, 'hana')).toEqual([
      { type: 'awaited-reminded', proposalId: 'weekend-rota', at: now, by: 'hana', people: ['dev', 'farid', 'hana'] },
    ]);
    expect(roundOf(act(round, remind, 'hana')).remindedOn).toBe(today);
  });

  it('refuses a second reminder the same day, saying when they may remind again', () => {
    const reminded = act(rotaRound(), remind, 'hana');
    expect(refused(reminded, remind, 'hana', daysFromNow(0.5))).toEqual({
      code: 'already-reminded',
      message: 'Those still to answer were already reminded today; the facilitator reminds them at most once a day, so try again tomorrow.',
    });
    expect(eventsOf(reminded, remind, 'hana', tomorrow)).toEqual([expect.objectContaining({ type: 'awaited-reminded', at: tomorrow })]);
  });

  it('refuses anyone but the facilitator, the author included', () => {
    for (const person of ['dev', 'farid'])
      expect(refused(rotaRound(), remind, person)).toMatchObject({
        code: 'not-permitted',
        message: 'Only the facilitator reminds those still to answer.',
      });
  });

  it('reminds only while a round answered by a deadline runs, and not when everyone has answered', () => {
    expect(refused(rotaIn(careCoop(), 'reactions'), remind, 'hana')).toMatchObject({ code: 'wrong-stage' });
    expect(refused(rotaRound('sync'), remind, 'hana')).toEqual({
      code: 'wrong-stage',
      message: 'In a meeting the facilitator asks each person in turn; reminders are for rounds answered by a deadline.',
    });
    const everyone = answers(
      rotaRound(),
      ['amara', 'dev', 'farid', 'grace', 'hana'].map((name) => [name, consent] as const),
    );
    expect(refused(everyone, remind, 'hana')).toMatchObject({ code: 'answers-missing' });
  });

  it('lets a round opened again by an amendment be reminded the same day', () => {
    const reminded = act(rotaRound(), remind, 'hana');
    const amended = act(reminded, { type: 'amend-proposal', text: `${proposalOf(reminded).text} Familiar carers stay on.` }, 'dev');
    expect(roundOf(amended).remindedOn).toBeUndefined();
    expect(eventsOf(amended, remind, 'hana', daysFromNow(0.1))).toHaveLength(1);
  });

  it('is offered as a step to the facilitator only, and not again the same day', () => {
    const state = rotaRound();
    const proposal = proposalOf(state);
    expect(availableProposalSteps(state.circle, proposal, as('hana'), now)).toContain('remind-awaited');
    expect(availableProposalSteps(state.circle, proposal, as('dev'), now)).not.toContain('remind-awaited');
    const reminded = act(state, remind, 'hana');
    expect(availableProposalSteps(reminded.circle, proposalOf(reminded), as('hana'), now)).not.toContain('remind-awaited');
    expect(availableProposalSteps(reminded.circle, proposalOf(reminded), as('hana'), tomorrow)).toContain('remind-awaited');
  });

  it('holds for a role selection’s consent round the same way', () => {
    const command = { type: 'remind-awaited', selectionId: northsideDelegate.selectionId };
    const round = answerAll(selectionAt(careCoop(), northsideDelegate, 'consent-round'), northsideDelegate, [['amara', consent]]);
    expect(refusal(selectionDecider, round, command, as('farid'))).toMatchObject({ code: 'not-permitted' });
    expect(availableSelectionSteps(round.structure, selectionOf(round), as('hana'), now)).toContain('remind-awaited');
    const reminded = step(selectionDecider, round, command, as('hana'));
    const selection = selectionOf(reminded);
    expect(selection.status === 'consent-round' && selection.round.remindedOn).toBe(today);
    expect(refusal(selectionDecider, reminded, command, as('hana'))).toMatchObject({ code: 'already-reminded' });
    expect(step(selectionDecider, reminded, command, as('hana'), tomorrow).selection).toBeTruthy();
    const nominations = selectionAt(careCoop(), northsideDelegate, 'nominations');
    expect(refusal(selectionDecider, nominations, command, as('hana'))).toMatchObject({ code: 'wrong-stage' });
  });
});

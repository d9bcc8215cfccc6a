import type { ProposalEvent, ProposalState } from '../../../shared';
import { Proposal, ProposalEvent as ProposalEventSchema, proposalDecider, transition } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { proposalAt } from '../../support/consent-steps';
import { as, system } from '../../support/people';
import { rotaProposal } from '../../support/proposals';
import { wordsOf } from '../../support/refusal-words';

const amendedText = 'Weekend shifts rotate monthly; each supported person keeps one familiar carer every weekend.';

/** The whole weekend-rota decision, step by step, keeping every event: the logbook's trail. */
function decideTheRota(): { state: ProposalState; trail: ProposalEvent[] } {
  let state: ProposalState = { circle: circleOf(careCoop(), 'northside'), proposal: null };
  const trail: ProposalEvent[] = [];
  const run = (command: object, actor: string | 'system', at: string) => {
    const result = transition(
      proposalDecider,
      state,
      { proposalId: 'weekend-rota', ...command },
      actor === 'system' ? system : as(actor),
      at,
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
    state = result.value.state;
    trail.push(...result.value.events);
  };
  const day = (n: number) => daysFromNow(n);
  run(rotaProposal, 'dev', day(0));
  run({ type: 'present-proposal' }, 'dev', day(0));
  run({ type: 'open-clarifying-questions' }, 'hana', day(0));
  run({ type: 'ask-question', questionId: 'q1', text: 'Does it include bank holidays?' }, 'farid', day(0));
  run({ type: 'answer-question', questionId: 'q1', answer: 'Yes.' }, 'dev', day(0));
  run({ type: 'open-quick-reactions' }, 'hana', day(0));
  run({ type: 'react', text: 'Fairer, finally.' }, 'amara', day(0));
  run({ type: 'open-consent-round', options: { mode: 'async' } }, 'hana', day(0));
  run({ type: 'answer', answer: { kind: 'consent' } }, 'amara', day(1));
  run({ type: 'answer', answer: { kind: 'concern', text: 'Payroll must know the rota a month ahead.' } }, 'dev', day(1));
  run({ type: 'answer', answer: { kind: 'object', text: 'Grace needs the same carer every weekend.' } }, 'grace', day(2));
  run({ type: 'close-consent-round' }, 'system', day(7));
  run({ type: 'amend-proposal', text: amendedText }, 'dev', day(8));
  run({ type: 'answer', answer: { kind: 'consent' } }, 'amara', day(9));
  run({ type: 'answer', answer: { kind: 'consent' } }, 'dev', day(9));
  run({ type: 'answer', answer: { kind: 'concern', text: 'Saturdays clash with hospital visits; we will swap.' } }, 'farid', day(9));
  run({ type: 'answer', answer: { kind: 'object', text: 'Sundays still lack a familiar carer.' } }, 'grace', day(9));
  run({ type: 'withdraw-objection' }, 'grace', day(10));
  run({ type: 'answer', answer: { kind: 'stand-aside' } }, 'hana', day(10));
  run({ type: 'close-consent-round' }, 'hana', day(10));
  return { state, trail };
}

describe('the decision is recorded in the logbook', () => {
  const { state, trail } = decideTheRota();
  const adopted = proposalAt(state, 'adopted');

  it('keeps the adopted text, the author, who facilitated, when it was adopted and the review date', () => {
    expect(adopted).toMatchObject({
      proposalId: 'weekend-rota',
      circleId: 'northside',
      author: 'dev',
      title: rotaProposal.title,
      text: amendedText,
      driver: rotaProposal.driver,
      revision: 2,
      facilitatedBy: 'hana',
      adoptedAt: daysFromNow(10),
      reviewDate: '2027-06-01',
      silentConsent: [],
    });
  });

  it('keeps the revision history, each superseded revision with the answers it received', () => {
    expect(adopted.history).toEqual([
      {
        revision: 1,
        title: rotaProposal.title,
        text: rotaProposal.text,
        driver: rotaProposal.driver,
        createdAt: now,
        answers: {
          amara: { kind: 'consent', text: null, at: daysFromNow(1) },
          dev: { kind: 'concern', text: 'Payroll must know the rota a month ahead.', at: daysFromNow(1) },
          grace: { kind: 'object', text: 'Grace needs the same carer every weekend.', at: daysFromNow(2) },
        },
      },
    ]);
  });

  it('keeps every answer of the deciding round with its concern text, a withdrawn objection as its objector’s concern', () => {
    expect(adopted.round.revision).toBe(2);
    expect(adopted.round.answers).toEqual({
      amara: { kind: 'consent', text: null, at: daysFromNow(9) },
      dev: { kind: 'consent', text: null, at: daysFromNow(9) },
      farid: { kind: 'concern', text: 'Saturdays clash with hospital visits; we will swap.', at: daysFromNow(9) },
      grace: { kind: 'concern', text: 'Sundays still lack a familiar carer.', at: daysFromNow(10) },
      hana: { kind: 'stand-aside', text: null, at: daysFromNow(10) },
    });
  });

  it('keeps every objection with its reason and how it was resolved', () => {
    expect(adopted.objections).toEqual([
      {
        objector: 'grace',
        revision: 1,
        reason: 'Grace needs the same carer every weekend.',
        raisedAt: daysFromNow(2),
        status: 'integrated',
        resolvedAt: daysFromNow(8),
      },
      {
        objector: 'grace',
        revision: 2,
        reason: 'Sundays still lack a familiar carer.',
        raisedAt: daysFromNow(9),
        status: 'withdrawn',
        resolvedAt: daysFromNow(10),
      },
    ]);
  });

  it('keeps the clarifying questions and quick reactions', () => {
    expect(adopted.questions).toEqual([
      { questionId: 'q1', askedBy: 'farid', text: 'Does it include bank holidays?', askedAt: now, answer: 'Yes.', answeredBy: 'dev' },
    ]);
    expect(adopted.reactions).toEqual({ amara: { text: 'Fairer, finally.', at: now } });
  });

  it('is a well-formed logbook entry by the core’s own schemas', () => {
    expect(Proposal.safeParse(adopted).success).toBe(true);
    for (const event of trail) expect(ProposalEventSchema.safeParse(event).success).toBe(true);
  });

  it('events carry the trail: every step, who took it and when, in order', () => {
    expect(trail.map((e) => [e.type, e.by, e.at])).toEqual([
      ['proposal-drafted', 'dev', now],
      ['proposal-presented', 'dev', now],
      ['clarifying-questions-opened', 'hana', now],
      ['question-asked', 'farid', now],
      ['question-answered', 'dev', now],
      ['quick-reactions-opened', 'hana', now],
      ['reaction-given', 'amara', now],
      ['consent-round-opened', 'hana', now],
      ['answer-given', 'amara', daysFromNow(1)],
      ['answer-given', 'dev', daysFromNow(1)],
      ['answer-given', 'grace', daysFromNow(2)],
      ['integration-started', null, daysFromNow(7)],
      ['proposal-amended', 'dev', daysFromNow(8)],
      ['answer-given', 'amara', daysFromNow(9)],
      ['answer-given', 'dev', daysFromNow(9)],
      ['answer-given', 'farid', daysFromNow(9)],
      ['answer-given', 'grace', daysFromNow(9)],
      ['objection-withdrawn', 'grace', daysFromNow(10)],
      ['answer-given', 'hana', daysFromNow(10)],
      ['proposal-adopted', 'hana', daysFromNow(10)],
    ]);
    expect(trail.every((e) => e.proposalId === 'weekend-rota')).toBe(true);
  });

  it('the trail alone rebuilds the decision: replaying the events gives the same logbook entry', () => {
    const start: ProposalState = { circle: circleOf(careCoop(), 'northside'), proposal: null };
    expect(trail.reduce(proposalDecider.evolve, start)).toEqual(state);
  });
});

describe('transparency: objections and how they were resolved are visible in the record', () => {
  const { trail } = decideTheRota();

  it('the answer events carry each concern and objection text in full', () => {
    const texts = trail.flatMap((e) => (e.type === 'answer-given' && e.answer.text !== null ? [[e.by, e.answer.kind, e.answer.text]] : []));
    expect(texts).toEqual([
      ['dev', 'concern', 'Payroll must know the rota a month ahead.'],
      ['grace', 'object', 'Grace needs the same carer every weekend.'],
      ['farid', 'concern', 'Saturdays clash with hospital visits; we will swap.'],
      ['grace', 'object', 'Sundays still lack a familiar carer.'],
    ]);
  });

  it('integration names the open objectors, and the amendment carries its new text and rerun round', () => {
    const integration = trail.find((e) => e.type === 'integration-started');
    expect(integration).toMatchObject({ openObjections: ['grace'] });
    const amended = trail.find((e) => e.type === 'proposal-amended');
    expect(amended).toMatchObject({
      revision: 2,
      text: amendedText,
      round: { revision: 2, answers: {}, eligible: ['amara', 'dev', 'farid', 'grace', 'hana'] },
    });
  });

  it('a withdrawn proposal keeps who withdrew it, when and why', () => {
    let state: ProposalState = { circle: circleOf(careCoop(), 'northside'), proposal: null };
    const run = (command: object, actor: string) => {
      const result = transition(proposalDecider, state, { proposalId: 'weekend-rota', ...command }, as(actor), now);
      if (!result.ok) throw new Error(result.error.code);
      state = result.value.state;
      return result.value.events;
    };
    run(rotaProposal, 'dev');
    expect(run({ type: 'withdraw-proposal', reason: 'The hub is deciding rotas co-op wide.' }, 'dev')).toEqual([
      { type: 'proposal-withdrawn', proposalId: 'weekend-rota', at: now, by: 'dev', reason: 'The hub is deciding rotas co-op wide.' },
    ]);
    expect(proposalAt(state, 'withdrawn')).toMatchObject({
      withdrawnBy: 'dev',
      withdrawnAt: now,
      reason: 'The hub is deciding rotas co-op wide.',
      text: rotaProposal.text,
    });
  });
});

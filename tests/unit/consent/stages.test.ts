import type { ProposalState } from '../../../shared';
import { proposalDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { act, circleChanged, eventsOf, proposalAt, proposalOf, refused, rota, rotaIn } from '../../support/consent-steps';
import { as, system } from '../../support/people';
import { rotaProposal } from '../../support/proposals';

const coop = careCoop();
const emptyNorthside = (): ProposalState => ({ circle: circleOf(coop, 'northside'), proposal: null });

const moves = {
  present: { type: 'present-proposal' },
  clarify: { type: 'open-clarifying-questions' },
  react: { type: 'open-quick-reactions' },
  round: { type: 'open-consent-round', options: {} },
} as const;

describe('stages in order: draft → presented → clarifying questions → quick reactions → consent round', () => {
  it('walks the stages one after another, each move recorded as its own event', () => {
    let state = rotaIn(coop, 'draft');
    const seen: string[] = [proposalOf(state).status];
    const trail: string[] = [];
    for (const [command, actor] of [
      [moves.present, 'dev'],
      [moves.clarify, 'hana'],
      [moves.react, 'hana'],
      [moves.round, 'hana'],
    ] as const) {
      trail.push(...eventsOf(state, command, actor).map((e) => e.type));
      state = act(state, command, actor);
      seen.push(proposalOf(state).status);
    }
    expect(seen).toEqual(['draft', 'presented', 'clarifying', 'reactions', 'consent-round']);
    expect(trail).toEqual(['proposal-presented', 'clarifying-questions-opened', 'quick-reactions-opened', 'consent-round-opened']);
  });

  it.each([
    ['draft', moves.clarify],
    ['draft', moves.react],
    ['draft', moves.round],
    ['presented', moves.present],
    ['presented', moves.react],
    ['presented', moves.round],
    ['clarifying', moves.present],
    ['clarifying', moves.clarify],
    ['clarifying', moves.round],
    ['reactions', moves.present],
    ['reactions', moves.clarify],
    ['reactions', moves.react],
    ['consent-round', moves.round],
    ['consent-round', moves.react],
  ] as const)('refuses to skip or repeat a stage: at %s, %j is refused as wrong-stage', (stage, command) => {
    const state = rotaIn(coop, stage);
    expect(refused(state, command, 'hana').code).toBe('wrong-stage');
    expect(refused(state, command, 'dev').code).toBe('wrong-stage');
  });

  it('refuses answers before the consent round has opened', () => {
    for (const stage of ['draft', 'presented', 'clarifying', 'reactions'] as const) {
      expect(refused(rotaIn(coop, stage), { type: 'answer', answer: { kind: 'consent' } }, 'amara').code).toBe('wrong-stage');
    }
  });

  it('refuses every step on a proposal that does not exist, naming the proposalId', () => {
    const state = rotaIn(coop, 'presented');
    const error = refusal(proposalDecider, state, { type: 'open-clarifying-questions', proposalId: 'night-shifts' }, as('hana'));
    expect(error).toMatchObject({ code: 'not-found', field: 'proposalId' });
    expect(refusal(proposalDecider, emptyNorthside(), { type: 'present-proposal', proposalId: rota }, as('dev'))).toMatchObject({
      code: 'not-found',
      field: 'proposalId',
    });
  });

  it('takes no step at all in an archived circle', () => {
    const state = rotaIn(coop, 'clarifying');
    const archived = { ...state, circle: { ...state.circle, archived: true } };
    expect(refused(archived, moves.react, 'hana').code).toBe('circle-archived');
    expect(refusal(proposalDecider, { ...emptyNorthside(), circle: archived.circle }, rotaProposal, as('dev')).code).toBe(
      'circle-archived',
    );
  });
});

describe('the facilitator moves between stages', () => {
  it.each([
    ['presented', moves.clarify],
    ['clarifying', moves.react],
    ['reactions', moves.round],
  ] as const)('at %s only Hana, the facilitator, may take %j: not the author, a member, an admin or the system', (stage, command) => {
    const state = rotaIn(coop, stage);
    for (const actor of ['dev', 'amara', 'farid', 'ivo']) expect(refused(state, command, actor).code).toBe('not-permitted');
    expect(refused(state, command, { kind: 'person', personId: 'admin', organisationAdmin: true }).code).toBe('not-permitted');
    expect(refused(state, command, system).code).toBe('not-permitted');
    expect(proposalOf(act(state, command, 'hana')).status).not.toBe(stage);
  });

  it('lets the author or the facilitator present the draft, nobody else', () => {
    const state = rotaIn(coop, 'draft');
    expect(proposalOf(act(state, moves.present, 'dev')).status).toBe('presented');
    expect(proposalOf(act(state, moves.present, 'hana')).status).toBe('presented');
    expect(refused(state, moves.present, 'amara').code).toBe('not-permitted');
    expect(refused(state, moves.present, system).code).toBe('not-permitted');
  });

  it('while the facilitator role is vacant, the author moves the stages (and a former facilitator no longer can)', () => {
    const tomorrow = daysFromNow(1);
    let state = rotaIn(coop, 'presented');
    state = circleChanged(state, [
      { type: 'end-term', circleId: 'northside', assignmentId: 'northside-facilitator', lastDay: '2026-11-21' },
    ]);
    // Hana's last day is today: she still facilitates today, not tomorrow.
    expect(proposalOf(act(state, moves.clarify, 'hana')).status).toBe('clarifying');
    expect(refused(state, moves.clarify, 'dev').code).toBe('not-permitted');
    expect(refused(state, moves.clarify, 'hana', tomorrow).code).toBe('not-permitted');
    state = act(state, moves.clarify, 'dev', tomorrow);
    state = act(state, moves.react, 'dev', tomorrow);
    state = act(state, moves.round, 'dev', tomorrow);
    expect(proposalOf(state).status).toBe('consent-round');
  });

  it('follows the role to its new holder: when Amara takes over facilitation, she moves the stages and Hana does not', () => {
    const tomorrow = daysFromNow(1);
    let state = rotaIn(coop, 'presented');
    state = circleChanged(state, [
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'northside-facilitator-2',
        roleId: 'facilitator',
        personId: 'amara',
        termStart: '2026-11-22',
      },
    ]);
    expect(refused(state, moves.clarify, 'hana', tomorrow).code).toBe('not-permitted');
    expect(refused(state, moves.clarify, 'dev', tomorrow).code).toBe('not-permitted');
    expect(proposalOf(act(state, moves.clarify, 'amara', tomorrow)).status).toBe('clarifying');
  });
});

describe('draft: the author writes title, text, driver and review date', () => {
  it('records the draft with its author, circle and texts, at revision 1', () => {
    const state = step(proposalDecider, emptyNorthside(), rotaProposal, as('dev'));
    expect(proposalOf(state)).toMatchObject({
      proposalId: rota,
      circleId: 'northside',
      author: 'dev',
      status: 'draft',
      title: rotaProposal.title,
      text: rotaProposal.text,
      driver: rotaProposal.driver,
      reviewDate: '2027-06-01',
      reviewOf: null,
      revision: 1,
      revisedAt: now,
      createdAt: now,
      history: [],
      objections: [],
    });
  });

  it('lets a draft go without a driver, which then is empty', () => {
    const { driver: _driver, ...withoutDriver } = rotaProposal;
    const state = step(proposalDecider, emptyNorthside(), withoutDriver, as('dev'));
    expect(proposalOf(state).driver).toBe('');
  });

  it('is written by members of the circle only', () => {
    expect(refusal(proposalDecider, emptyNorthside(), rotaProposal, as('ben')).code).toBe('not-a-member');
    expect(refusal(proposalDecider, emptyNorthside(), rotaProposal, system).code).toBe('not-a-member');
  });

  it.each([
    ['title', { title: '   ' }],
    ['text', { text: '' }],
    ['reviewDate', { reviewDate: '1 June 2027' }],
    ['title', { title: 'x'.repeat(201) }],
  ])('needs a valid %s', (field, change) => {
    expect(refusal(proposalDecider, emptyNorthside(), { ...rotaProposal, ...change }, as('dev'))).toMatchObject({
      code: 'invalid-input',
      field,
    });
  });

  it('needs a review date in the future: today or earlier is refused', () => {
    for (const reviewDate of ['2026-11-21', '2026-01-01']) {
      expect(refusal(proposalDecider, emptyNorthside(), { ...rotaProposal, reviewDate }, as('dev'))).toMatchObject({
        code: 'review-date-invalid',
        field: 'reviewDate',
      });
    }
    expect(proposalOf(step(proposalDecider, emptyNorthside(), { ...rotaProposal, reviewDate: '2026-11-22' }, as('dev'))).reviewDate).toBe(
      '2026-11-22',
    );
  });

  it('refuses a second draft under the same id', () => {
    expect(refusal(proposalDecider, rotaIn(coop, 'draft'), rotaProposal, as('amara'))).toMatchObject({
      code: 'already-exists',
      field: 'proposalId',
    });
  });

  it('is edited by its author only, only while a draft, keeping what the edit does not mention', () => {
    const state = rotaIn(coop, 'draft');
    const edited = act(
      state,
      { type: 'edit-draft', text: 'Weekend shifts rotate monthly from February.', reviewDate: '2027-07-01' },
      'dev',
    );
    expect(proposalOf(edited)).toMatchObject({
      title: rotaProposal.title,
      text: 'Weekend shifts rotate monthly from February.',
      driver: rotaProposal.driver,
      reviewDate: '2027-07-01',
      revision: 1,
      status: 'draft',
    });
    expect(refused(state, { type: 'edit-draft', title: 'Mine now' }, 'hana').code).toBe('not-permitted');
    expect(refused(state, { type: 'edit-draft', reviewDate: '2026-11-20' }, 'dev')).toMatchObject({
      code: 'review-date-invalid',
      field: 'reviewDate',
    });
    expect(refused(rotaIn(coop, 'presented'), { type: 'edit-draft', title: 'Too late' }, 'dev').code).toBe('wrong-stage');
  });
});

describe('presented: the proposal is shown to the circle', () => {
  it('is presented once, and then is no longer a draft to edit', () => {
    const state = rotaIn(coop, 'presented');
    expect(proposalOf(state).status).toBe('presented');
    expect(eventsOf(rotaIn(coop, 'draft'), moves.present, 'dev')).toEqual([
      { type: 'proposal-presented', proposalId: rota, at: now, by: 'dev' },
    ]);
    expect(refused(state, moves.present, 'dev').code).toBe('wrong-stage');
  });
});

describe('clarifying questions: members ask, the answers are recorded, no opinions yet', () => {
  const asked = (state: ProposalState) =>
    act(state, { type: 'ask-question', questionId: 'q1', text: 'Does this include bank holidays?' }, 'farid', daysFromNow(0.01));

  it('records a member’s question with who asked and when, and the author’s answer with who answered', () => {
    let state = asked(rotaIn(coop, 'clarifying'));
    state = act(state, { type: 'answer-question', questionId: 'q1', answer: 'Yes, bank holidays count as weekends.' }, 'dev');
    expect(proposalOf(state).questions).toEqual([
      {
        questionId: 'q1',
        askedBy: 'farid',
        text: 'Does this include bank holidays?',
        askedAt: daysFromNow(0.01),
        answer: 'Yes, bank holidays count as weekends.',
        answeredBy: 'dev',
      },
    ]);
  });

  it('lets the facilitator answer too, also once quick reactions have begun, but no other member', () => {
    let state = asked(rotaIn(coop, 'clarifying'));
    expect(refused(state, { type: 'answer-question', questionId: 'q1', answer: 'I think so' }, 'amara').code).toBe('not-permitted');
    state = act(state, moves.react, 'hana');
    state = act(state, { type: 'answer-question', questionId: 'q1', answer: 'Bank holidays count.' }, 'hana');
    expect(proposalOf(state).questions[0]).toMatchObject({ answer: 'Bank holidays count.', answeredBy: 'hana' });
  });

  it('takes questions only from members and only in the clarifying stage', () => {
    const question = { type: 'ask-question', questionId: 'q1', text: 'Who decides the order?' };
    expect(refused(rotaIn(coop, 'clarifying'), question, 'ben').code).toBe('not-a-member');
    expect(refused(rotaIn(coop, 'clarifying'), question, system).code).toBe('not-a-member');
    expect(refused(rotaIn(coop, 'presented'), question, 'amara').code).toBe('wrong-stage');
    expect(refused(rotaIn(coop, 'reactions'), question, 'amara').code).toBe('wrong-stage');
  });

  it('refuses a question id asked before, an answer to an unknown question, and empty texts', () => {
    const state = asked(rotaIn(coop, 'clarifying'));
    expect(refused(state, { type: 'ask-question', questionId: 'q1', text: 'Again?' }, 'grace')).toMatchObject({
      code: 'already-exists',
      field: 'questionId',
    });
    expect(refused(state, { type: 'answer-question', questionId: 'q9', answer: 'Yes' }, 'dev')).toMatchObject({
      code: 'not-found',
      field: 'questionId',
    });
    expect(refused(state, { type: 'ask-question', questionId: 'q2', text: '  ' }, 'grace')).toMatchObject({
      code: 'invalid-input',
      field: 'text',
    });
    expect(refused(state, { type: 'answer-question', questionId: 'q1', answer: '' }, 'dev')).toMatchObject({
      code: 'invalid-input',
      field: 'answer',
    });
    expect(refused(rotaIn(coop, 'presented'), { type: 'answer-question', questionId: 'q1', answer: 'Yes' }, 'dev').code).toBe(
      'wrong-stage',
    );
  });
});

describe('quick reactions: each member may give one short reaction', () => {
  it('keeps one reaction per member: a second one replaces the first', () => {
    let state = rotaIn(coop, 'reactions');
    state = act(state, { type: 'react', text: 'Fairer for everyone.' }, 'amara');
    state = act(state, { type: 'react', text: 'Worried about continuity for the people we support.' }, 'grace');
    state = act(state, { type: 'react', text: 'Fairer, and overdue.' }, 'amara', daysFromNow(0.1));
    expect(proposalOf(state).reactions).toEqual({
      amara: { text: 'Fairer, and overdue.', at: daysFromNow(0.1) },
      grace: { text: 'Worried about continuity for the people we support.', at: now },
    });
  });

  it('takes short reactions (at most 280 characters) from members only, in the reactions stage only', () => {
    const state = rotaIn(coop, 'reactions');
    expect(refused(state, { type: 'react', text: 'x'.repeat(281) }, 'amara')).toMatchObject({ code: 'invalid-input', field: 'text' });
    expect(refused(state, { type: 'react', text: 'Good idea' }, 'ben').code).toBe('not-a-member');
    expect(refused(rotaIn(coop, 'clarifying'), { type: 'react', text: 'Good idea' }, 'amara').code).toBe('wrong-stage');
    expect(refused(rotaIn(coop, 'consent-round'), { type: 'react', text: 'Good idea' }, 'amara').code).toBe('wrong-stage');
  });
});

describe('withdrawn by the author or facilitator with a reason', () => {
  const reason = { type: 'withdraw-proposal', reason: 'The rota is being decided by the whole co-op instead.' };

  it.each([
    'draft',
    'presented',
    'clarifying',
    'reactions',
    'consent-round',
  ] as const)('at %s, the author may withdraw it, recording who, when and why', (stage) => {
    const state = act(rotaIn(coop, stage), reason, 'dev', daysFromNow(1));
    expect(proposalAt(state, 'withdrawn')).toMatchObject({ withdrawnBy: 'dev', withdrawnAt: daysFromNow(1), reason: reason.reason });
  });

  it('the facilitator may withdraw it too, and it keeps the round and its answers on record', () => {
    let state = rotaIn(coop, 'consent-round');
    state = act(state, { type: 'answer', answer: { kind: 'object', text: 'Grace needs the same carer every weekend.' } }, 'grace');
    state = act(state, { type: 'close-consent-round' }, 'hana', daysFromNow(8));
    expect(proposalOf(state).status).toBe('integration');
    state = act(state, reason, 'hana', daysFromNow(9));
    const withdrawn = proposalAt(state, 'withdrawn');
    expect(withdrawn).toMatchObject({ withdrawnBy: 'hana', reason: reason.reason });
    expect(withdrawn.round?.answers.grace).toMatchObject({ kind: 'object', text: 'Grace needs the same carer every weekend.' });
  });

  it('keeps no round for a proposal withdrawn before its consent round', () => {
    expect(proposalAt(act(rotaIn(coop, 'reactions'), reason, 'dev'), 'withdrawn').round).toBeNull();
  });

  it('is refused to other members, the system, and without a reason', () => {
    const state = rotaIn(coop, 'reactions');
    expect(refused(state, reason, 'amara').code).toBe('not-permitted');
    expect(refused(state, reason, system).code).toBe('not-permitted');
    expect(refused(state, { type: 'withdraw-proposal', reason: '  ' }, 'dev')).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(refused(state, { type: 'withdraw-proposal' }, 'dev')).toMatchObject({ code: 'invalid-input', field: 'reason' });
  });

  it('cannot withdraw what is already withdrawn or adopted, and a withdrawn proposal takes no further step', () => {
    const withdrawn = act(rotaIn(coop, 'consent-round'), reason, 'dev');
    expect(refused(withdrawn, reason, 'hana').code).toBe('wrong-stage');
    expect(refused(withdrawn, { type: 'answer', answer: { kind: 'consent' } }, 'amara').code).toBe('wrong-stage');
    expect(refused(withdrawn, { type: 'close-consent-round' }, 'hana').code).toBe('wrong-stage');
    expect(refused(withdrawn, { type: 'amend-proposal', text: 'Try again' }, 'dev').code).toBe('wrong-stage');
    expect(refused(withdrawn, { type: 'withdraw-objection' }, 'amara').code).toBe('wrong-stage');
  });
});

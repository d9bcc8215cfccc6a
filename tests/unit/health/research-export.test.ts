import type { Proposal, Reader, Structure } from '../../../shared';
import { decisionRecords, proposalDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { admin, as, system } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, changed, closeRound, decisionInRound, withCirclePolicy } from '../../support/review-decisions';

const concern = 'Night cover is thin when someone is off sick.';
const objection = 'Two visits a night wake me twice.';
const amendedAway = 'It does not cover rural visits.';
const withdrawalReason = 'Grace’s family asked us to wait until spring.';

/** Amara, a member of the Northside care team and of the hub, not of Finance. */
const byAmara = (structure: Structure): Reader => ({ structure, actor: as('amara') });

/** Northside's night-visit decision: Amara consents with a concern, Grace objects then withdraws, Hana stands aside. */
function nightVisits(structure: Structure): Proposal {
  let state = decisionInRound(structure, {
    proposalId: 'night-visits',
    title: 'Two night visits for Grace',
    reviewDate: '2027-09-01',
    decidedAt: daysFromNow(1),
    answers: {
      amara: { kind: 'concern', text: concern },
      dev: { kind: 'consent' },
      farid: { kind: 'consent' },
      grace: { kind: 'object', text: objection },
      hana: { kind: 'stand-aside' },
    },
  });
  state = closeRound(state, daysFromNow(1));
  state = step(proposalDecider, state, { type: 'withdraw-objection', proposalId: 'night-visits' }, as('grace'), daysFromNow(2));
  state = closeRound(state, daysFromNow(2));
  if (state.proposal?.status !== 'adopted') throw new Error('night visits not adopted');
  return state.proposal;
}

/** Northside's mileage proposal: Amara objects, Hana amends it, everyone consents to the new text. */
function mileage(structure: Structure): Proposal {
  let state = decisionInRound(structure, {
    proposalId: 'mileage',
    reviewDate: '2027-09-01',
    answers: { amara: { kind: 'object', text: amendedAway }, dev: { kind: 'consent' } },
  });
  state = closeRound(state, now);
  state = step(
    proposalDecider,
    state,
    { type: 'amend-proposal', proposalId: 'mileage', text: 'Mileage paid for every visit, rural ones at a higher rate.' },
    as('hana'),
    daysFromNow(1),
  );
  for (const person of ['amara', 'dev', 'farid', 'grace', 'hana']) {
    state = step(
      proposalDecider,
      state,
      { type: 'answer', proposalId: 'mileage', answer: { kind: 'consent' } },
      as(person),
      daysFromNow(3),
    );
  }
  state = closeRound(state, daysFromNow(3));
  if (!state.proposal) throw new Error('no mileage proposal');
  return state.proposal;
}

describe('exports carry no free text unless the circle allows it', () => {
  const coop = careCoop();

  it('by default a decision is exported as counts and dates only, with no one’s words in it', () => {
    const [record] = decisionRecords(byAmara(coop), [nightVisits(coop)]);
    expect(record).toEqual({
      proposalId: 'night-visits',
      circleId: 'northside',
      status: 'adopted',
      revisions: 1,
      asked: 5,
      answers: { consent: 2, concern: 2, object: 0, 'stand-aside': 1 },
      objectionsRaised: 1,
      objectionsIntegrated: 0,
      createdAt: now,
      decidedAt: daysFromNow(2),
      texts: null,
    });
    const exported = JSON.stringify(record);
    for (const words of [concern, objection, 'Two night visits for Grace', 'What Northside care team decided'])
      expect(exported).not.toContain(words);
  });

  it('a circle that allows sharing exports its concern and objection texts, each once', () => {
    const sharing = withCirclePolicy(coop, 'northside', { shareFreeTextInExports: true });
    const [record] = decisionRecords(byAmara(sharing), [nightVisits(sharing)]);
    // Grace's withdrawn objection stays on record as her concern: the same words, exported once.
    expect([...(record?.texts ?? [])].sort()).toEqual([concern, objection].sort());
  });

  it('the choice is each circle’s own: Finance sharing does not expose Northside', () => {
    const financeShares = withCirclePolicy(coop, 'finance', { shareFreeTextInExports: true });
    const pettyCash = adoptedDecision(financeShares, {
      proposalId: 'petty-cash',
      circleId: 'finance',
      reviewDate: '2027-03-31',
      answers: { ben: { kind: 'consent' }, esi: { kind: 'concern', text: 'Receipts must be kept.' }, chloe: { kind: 'consent' } },
    });
    const records = decisionRecords(byAmara(financeShares), [nightVisits(financeShares), pettyCash]);
    expect(records.map((r) => [r.proposalId, r.texts])).toEqual([
      ['night-visits', null],
      ['petty-cash', ['Receipts must be kept.']],
    ]);
  });

  it('an amended proposal counts its revisions and the objection the amendment integrated; shared texts include that objection', () => {
    const [hidden] = decisionRecords(byAmara(coop), [mileage(coop)]);
    expect(hidden).toMatchObject({
      status: 'adopted',
      revisions: 2,
      asked: 5,
      answers: { consent: 5, concern: 0, object: 0, 'stand-aside': 0 },
      objectionsRaised: 1,
      objectionsIntegrated: 1,
      texts: null,
    });
    const sharing = withCirclePolicy(coop, 'northside', { shareFreeTextInExports: true });
    expect(decisionRecords(byAmara(sharing), [mileage(sharing)])[0]?.texts).toEqual([amendedAway]);
  });

  it('a draft has no round to count and no decision date; a withdrawn proposal is dated by its withdrawal, its reason never exported', () => {
    const sharing = withCirclePolicy(coop, 'northside', { shareFreeTextInExports: true });
    const draft = rotaProposalAt(sharing, 'draft').proposal;
    const withdrawn = step(
      proposalDecider,
      rotaProposalAt(sharing, 'consent-round'),
      { type: 'withdraw-proposal', proposalId: 'weekend-rota', reason: withdrawalReason },
      as('dev'),
      daysFromNow(1),
    ).proposal;
    const records = decisionRecords(
      byAmara(sharing),
      [draft, withdrawn].filter((p): p is Proposal => p !== null),
    );
    expect(records).toEqual([
      expect.objectContaining({
        status: 'draft',
        revisions: 1,
        asked: 0,
        answers: { consent: 0, concern: 0, object: 0, 'stand-aside': 0 },
        decidedAt: null,
        texts: [],
      }),
      expect.objectContaining({ status: 'withdrawn', asked: 5, decidedAt: daysFromNow(1), texts: [] }),
    ]);
    expect(JSON.stringify(records)).not.toContain(withdrawalReason);
  });

  it('the decisions of a circle no longer in the organisation are exported without their texts', () => {
    const sharing = withCirclePolicy(coop, 'northside', { shareFreeTextInExports: true });
    const decision = nightVisits(sharing);
    const { northside: _gone, ...rest } = sharing.circles;
    expect(decisionRecords(byAmara({ ...sharing, circles: rest }), [decision])[0]?.texts).toBeNull();
  });

  it('an archived circle keeps its choice for the decisions it made', () => {
    const sharing = withCirclePolicy(coop, 'finance', { shareFreeTextInExports: true });
    const pettyCash = adoptedDecision(sharing, {
      proposalId: 'petty-cash',
      circleId: 'finance',
      reviewDate: '2027-03-31',
      answers: { ben: { kind: 'concern', text: 'Receipts must be kept.' }, esi: { kind: 'consent' }, chloe: { kind: 'consent' } },
    });
    const archived = changed(sharing, [{ type: 'archive-circle', circleId: 'finance' }]);
    expect(decisionRecords(byAmara(archived), [pettyCash])[0]?.texts).toEqual(['Receipts must be kept.']);
  });
});

describe('an export holds only what its reader may read elsewhere', () => {
  const sharing = withCirclePolicy(withCirclePolicy(careCoop(), 'northside', { shareFreeTextInExports: true }), 'finance', {
    shareFreeTextInExports: true,
  });
  const draft = rotaProposalAt(sharing, 'draft').proposal;
  const running = decisionInRound(sharing, {
    proposalId: 'night-cover',
    reviewDate: '2027-09-01',
    answers: { amara: { kind: 'concern', text: concern }, grace: { kind: 'object', text: objection } },
  }).proposal;
  const pettyCash = adoptedDecision(sharing, {
    proposalId: 'petty-cash',
    circleId: 'finance',
    reviewDate: '2027-03-31',
    answers: { ben: { kind: 'concern', text: 'Receipts must be kept.' }, esi: { kind: 'consent' }, chloe: { kind: 'consent' } },
  });
  const proposals = [draft, running, pettyCash].filter((p): p is Proposal => p !== null);
  const exportFor = (actor: Reader['actor']) => decisionRecords({ structure: sharing, actor }, proposals);

  it('someone outside the circle, an organisation admin too, gets its decided proposals only, never a draft or a running round’s words', () => {
    for (const outsider of [as('ben'), admin]) {
      const records = exportFor(outsider);
      expect(records.map((r) => r.proposalId)).toEqual(['petty-cash']);
      for (const words of [concern, objection, 'weekend-rota', 'night-cover']) expect(JSON.stringify(records)).not.toContain(words);
    }
  });

  it('a member of the circle gets its undecided proposals too, with the running round’s texts where the circle shares them', () => {
    const records = exportFor(as('grace'));
    expect(records.map((r) => r.proposalId)).toEqual(['weekend-rota', 'night-cover', 'petty-cash']);
    expect([...(records[1]?.texts ?? [])].sort()).toEqual([concern, objection].sort());
  });

  it('timers (the system actor) read every record', () => {
    expect(exportFor(system)).toHaveLength(3);
  });
});

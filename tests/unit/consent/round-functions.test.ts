import type { Objection, ProposalEvent } from '../../../shared';
import {
  closingVerdict,
  facilitates,
  facilitatorOf,
  hasOpenObjection,
  integrateByAmendment,
  isCircleMember,
  openObjections,
  openRound,
  proposalDecider,
  recordAnswer,
  withdrawObjection,
} from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { act, answer, consent, objection, proposalOf, rotaIn, rotaRound } from '../../support/consent-steps';
import { as, system } from '../../support/people';

const northside = circleOf(careCoop(), 'northside');

function round(mode: 'sync' | 'async' = 'async') {
  const opened = openRound(northside, 1, { mode }, now);
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

const graceObjection: Objection = {
  objector: 'grace',
  revision: 1,
  reason: 'Grace needs the same carer every weekend.',
  raisedAt: now,
  status: 'open',
  resolvedAt: null,
};

describe('consent round answers, as pure functions of the round', () => {
  it('openRound snapshots the members, the closing policy and the stand-aside rule', () => {
    expect(round()).toEqual({
      revision: 1,
      mode: 'async',
      openedAt: now,
      deadline: daysFromNow(7),
      eligible: ['amara', 'dev', 'farid', 'grace', 'hana'],
      answers: {},
      closing: northside.policy.closing,
      standAsideAllowed: true,
    });
    expect(openRound(northside, 1, { mode: 'async', deadline: now }, now)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'options.deadline' },
    });
  });

  it('withdrawing an objection that is not open changes nothing', () => {
    const r = round();
    const withdrawn = { ...graceObjection, status: 'withdrawn' as const, resolvedAt: now };
    const result = withdrawObjection(r, [withdrawn], 'grace', daysFromNow(1));
    expect(result.round).toBe(r);
    expect(result.objections).toEqual([withdrawn]);
  });

  it('an objection belongs to its revision: recording or withdrawing on revision 2 leaves a revision-1 objection alone', () => {
    const r2 = { ...round(), revision: 2 };
    expect(hasOpenObjection([graceObjection], 'grace', 2)).toBe(false);
    expect(hasOpenObjection([graceObjection], 'grace', 1)).toBe(true);
    const recorded = recordAnswer(r2, [graceObjection], 'grace', { kind: 'consent', text: null, at: daysFromNow(1) });
    expect(recorded.objections).toEqual([graceObjection]);
  });

  it('integration by amendment resolves only what is open, keeping withdrawn ones as they were', () => {
    const withdrawn: Objection = { ...graceObjection, objector: 'farid', status: 'withdrawn', resolvedAt: now };
    expect(integrateByAmendment([graceObjection, withdrawn], daysFromNow(2))).toEqual([
      { ...graceObjection, status: 'integrated', resolvedAt: daysFromNow(2) },
      withdrawn,
    ]);
    expect(openObjections(integrateByAmendment([graceObjection], daysFromNow(2)))).toEqual([]);
  });

  it('closingVerdict: integrate with the open objections of this revision only, adopt otherwise', () => {
    const r = round('sync');
    const answered = Object.fromEntries(r.eligible.map((p) => [p, { kind: 'consent' as const, text: null, at: now }]));
    const full = { ...r, answers: answered };
    expect(closingVerdict(full, northside, [graceObjection], now)).toEqual({ kind: 'integrate', open: [graceObjection] });
    expect(closingVerdict(full, northside, [{ ...graceObjection, revision: 2 }], now)).toEqual({ kind: 'adopt', silentConsent: [] });
    expect(closingVerdict(r, northside, [], now)).toMatchObject({ kind: 'stay-open', error: { code: 'answers-missing' } });
  });
});

describe('the facilitator moves between stages: who facilitates on a day', () => {
  it('is the facilitator while the term runs, the starter while the role is vacant', () => {
    expect(facilitatorOf(northside, 'dev', '2026-11-21')).toBe('hana');
    expect(facilitatorOf(northside, 'dev', '2026-11-20')).toBe('dev');
    expect(facilitates(northside, 'dev', as('hana'), '2026-11-21')).toBe(true);
    expect(facilitates(northside, 'dev', system, '2026-11-21')).toBe(false);
    expect(isCircleMember(northside, as('grace'))).toBe(true);
    expect(isCircleMember(northside, as('ben'))).toBe(false);
    expect(isCircleMember(northside, system)).toBe(false);
  });
});

describe('integration: replaying events that no longer fit the stage leaves the proposal as it is', () => {
  const stamp = { proposalId: 'weekend-rota', at: daysFromNow(1), by: 'amara' };

  it.each<[string, ProposalEvent]>([
    ['an answer after adoption', { type: 'answer-given', ...stamp, answer: { kind: 'object', text: 'Late', at: daysFromNow(1) } }],
    ['a withdrawal after adoption', { type: 'objection-withdrawn', ...stamp }],
    ['integration after adoption', { type: 'integration-started', ...stamp, openObjections: ['amara'] }],
    ['a resumption after adoption', { type: 'consent-round-resumed', ...stamp }],
    ['a second adoption', { type: 'proposal-adopted', ...stamp, facilitatedBy: 'amara', silentConsent: [], reviewDate: '2028-01-01' }],
    [
      'a duplicated draft event, which would otherwise wipe the record',
      {
        type: 'proposal-drafted',
        ...stamp,
        circleId: 'northside',
        title: 'Other',
        text: 'Other',
        driver: '',
        reviewDate: '2028-01-01',
        reviewOf: null,
      },
    ],
  ])('%s is ignored', (_what, event) => {
    let state = rotaRound('sync');
    for (const name of ['amara', 'dev', 'farid', 'grace', 'hana']) state = answer(state, name, consent);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    expect(proposalDecider.evolve(state, event)).toEqual(state);
  });

  it('events for a proposal not drafted yet are ignored', () => {
    const empty = { circle: northside, proposal: null };
    expect(proposalDecider.evolve(empty, { type: 'proposal-presented', proposalId: 'weekend-rota', at: now, by: 'dev' })).toBe(empty);
  });

  it('an answer or withdrawal replayed before the round opened is ignored', () => {
    const state = rotaIn(careCoop(), 'reactions');
    expect(
      proposalDecider.evolve(state, {
        type: 'answer-given',
        proposalId: 'weekend-rota',
        at: now,
        by: 'amara',
        answer: { kind: 'consent', text: null, at: now },
      }),
    ).toEqual(state);
    expect(proposalDecider.evolve(state, { type: 'objection-withdrawn', proposalId: 'weekend-rota', at: now, by: 'amara' })).toEqual(state);
  });

  it('a resumption while the round is still running changes nothing', () => {
    const state = answer(rotaRound(), 'grace', objection('Same carer, please.'));
    expect(proposalDecider.evolve(state, { type: 'consent-round-resumed', proposalId: 'weekend-rota', at: now, by: 'hana' })).toEqual(
      state,
    );
    expect(proposalOf(state).status).toBe('consent-round');
  });
});

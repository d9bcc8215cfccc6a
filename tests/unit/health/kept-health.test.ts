import fc from 'fast-check';
import type { GovernanceRecords, HealthTally, Meeting, Proposal, Selection } from '../../../shared';
import {
  addTallies,
  circleTallies,
  emptyTally,
  evaluationChange,
  healthReport,
  keptHealthReport,
  meetingHealth,
  proposalHealth,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { aMonthOfRecords } from '../../support/health-month';

const people = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana'];
// "gone" has records but is no longer among the circles: the organisation's health still counts them.
const circleIds = ['hub', 'northside', 'finance', 'gone'];
const dayMs = 24 * 60 * 60 * 1000;
const instant = fc
  .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-06-30T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());

const objectionStatus = fc.constantFrom('open', 'integrated', 'withdrawn') as fc.Arbitrary<'open' | 'integrated' | 'withdrawn'>;
const objection = fc.record({ objector: fc.constantFrom(...people), status: objectionStatus }).map(({ objector, status }) => ({
  objector,
  revision: 1,
  reason: 'It would leave the night uncovered.',
  raisedAt: '2026-01-01T00:00:00.000Z',
  status,
  resolvedAt: null,
}));

const round = fc.record({ eligible: fc.subarray(people), answered: fc.subarray(people) }).map(({ eligible, answered }) => ({
  revision: 1,
  mode: 'sync' as const,
  openedAt: '2026-01-01T00:00:00.000Z',
  deadline: null,
  eligible,
  answers: Object.fromEntries(
    answered.map((personId) => [personId, { kind: 'consent' as const, text: null, at: '2026-01-01T00:00:00.000Z' }]),
  ),
  closing: { defaultMode: 'sync' as const, deadlineDays: 7, silenceMeans: 'consent' as const, quorum: 0 },
  standAsideAllowed: true,
}));

const proposal = fc.record({
  circleId: fc.constantFrom(...circleIds),
  status: fc.constantFrom('draft', 'reactions', 'consent-round', 'integration', 'adopted', 'withdrawn'),
  createdAt: instant,
  takesMs: fc.integer({ min: 0, max: 90 * dayMs }),
  round,
  objections: fc.array(objection, { maxLength: 4 }),
});

type ProposalShape = typeof proposal extends fc.Arbitrary<infer T> ? T : never;

/** A proposal in `status` as the decider would leave it, for what health reads of it. */
function built(p: ProposalShape, index: number, status: string): Proposal {
  const at = new Date(Date.parse(p.createdAt) + p.takesMs).toISOString();
  const base = {
    proposalId: `proposal-${index}`,
    circleId: p.circleId,
    author: 'dev',
    title: `Proposal ${index}`,
    text: 'As discussed.',
    driver: 'The rota is due.',
    reviewDate: '2027-03-01',
    reviewOf: null,
    revision: 1,
    revisedAt: p.createdAt,
    history: [],
    questions: [],
    reactions: {},
    objections: p.objections,
    createdAt: p.createdAt,
  };
  const byStatus: Record<string, object> = {
    adopted: { round: p.round, adoptedAt: at, facilitatedBy: null, silentConsent: [] },
    withdrawn: { round: p.round, withdrawnAt: at, withdrawnBy: 'dev', reason: 'Overtaken by events.' },
    'consent-round': { round: p.round },
    integration: { round: p.round },
  };
  return { ...base, status, ...byStatus[status] } as Proposal;
}

const selection = fc.record({
  circleId: fc.constantFrom(...circleIds),
  status: fc.constantFrom('nominations', 'consent-round', 'recorded', 'withdrawn'),
  at: instant,
  round,
  objections: fc.array(objection, { maxLength: 3 }),
});

const meeting = fc.record({
  circleId: fc.constantFrom(...circleIds),
  ratings: fc.dictionary(fc.constantFrom(...people), fc.integer({ min: 1, max: 5 })),
});

/** Records shaped as the core reads them for health; each comes with a rank, the order its circle's tally took it in. */
const records = fc
  .record({
    proposals: fc.array(fc.tuple(proposal, fc.nat()), { maxLength: 12 }),
    selections: fc.array(fc.tuple(selection, fc.nat()), { maxLength: 5 }),
    meetings: fc.array(meeting, { maxLength: 4 }),
  })
  .map(({ proposals, selections, meetings }) => ({
    proposals: proposals.map(([p, rank], index) => ({ rank, record: built(p, index, p.status) })),
    selections: selections.map(([s, rank], index) => {
      const byStatus: Record<string, object> = {
        recorded: { round: s.round, recordedAt: s.at },
        withdrawn: { withdrawnAt: s.at },
        'consent-round': { round: s.round },
      };
      const record = {
        selectionId: `selection-${index}`,
        selectingCircleId: s.circleId,
        status: s.status,
        objections: s.objections,
        ...byStatus[s.status],
      };
      return { rank, record: record as unknown as Selection };
    }),
    meetings: meetings.map(
      ({ circleId, ratings }, index) =>
        ({
          meetingId: `meeting-${index}`,
          circleId,
          evaluations: Object.fromEntries(Object.entries(ratings).map(([personId, rating]) => [personId, { rating, comment: '' }])),
        }) as unknown as Meeting,
    ),
  }));

interface Ranked<T> {
  readonly rank: number;
  readonly record: T;
}
interface Generated {
  readonly proposals: readonly Ranked<Proposal>[];
  readonly selections: readonly Ranked<Selection>[];
  readonly meetings: readonly Meeting[];
}

const asRecords = (generated: Generated): GovernanceRecords => ({
  structure: careCoop(),
  proposals: generated.proposals.map((p) => p.record),
  selections: generated.selections.map((s) => s.record),
  meetings: generated.meetings,
});

/** The tally of what is in scope, as storage keeps it: each record added once to its circle's, in the order of its rank, then the circles added up. */
function keptTally(generated: Generated, circleId: string | null): HealthTally {
  const byRank = <T>(items: readonly Ranked<T>[]) => [...items].sort((a, b) => a.rank - b.rank).map((item) => item.record);
  const tallies = new Map<string, HealthTally>();
  const folded = [
    ...byRank(generated.proposals).map((p) => circleTallies({ proposals: [p], selections: [], meetings: [] })),
    ...byRank(generated.selections).map((s) => circleTallies({ proposals: [], selections: [s], meetings: [] })),
    ...generated.meetings.map((m) => circleTallies({ proposals: [], selections: [], meetings: [m] })),
  ];
  for (const one of folded) for (const [circle, tally] of one) tallies.set(circle, addTallies(tallies.get(circle) ?? emptyTally, tally));
  const inScope = circleId === null ? [...tallies.values()] : [tallies.get(circleId) ?? emptyTally];
  return inScope.reduce(addTallies, emptyTally);
}

/** The report from tallies, given the overdue reviews the records give (the reviews are kept and checked apart). */
function fromTallies(records: GovernanceRecords, tally: HealthTally, at: string, circleId: string | null) {
  const { overdueReviews } = healthReport(records, at, circleId);
  return keptHealthReport({ structure: records.structure, tally, overdueReviews }, at, circleId);
}

describe('governance health from tallies kept as decisions are made', () => {
  it('gives the same report as the records, for any records, in any order they were tallied, for each circle and the organisation', () => {
    fc.assert(
      fc.property(records, instant, fc.constantFrom(null, ...circleIds), (generated, at, circleId) => {
        const whole = asRecords(generated);
        expect(fromTallies(whole, keptTally(generated, circleId), at, circleId)).toEqual(healthReport(whole, at, circleId));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('gives the same report for a month of the care co-op taken through the real deciders', () => {
    const month = aMonthOfRecords();
    for (const circleId of [null, 'hub', 'northside', 'finance']) {
      const tallies = circleTallies(month);
      const tally = circleId === null ? [...tallies.values()].reduce(addTallies, emptyTally) : (tallies.get(circleId) ?? emptyTally);
      expect(fromTallies(month, tally, now, circleId)).toEqual(healthReport(month, now, circleId));
    }
  });

  it('counts an objection on a withdrawn proposal as raised but no longer open, and on an undecided one as open', () => {
    const objections = fc.sample(objection, { numRuns: 3, seed: 7 }).map((o) => ({ ...o, status: 'open' as const }));
    const [withdrawn, running] = fc
      .sample(proposal, { numRuns: 2, seed: 7 })
      .map((p, index) => built({ ...p, objections }, index, index === 0 ? 'withdrawn' : 'consent-round'));
    expect(proposalHealth(withdrawn as Proposal).objections).toEqual({ raised: 3, integrated: 0, withdrawn: 0, open: 0 });
    expect(proposalHealth(running as Proposal).objections).toEqual({ raised: 3, integrated: 0, withdrawn: 0, open: 3 });
  });

  it('keeps a meeting’s evaluations by adding what each step changed: the changes add up to the meeting’s own', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...people), fc.integer({ min: 1, max: 5 })), { maxLength: 12 }), (evaluations) => {
        let meeting = { meetingId: 'weekly', circleId: 'northside', evaluations: {} } as unknown as Meeting;
        let kept: HealthTally = emptyTally;
        let before: Meeting | null = null;
        for (const [personId, rating] of evaluations) {
          meeting = { ...meeting, evaluations: { ...meeting.evaluations, [personId]: { rating, comment: '' } } };
          const change = evaluationChange(before, meeting);
          if (change) kept = addTallies(kept, change);
          before = meeting;
        }
        expect(kept.ratings).toEqual(meetingHealth(meeting).ratings);
        expect(evaluationChange(meeting, meeting)).toBeNull();
      }),
    );
  });
});

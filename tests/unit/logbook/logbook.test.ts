import type { LogbookQuery, LogbookRow, Proposal, Reader } from '../../../shared';
import { LogbookQuery as LogbookQuerySchema, logbookRows, matchingEntries, proposalDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, today } from '../../support/clock';
import { admin, as } from '../../support/people';
import { rotaProposal, rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, adoptedRota, changed, decisionInRound } from '../../support/review-decisions';
import { sayEverywhere } from '../../../texts/all';

/** Ben, in the hub and Finance, not in the Northside care team. */
const ben = as('ben');

/** The entries a reader finds on `day`, with the filters given. */
const found = (rows: readonly LogbookRow[], fields: Partial<LogbookQuery> = {}, day = today) => matchingEntries(rows, fields, day);
const logbookEntries = (reader: Reader, proposals: readonly Proposal[], day: string) =>
  found(logbookRows(reader, proposals, [], sayEverywhere), {}, day);

function records() {
  const structure = changed(careCoop(), [
    {
      type: 'assign-role',
      circleId: 'finance',
      assignmentId: 'finance-treasurer-next',
      roleId: 'secretary',
      personId: 'ben',
      termStart: '2027-03-01',
    },
  ]);
  const proposals = [
    adoptedRota(careCoop()),
    adoptedDecision(careCoop(), {
      proposalId: 'petty-cash',
      circleId: 'finance',
      title: 'Petty cash up to £50 without asking',
      reviewDate: '2027-06-30',
      decidedAt: daysFromNow(3),
    }),
  ];
  return logbookRows({ structure, actor: ben }, proposals, [], sayEverywhere);
}

describe('transparency: the logbook shows every decision and who holds which role', () => {
  it('lists decisions and role terms, newest first, with their review dates', () => {
    const entries = found(records());
    expect(entries.filter((e) => e.kind === 'decision').map((e) => [e.id, e.status, e.reviewDate])).toEqual([
      ['petty-cash', 'adopted', '2027-06-30'],
      ['weekend-rota', 'adopted', '2027-06-01'],
    ]);
    expect(entries[0]).toMatchObject({
      kind: 'role-term',
      id: 'finance-treasurer-next',
      status: 'upcoming',
      said: { key: 'termTitle', values: { role: 'secretary', name: 'secretary', circle: 'Finance', holder: 'Ben Hughes' } },
    });
    expect(entries.find((e) => e.id === 'finance-secretary')).toMatchObject({ status: 'current', date: today });
  });

  it('marks a term that has ended', () => {
    const structure = changed(careCoop(), [{ type: 'end-term', circleId: 'hub', assignmentId: 'hub-secretary', lastDay: today }]);
    expect(logbookEntries({ structure, actor: ben }, [], '2026-12-01').find((e) => e.id === 'hub-secretary')?.status).toBe('ended');
  });

  it('filters by circle, kind, status and text (any case)', () => {
    const rows = records();
    expect(found(rows, { circleId: 'finance', kind: 'decision' }).map((e) => e.id)).toEqual(['petty-cash']);
    expect(found(rows, { status: 'upcoming' }).map((e) => e.id)).toEqual(['finance-treasurer-next']);
    expect(found(rows, { text: 'WEEKEND SHIFTS' }).map((e) => e.id)).toEqual(['weekend-rota']);
    expect(found(rows, { kind: 'role-term' })).toHaveLength(11);
  });

  it('searches regardless of case, accents and word order: “Chloe” finds both of Chloé’s terms, “shifts weekend” the rota', () => {
    const rows = records();
    const search = (text: string) => found(rows, { text }).map((e) => e.id);
    expect(search('Chloé')).toEqual(['finance-facilitator', 'hub-facilitator']);
    expect(search('chloe')).toEqual(search('Chloé'));
    expect(search('shifts weekend')).toEqual(['weekend-rota']);
    expect(search('facilitator CHLOE finance')).toEqual(['finance-facilitator']);
  });

  it('searches a decision’s outcome too: why it was withdrawn and each objection’s reason', () => {
    const structure = careCoop();
    const objection = 'Night staff would lose the only weekend they have off.';
    const inRound = decisionInRound(structure, {
      proposalId: 'night-rota',
      title: 'Rotate night shifts',
      reviewDate: '2027-06-01',
      answers: { farid: { kind: 'object', text: objection } },
    });
    const withdrawn = step(
      proposalDecider,
      inRound,
      { type: 'withdraw-proposal', proposalId: 'night-rota', reason: 'Replaced by a wider rota review in spring.' },
      as('amara'),
    ).proposal as Proposal;
    const rows = logbookRows({ structure, actor: ben }, [withdrawn], [], sayEverywhere);
    const search = (text: string) => found(rows, { text }).map((e) => e.id);
    expect(search('wider review spring')).toEqual(['night-rota']);
    expect(search('night staff lose')).toEqual(['night-rota']);
  });

  it('an undecided proposal is in the logbook of its circle’s members only: others, an admin too, find neither its title nor its text', () => {
    const structure = careCoop();
    const undecided = [rotaProposalAt(structure, 'draft').proposal, rotaProposalAt(structure, 'consent-round').proposal].filter(
      (p): p is Proposal => p !== null,
    );
    for (const outsider of [ben, admin]) {
      const rows = logbookRows({ structure, actor: outsider }, undecided, [], sayEverywhere);
      expect(rows.filter((e) => e.kind === 'decision')).toEqual([]);
      expect(JSON.stringify(rows)).not.toContain(rotaProposal.driver.toLowerCase());
    }
    const member = logbookEntries({ structure, actor: as('farid') }, undecided, today);
    expect(
      member
        .filter((e) => e.kind === 'decision')
        .map((e) => e.status)
        .sort(),
    ).toEqual(['consent-round', 'draft']);
  });

  it('reads its query from text, as a URL gives it, and refuses a bad page size or a token it did not hand out', () => {
    expect(LogbookQuerySchema.parse({ after: 'bG9nYm9vaw', pageSize: '10' })).toMatchObject({ after: 'bG9nYm9vaw', pageSize: 10 });
    expect(LogbookQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
    expect(LogbookQuerySchema.safeParse({ after: "x' or RowKey ne '" }).success).toBe(false);
  });

  it('filters by the statuses entries have, and refuses one they cannot have', () => {
    expect(LogbookQuerySchema.parse({ status: 'withdrawn' })).toMatchObject({ status: 'withdrawn' });
    expect(LogbookQuerySchema.safeParse({ status: 'approved' }).success).toBe(false);
  });
});

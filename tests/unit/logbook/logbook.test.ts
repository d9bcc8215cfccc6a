import type { LogbookQuery, Proposal } from '../../../shared';
import { LogbookQuery as LogbookQuerySchema, logbookEntries, matchingEntries, proposalDecider, searchLogbook } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, today } from '../../support/clock';
import { admin, as } from '../../support/people';
import { rotaProposal, rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, adoptedRota, changed, decisionInRound } from '../../support/review-decisions';

/** Ben, in the hub and Finance, not in the Northside care team. */
const ben = as('ben');

const query = (fields: Partial<LogbookQuery> = {}): LogbookQuery => LogbookQuerySchema.parse(fields);

function records() {
  const structure = changed(careCoop(), [{ type: 'assign-role', circleId: 'finance', assignmentId: 'finance-treasurer-next', roleId: 'secretary', personId: 'ben', termStart: '2027-03-01' }]);
  const proposals = [
    adoptedRota(careCoop()),
    adoptedDecision(careCoop(), { proposalId: 'petty-cash', circleId: 'finance', title: 'Petty cash up to £50 without asking', reviewDate: '2027-06-30', decidedAt: daysFromNow(3) }),
  ];
  return logbookEntries({ structure, actor: ben }, proposals, today);
}

describe('transparency: the logbook shows every decision and who holds which role', () => {
  it('lists decisions and role terms, newest first, with their review dates', () => {
    const entries = records();
    expect(entries.filter((e) => e.kind === 'decision').map((e) => [e.id, e.status, e.reviewDate])).toEqual([
      ['petty-cash', 'adopted', '2027-06-30'],
      ['weekend-rota', 'adopted', '2027-06-01'],
    ]);
    expect(entries[0]).toMatchObject({ kind: 'role-term', id: 'finance-treasurer-next', status: 'upcoming', title: 'Secretary of Finance: Ben Hughes' });
    expect(entries.find((e) => e.id === 'finance-secretary')).toMatchObject({ status: 'current', date: today });
  });

  it('marks a term that has ended', () => {
    const structure = changed(careCoop(), [{ type: 'end-term', circleId: 'hub', assignmentId: 'hub-secretary', lastDay: today }]);
    expect(logbookEntries({ structure, actor: ben }, [], '2026-12-01').find((e) => e.id === 'hub-secretary')?.status).toBe('ended');
  });

  it('filters by circle, kind, status and text (any case), and pages the result', () => {
    const entries = records();
    expect(searchLogbook(entries, query({ circleId: 'finance', kind: 'decision' })).entries.map((e) => e.id)).toEqual(['petty-cash']);
    expect(searchLogbook(entries, query({ status: 'upcoming' })).entries.map((e) => e.id)).toEqual(['finance-treasurer-next']);
    expect(searchLogbook(entries, query({ text: 'WEEKEND SHIFTS' })).entries.map((e) => e.id)).toEqual(['weekend-rota']);
    const first = searchLogbook(entries, query({ kind: 'role-term', pageSize: 4 }));
    const third = searchLogbook(entries, query({ kind: 'role-term', pageSize: 4, page: 3 }));
    expect([first.total, first.entries.length, third.entries.length]).toEqual([11, 4, 3]);
    expect(new Set([...first.entries, ...third.entries].map((e) => e.id)).size).toBe(7);
  });

  it('searches regardless of case, accents and word order: “Chloe” finds both of Chloé’s terms, “shifts weekend” the rota', () => {
    const entries = records();
    const found = (text: string) => searchLogbook(entries, query({ text })).entries.map((e) => e.id);
    expect(found('Chloé')).toEqual(['finance-facilitator', 'hub-facilitator']);
    expect(found('chloe')).toEqual(found('Chloé'));
    expect(found('shifts weekend')).toEqual(['weekend-rota']);
    expect(found('facilitator CHLOE finance')).toEqual(['finance-facilitator']);
  });

  it('searches a decision’s outcome too: why it was withdrawn and each objection’s reason', () => {
    const structure = careCoop();
    const objection = 'Night staff would lose the only weekend they have off.';
    const inRound = decisionInRound(structure, {
      proposalId: 'night-rota', title: 'Rotate night shifts', reviewDate: '2027-06-01',
      answers: { farid: { kind: 'object', text: objection } },
    });
    const withdrawn = step(proposalDecider, inRound, { type: 'withdraw-proposal', proposalId: 'night-rota', reason: 'Replaced by a wider rota review in spring.' }, as('amara')).proposal as Proposal;
    const entries = logbookEntries({ structure, actor: ben }, [withdrawn], today);
    const found = (text: string) => searchLogbook(entries, query({ text })).entries.map((e) => e.id);
    expect(found('wider review spring')).toEqual(['night-rota']);
    expect(found('night staff lose')).toEqual(['night-rota']);
  });

  it('an undecided proposal is in the logbook of its circle’s members only: others, an admin too, find neither its title nor its text', () => {
    const structure = careCoop();
    const undecided = [rotaProposalAt(structure, 'draft').proposal, rotaProposalAt(structure, 'consent-round').proposal].filter((p): p is Proposal => p !== null);
    for (const outsider of [ben, admin]) {
      const entries = logbookEntries({ structure, actor: outsider }, undecided, today);
      expect(entries.filter((e) => e.kind === 'decision')).toEqual([]);
      expect(JSON.stringify(entries)).not.toContain(rotaProposal.driver);
    }
    const member = logbookEntries({ structure, actor: as('farid') }, undecided, today);
    expect(member.filter((e) => e.kind === 'decision').map((e) => e.status).sort()).toEqual(['consent-round', 'draft']);
  });

  it('finds every matching entry at once, for a download, in the order of its pages', () => {
    const entries = records();
    const all = matchingEntries(entries, { kind: 'role-term' });
    const pages = [1, 2, 3].flatMap((page) => searchLogbook(entries, query({ kind: 'role-term', pageSize: 4, page })).entries);
    expect(all).toEqual(pages);
  });

  it('reads its query from text, as a URL gives it, and refuses a bad page size', () => {
    expect(LogbookQuerySchema.parse({ page: '2', pageSize: '10' })).toMatchObject({ page: 2, pageSize: 10 });
    expect(LogbookQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
  });

  it('filters by the statuses entries have, and refuses one they cannot have', () => {
    expect(LogbookQuerySchema.parse({ status: 'withdrawn' })).toMatchObject({ status: 'withdrawn' });
    expect(LogbookQuerySchema.safeParse({ status: 'approved' }).success).toBe(false);
  });
});

import type { GovernanceRecords } from '../../../shared';
import { healthReport } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { changed } from '../../support/review-decisions';

describe('governance health per circle and for the organisation', () => {
  it('a well-linked co-op with no decisions yet is healthy, and the organisation’s report is marked by a null circle', () => {
    const report = healthReport({ structure: careCoop(), proposals: [], selections: [], meetings: [] }, now);
    expect(report).toEqual({
      circleId: null,
      doubleLinkViolations: [],
      vacancies: [],
      overdueReviews: [],
      roleLoads: [
        {
          personId: 'ben',
          roles: [
            { circleId: 'hub', roleId: 'secretary' },
            { circleId: 'finance', roleId: 'leader' },
          ],
          overLimit: false,
        },
        {
          personId: 'chloe',
          roles: [
            { circleId: 'hub', roleId: 'facilitator' },
            { circleId: 'finance', roleId: 'facilitator' },
          ],
          overLimit: false,
        },
        {
          personId: 'dev',
          roles: [
            { circleId: 'northside', roleId: 'delegate' },
            { circleId: 'northside', roleId: 'secretary' },
          ],
          overLimit: false,
        },
        {
          personId: 'esi',
          roles: [
            { circleId: 'finance', roleId: 'delegate' },
            { circleId: 'finance', roleId: 'secretary' },
          ],
          overLimit: false,
        },
        { personId: 'amara', roles: [{ circleId: 'northside', roleId: 'leader' }], overLimit: false },
        { personId: 'hana', roles: [{ circleId: 'northside', roleId: 'facilitator' }], overLimit: false },
      ],
      consent: {
        decided: 0,
        participationRate: null,
        objectionsRaised: 0,
        objectionsIntegrated: 0,
        objectionsWithdrawn: 0,
        objectionsOpen: 0,
        medianDaysToDecision: null,
      },
      trend: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((month) => ({
        month,
        decided: 0,
        participationRate: null,
        medianDaysToDecision: null,
      })),
      meetingEvaluation: { count: 0, averageRating: null },
    });
  });

  describe('in a co-op whose links and roles have slipped', () => {
    const troubled = changed(careCoop(), [
      // Dev leaves the hub but stays Northside's delegate to it.
      { type: 'remove-member', circleId: 'hub', personId: 'dev' },
      // Northside names a rota keeper nobody holds yet.
      { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } },
      // From tomorrow Esi leads Finance as well as being its delegate.
      {
        type: 'assign-role',
        circleId: 'finance',
        assignmentId: 'finance-leader-esi',
        roleId: 'leader',
        personId: 'esi',
        termStart: '2026-11-22',
      },
      // Chloé takes on two more roles.
      { type: 'define-role', circleId: 'hub', role: { roleId: 'training-lead', name: 'Training lead' } },
      {
        type: 'assign-role',
        circleId: 'hub',
        assignmentId: 'hub-training-lead',
        roleId: 'training-lead',
        personId: 'chloe',
        termStart: today,
      },
      { type: 'define-role', circleId: 'finance', role: { roleId: 'auditor', name: 'Internal auditor' } },
      { type: 'assign-role', circleId: 'finance', assignmentId: 'finance-auditor', roleId: 'auditor', personId: 'chloe', termStart: today },
    ]);
    const records: GovernanceRecords = { structure: troubled, proposals: [], selections: [], meetings: [] };
    const at = daysFromNow(2); // 2026-11-23

    it('reports double-link violations, vacancies and role loads for the whole organisation', () => {
      const report = healthReport(records, at);
      expect(report.circleId).toBeNull();
      expect(report.doubleLinkViolations.map((v) => [v.circleId, v.rule]).sort()).toEqual([
        ['finance', 'leader-is-delegate'],
        ['northside', 'delegate-not-in-parent'],
      ]);
      expect(report.vacancies).toEqual([{ circleId: 'northside', roleId: 'rota-keeper' }]);
      expect(report.roleLoads.filter((load) => load.overLimit).map((load) => [load.personId, load.roles.length])).toEqual([['chloe', 4]]);
      expect(report.roleLoads.find((load) => load.personId === 'esi')).toMatchObject({
        overLimit: false,
        roles: expect.arrayContaining([{ circleId: 'finance', roleId: 'leader' }]),
      });
    });

    it('narrows each finding to the circle asked about, counting a role holder’s load across the organisation', () => {
      const northside = healthReport(records, at, 'northside');
      expect(northside.circleId).toBe('northside');
      expect(northside.doubleLinkViolations.map((v) => v.rule)).toEqual(['delegate-not-in-parent']);
      expect(northside.vacancies).toEqual([{ circleId: 'northside', roleId: 'rota-keeper' }]);
      expect(northside.roleLoads.map((load) => load.personId).sort()).toEqual(['amara', 'dev', 'hana']);

      const finance = healthReport(records, at, 'finance');
      expect(finance.doubleLinkViolations.map((v) => v.rule)).toEqual(['leader-is-delegate']);
      expect(finance.vacancies).toEqual([]);
      expect(finance.roleLoads.find((load) => load.personId === 'chloe')).toMatchObject({ overLimit: true });
      expect(finance.roleLoads.find((load) => load.personId === 'chloe')?.roles).toHaveLength(4);

      const hub = healthReport(records, at, 'hub');
      expect(hub.doubleLinkViolations).toEqual([]);
      expect(hub.roleLoads.map((load) => [load.personId, load.roles.length])).toEqual([
        ['chloe', 4],
        ['ben', 1],
      ]);
    });

    it('a raised role limit is respected: nobody over it is flagged', () => {
      const relaxed = changed(troubled, [{ type: 'set-role-limit', roleLimit: 4 }]);
      expect(healthReport({ ...records, structure: relaxed }, at).roleLoads.some((load) => load.overLimit)).toBe(false);
    });
  });
});

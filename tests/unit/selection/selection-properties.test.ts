import fc from 'fast-check';
import { nominationCounts, selectionDecider, transition, visibleNominations } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as } from '../../support/people';
import type { SelectionScript } from '../../support/selection-flow';
import { northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const everyone = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'ines'];
const scripts: SelectionScript[] = [northsideDelegate, northsideLeader];
const membersOf = (script: SelectionScript) =>
  circleOf(coop, script.roleId === 'leader' ? 'hub' : script.circleId).members.map((m) => m.personId);

/** A reason as people type it: sometimes padded, sometimes blank (which is refused). */
const reason = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ') },
);
const nomination = fc.record({ nominator: fc.constantFrom(...everyone), nominee: fc.constantFrom(...everyone), reason });

describe('property: nominations are never visible before their round closes', () => {
  it('shows each viewer at most their own nomination, and no counts, whatever is nominated by whom', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scripts), fc.array(nomination, { maxLength: 15 }), (script, nominations) => {
        let state = selectionAt(coop, script, 'nominations');
        const latest = new Map<string, string>();
        nominations.forEach((n, i) => {
          const result = transition(
            selectionDecider,
            state,
            { type: 'nominate', selectionId: script.selectionId, nominee: n.nominee, reason: n.reason },
            as(n.nominator),
            daysFromNow(i / 24),
          );
          if (result.ok) {
            state = result.value.state;
            latest.set(n.nominator, n.nominee);
          }
          const selection = selectionOf(state);
          expect(selection.status).toBe('nominations');
          expect(nominationCounts(selection)).toEqual({});
          for (const viewer of everyone) {
            const visible = visibleNominations(selection, viewer);
            expect(visible.every((v) => v.nominator === viewer)).toBe(true);
            expect(visible.map((v) => v.nominee)).toEqual(latest.has(viewer) ? [latest.get(viewer)] : []);
          }
        });
        const members = membersOf(script);
        expect([...latest.keys()].every((p) => members.includes(p))).toBe(true);
        if (latest.size === 0) return;
        const close = { type: 'close-nominations', selectionId: script.selectionId };
        const revealed = selectionOf(unwrap(transition(selectionDecider, state, close, as(script.facilitator), daysFromNow(1))).state);
        expect(revealed.status).toBe('change-round');
        for (const viewer of everyone) expect(visibleNominations(revealed, viewer)).toHaveLength(latest.size);
        const counts = nominationCounts(revealed);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(latest.size);
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: nobody can nominate as someone else', () => {
  const impersonation = fc.record({
    nominator: fc.constantFrom(...everyone),
    by: fc.constantFrom(...everyone),
    personId: fc.constantFrom(...everyone),
  });

  it.each([
    ['nominate', 'nominations'],
    ['change-nomination', 'change-round'],
  ] as const)('a %s step by X changes X’s nomination and no one else’s, whatever the command claims', (type, stage) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scripts),
        fc.array(nomination, { maxLength: 8 }),
        fc.constantFrom(...everyone),
        fc.constantFrom(...everyone),
        reason,
        impersonation,
        (script, earlier, actor, nominee, why, claims) => {
          const firstType = stage === 'nominations' ? 'nominate' : 'change-nomination';
          let state = selectionAt(coop, script, stage);
          for (const n of earlier) {
            const result = transition(
              selectionDecider,
              state,
              { type: firstType, selectionId: script.selectionId, nominee: n.nominee, reason: n.reason },
              as(n.nominator),
              daysFromNow(0),
            );
            if (result.ok) state = result.value.state;
          }
          const before = selectionOf(state).nominations;
          const at = daysFromNow(2);
          const result = transition(
            selectionDecider,
            state,
            {
              type,
              selectionId: script.selectionId,
              nominee,
              reason: why,
              ...claims,
              actor: { kind: 'person', personId: claims.by, organisationAdmin: true },
            },
            as(actor),
            at,
          );
          if (!result.ok) {
            expect(result.error.code).toMatch(/^(not-a-member|invalid-input)$/);
            return;
          }
          const after = selectionOf(result.value.state).nominations;
          expect(after[actor]).toEqual({ nominator: actor, nominee, reason: why.trim(), at });
          for (const other of everyone.filter((p) => p !== actor)) expect(after[other]).toEqual(before[other]);
          expect(result.value.events).toEqual([expect.objectContaining({ type: 'nominated', by: actor, nominee })]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

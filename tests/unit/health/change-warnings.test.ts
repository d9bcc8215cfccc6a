import fc from 'fast-check';
import type { Actor, ChangeWarning, Structure } from '../../../shared';
import {
  ChangeWarning as ChangeWarningSchema,
  changeDay,
  changeWarnings,
  messageDate,
  structureDecider,
  structureHealth,
  touchedCircles,
  transition,
} from '../../../shared';
import { textsFor } from '../../../texts/all';
import { careCoop } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, people } from '../../support/people';
import { wordsOf } from '../../support/refusal-words';

/** The warnings of one accepted step on `structure`, and the state after it. */
function stepWithWarnings(
  structure: Structure,
  command: object,
  actor: Actor = admin,
  at: string = now,
): { after: Structure; warnings: ChangeWarning[] } {
  const result = transition(structureDecider, structure, command, actor, at);
  if (!result.ok) throw new Error(`step refused: ${result.error.code}: ${wordsOf(result.error)}`);
  return { after: result.value.state, warnings: changeWarnings(structure, result.value.events, result.value.state, at.slice(0, 10)) };
}

const tomorrow = '2026-11-22';

/** A warning as an English reader reads it. */
const english = (warning: ChangeWarning | undefined) => (warning ? textsFor('en').say('core', warning.said) : '');

const codes = (warnings: readonly ChangeWarning[]) => warnings.map((w) => `${w.code}:${w.circleId}:${w.personId ?? ''}`).sort();

const assign = (circleId: string, roleId: string, personId: string, assignmentId = `${circleId}-${roleId}-2`) => ({
  type: 'assign-role',
  circleId,
  assignmentId,
  roleId,
  personId,
  termStart: tomorrow,
});

describe('double-link rule at the moment of action: warnings with the events of a change', () => {
  it('a correctly double-linked organisation gets no warning for a new member', () => {
    const { warnings } = stepWithWarnings(careCoop(), { type: 'add-member', circleId: 'northside', member: people.esi });
    expect(warnings).toEqual([]);
  });

  it('recording the leader as delegate too warns that the double link needs two people, and still records the term', () => {
    const { after, warnings } = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'amara'));
    expect(codes(warnings)).toEqual(['leader-is-delegate:northside:amara']);
    expect(warnings[0]?.said).toEqual({ key: 'warnLeaderIsDelegate', values: { person: 'Amara Okafor', circle: 'Northside care team' } });
    expect(english(warnings[0])).toBe(
      'Amara Okafor is both leader and delegate of “Northside care team”; the double link needs two different people, so the circle should choose another delegate.',
    );
    expect(
      after.circles.northside?.assignments.some((a) => a.roleId === 'delegate' && a.personId === 'amara' && a.termStart === tomorrow),
    ).toBe(true);
  });

  it('a delegate who is not a member of the parent circle is named, with both circles', () => {
    const { warnings } = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'hana'));
    expect(codes(warnings)).toEqual(['delegate-not-in-parent:northside:hana']);
    expect(english(warnings[0])).toContain('Hana Sato, the delegate of “Northside care team”, is not a member of “Riverside Care Co-op”');
  });

  it('removing the delegate from the parent circle warns in the sub-circle it links', () => {
    const { warnings } = stepWithWarnings(careCoop(), { type: 'remove-member', circleId: 'hub', personId: 'dev' });
    expect(codes(warnings)).toEqual(['delegate-not-in-parent:northside:dev']);
  });

  it('power balance: a fourth role over the limit of three warns, naming the person and the count', () => {
    let structure = careCoop();
    structure = stepWithWarnings(structure, assign('hub', 'secretary', 'chloe')).after; // chloe: hub facilitator, finance facilitator, hub secretary
    const { warnings } = stepWithWarnings(structure, { type: 'add-member', circleId: 'northside', member: people.chloe });
    expect(warnings).toEqual([]);
    const fourth = stepWithWarnings(
      stepWithWarnings(structure, { type: 'add-member', circleId: 'northside', member: people.chloe }).after,
      assign('northside', 'secretary', 'chloe'),
    );
    expect(codes(fourth.warnings)).toEqual(['over-role-limit:northside:chloe']);
    expect(fourth.warnings[0]?.said).toEqual({ key: 'warnOverRoleLimit', values: { person: 'Chloé Martin', roles: 4, limit: 3 } });
    expect(english(fourth.warnings[0])).toBe(
      'Chloé Martin holds 4 roles, more than the organisation’s limit of 3; roles held by the same few people are what the limit guards against.',
    );
  });

  it('lowering the role limit warns about everyone over the new limit, wherever they hold roles', () => {
    const { warnings } = stepWithWarnings(careCoop(), { type: 'set-role-limit', roleLimit: 1 });
    expect(warnings.map((w) => w.personId).sort()).toEqual(['ben', 'chloe', 'dev', 'esi']);
  });

  it('a new circle has no facilitator yet, and is told so', () => {
    const { warnings } = stepWithWarnings(careCoop(), {
      type: 'create-circle',
      circleId: 'garden',
      name: 'Garden',
      aim: 'Grow food',
      domain: 'The garden',
      parentId: 'hub',
    });
    expect(warnings).toEqual([
      { code: 'no-facilitator', circleId: 'garden', said: { key: 'warnNoFacilitatorCreated', values: { circle: 'Garden' } } },
    ]);
    expect(english(warnings[0])).toBe('“Garden” has no facilitator yet; until it selects one, each author facilitates their own proposal.');
  });

  it('ending the facilitator’s term with no one to follow warns from the day after the last day', () => {
    const { warnings } = stepWithWarnings(careCoop(), {
      type: 'end-term',
      circleId: 'northside',
      assignmentId: 'northside-facilitator',
      lastDay: '2026-11-30',
    });
    expect(warnings).toEqual([
      {
        code: 'no-facilitator',
        circleId: 'northside',
        said: { key: 'warnNoFacilitatorFrom', values: { circle: 'Northside care team', from: messageDate('2026-12-01') } },
      },
    ]);
    expect(english(warnings[0])).toBe(
      '“Northside care team” has no facilitator from Dec 1, 2026; until it selects one, each author facilitates their own proposal.',
    );
  });

  it('the facilitator leaving the circle leaves it without one from today', () => {
    const { warnings } = stepWithWarnings(careCoop(), { type: 'remove-member', circleId: 'northside', personId: 'hana' });
    expect(codes(warnings)).toEqual(['no-facilitator:northside:']);
    expect(warnings[0]?.said.values?.from).toBe(messageDate(today));
  });

  it('a new facilitator taking over ends the old term without a warning', () => {
    const { warnings } = stepWithWarnings(careCoop(), assign('northside', 'facilitator', 'farid'));
    expect(warnings).toEqual([]);
  });

  it('a change that touches no links (a rename) says nothing, even where a link is already broken', () => {
    const broken = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'amara')).after;
    expect(stepWithWarnings(broken, { type: 'rename-circle', circleId: 'northside', name: 'Northside' }).warnings).toEqual([]);
  });

  it('a change elsewhere does not repeat another circle’s warning', () => {
    const broken = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'amara')).after;
    expect(stepWithWarnings(broken, { type: 'add-member', circleId: 'finance', member: people.dev }).warnings).toEqual([]);
  });

  it('a warning left in place in the circle a change touches is named again', () => {
    const broken = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'amara')).after;
    const next = stepWithWarnings(
      broken,
      { type: 'add-member', circleId: 'northside', member: people.esi },
      admin,
      `${tomorrow}T09:00:00.000Z`,
    );
    expect(codes(next.warnings)).toEqual(['leader-is-delegate:northside:amara']);
  });

  it('every warning is a value the API schema accepts', () => {
    const { warnings } = stepWithWarnings(careCoop(), assign('northside', 'delegate', 'amara'));
    for (const warning of warnings) expect(ChangeWarningSchema.parse(warning)).toEqual(warning);
  });
});

// ---------------------------------------------------------------------------
// The warnings of a state are the health report's findings in the circles the change touched.

const persons = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana'] as const;
const circles = ['hub', 'northside', 'finance'] as const;
const roles = ['leader', 'delegate', 'facilitator', 'secretary'] as const;

const commandArb = fc.oneof(
  fc.record({
    type: fc.constant('add-member'),
    circleId: fc.constantFrom(...circles),
    member: fc.constantFrom(...persons).map((p) => people[p]),
  }),
  fc.record({ type: fc.constant('remove-member'), circleId: fc.constantFrom(...circles), personId: fc.constantFrom(...persons) }),
  fc.record({
    type: fc.constant('assign-role'),
    circleId: fc.constantFrom(...circles),
    assignmentId: fc.uuid(),
    roleId: fc.constantFrom(...roles),
    personId: fc.constantFrom(...persons),
    termStart: fc.constantFrom('2026-11-22', '2026-12-01'),
  }),
  fc.record({ type: fc.constant('set-role-limit'), roleLimit: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    type: fc.constant('create-circle'),
    circleId: fc.constantFrom('garden', 'kitchen'),
    name: fc.constant('Garden'),
    aim: fc.constant('Food'),
    domain: fc.constant('Beds'),
    parentId: fc.constantFrom(...circles),
  }),
);

describe('change warnings, for any sequence of changes', () => {
  it('the double-link and power-balance warnings of a change are exactly the health report’s findings in the circles it touched, on the day it takes effect', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 12 }), (commands) => {
        let structure = careCoop();
        for (const command of commands) {
          const result = transition(structureDecider, structure, command, admin, now);
          if (!result.ok) continue;
          const { state: after, events } = result.value;
          const warnings = changeWarnings(structure, events, after, today);
          const touched = touchedCircles(after, events).map((c) => c.circleId);
          const limitSet = command.type === 'set-role-limit';
          const expected = new Set<string>();
          const overLimit = new Set<string>();
          for (const circleId of limitSet ? Object.keys(after.circles) : touched) {
            const health = structureHealth(after, changeDay(events, today), circleId);
            for (const v of health.doubleLinkViolations) {
              if (v.rule === 'leader-is-delegate' || v.rule === 'delegate-not-in-parent') expected.add(`${v.rule}:${v.circleId}`);
            }
            for (const load of health.roleLoads) if (load.overLimit) overLimit.add(load.personId);
          }
          const linkWarnings = warnings.filter((w) => w.code !== 'over-role-limit' && w.code !== 'no-facilitator');
          expect(linkWarnings.map((w) => `${w.code}:${w.circleId}`).sort()).toEqual(limitSet ? [] : [...expected].sort());
          expect(
            warnings
              .filter((w) => w.code === 'over-role-limit')
              .map((w) => w.personId)
              .sort(),
          ).toEqual([...overLimit].sort());
          for (const w of warnings) expect(limitSet && w.code === 'over-role-limit' ? true : touched.includes(w.circleId)).toBe(true);
          structure = after;
        }
      }),
      { numRuns: 200 },
    );
  });
});

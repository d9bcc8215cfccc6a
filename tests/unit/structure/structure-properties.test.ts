import fc from 'fast-check';
import type { Actor, Circle, Result, Structure, Transition } from '../../../shared';
import {
  Structure as StructureSchema,
  StructureEvent,
  ancestorsOf,
  doubleLinkViolations,
  emptyStructure,
  errorCodes,
  structureDecider,
  transition,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin, as, people, system } from '../../support/people';
import { circleValue, structureValue, term } from '../../support/structure-builders';
import { wordsOf } from '../../support/refusal-words';

const persons = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid'] as const;
/** Days around the boundaries that matter: before, on and after "today". */
const days = ['2026-01-01', '2026-06-30', '2026-11-20', '2026-11-21', '2026-11-22', '2027-06-30'] as const;

// ---------------------------------------------------------------------------
// 1. The double-link check against a brute-force reference

interface TreeLayout {
  readonly circles: readonly {
    readonly parent: number;
    readonly archived: boolean;
    readonly members: readonly string[];
    readonly terms: readonly { roleId: string; personId: string; from: number; to: number }[];
  }[];
}

const termArb = fc.record({
  roleId: fc.constantFrom('leader', 'delegate', 'facilitator', 'secretary'),
  personId: fc.constantFrom(...persons, 'stranger'),
  from: fc.nat({ max: days.length - 1 }),
  to: fc.nat({ max: days.length - 1 }),
});

const treeArb: fc.Arbitrary<TreeLayout> = fc
  .array(
    fc.record({
      parent: fc.nat(),
      archived: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
      members: fc.subarray([...persons]),
      terms: fc.array(termArb, { maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((circles) => ({ circles }));

function buildTree(layout: TreeLayout): Structure {
  return structureValue(
    layout.circles.map((c, i) =>
      circleValue(`c${i}`, {
        parentId: i === 0 ? null : `c${c.parent % i}`,
        archived: c.archived,
        members: c.members,
        terms: c.terms.map((t, k) => {
          const [start, end] = t.from <= t.to ? [t.from, t.to] : [t.to, t.from];
          return term(t.roleId, t.personId, days[start] ?? '', days[end] ?? '', `t${k}`);
        }),
      }),
    ),
  );
}

/** The rule as SOCIOCRACY.md states it, computed the slow obvious way. */
function referenceViolations(structure: Structure, day: string): string[] {
  const found: string[] = [];
  for (const circle of Object.values(structure.circles)) {
    if (circle.archived || circle.parentId === null) continue;
    const parent = structure.circles[circle.parentId];
    if (parent === undefined) continue;
    const holder = (roleId: string): string | null => {
      for (const a of circle.assignments) if (a.roleId === roleId && a.termStart <= day && day <= a.termEnd) return a.personId;
      return null;
    };
    const inCircle = new Set(circle.members.map((m) => m.personId));
    const inParent = new Set(parent.members.map((m) => m.personId));
    const leader = holder('leader');
    const delegate = holder('delegate');
    const report = (rule: string) => found.push(`${circle.circleId}:${rule}`);
    if (leader === null) report('leader-missing');
    if (delegate === null) report('delegate-missing');
    if (leader !== null && leader === delegate) report('leader-is-delegate');
    if (leader !== null && !inCircle.has(leader)) report('leader-not-member');
    if (leader !== null && !inParent.has(leader)) report('leader-not-in-parent');
    if (delegate !== null && !inCircle.has(delegate)) report('delegate-not-member');
    if (delegate !== null && !inParent.has(delegate)) report('delegate-not-in-parent');
  }
  return found.sort();
}

describe('double-link rule, for any organisation', () => {
  it('the double-link check agrees with a brute-force reference on random circle trees', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom(...days), (layout, day) => {
        const structure = buildTree(layout);
        const actual = doubleLinkViolations(structure, day).map((v) => `${v.circleId}:${v.rule}`);
        expect(new Set(actual).size).toBe(actual.length);
        expect([...actual].sort()).toEqual(referenceViolations(structure, day));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// 2. Bad input is refused as a value, never thrown

const commandTypes = [
  'create-circle',
  'rename-circle',
  'describe-circle',
  'move-circle',
  'archive-circle',
  'bind-circle',
  'add-member',
  'remove-member',
  'set-circle-policy',
  'define-role',
  'retire-role',
  'assign-role',
  'end-term',
  'set-role-limit',
] as const;

const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
  withTypedArray: true,
});

const plausible = fc.constantFrom<unknown>(
  'hub',
  'northside',
  'finance',
  'nowhere',
  '',
  '   ',
  'leader',
  'delegate',
  'treasurer',
  'amara',
  'farid',
  'northside-leader',
  'finance-facilitator',
  '2026-11-21',
  '2027-03-01',
  '2026-02-30',
  null,
  0,
  3,
  60,
  -1,
  true,
  people.chloe,
  { personId: 'ivy' },
  { kind: 'chat', chatId: 'c1' },
  { kind: 'channel', channelId: 'x' },
  { roleId: 'treasurer', name: 'Treasurer' },
  { roleId: 'leader', name: 'Leader' },
  { closing: { silence: 'silence-is-consent' } },
  { closing: { deadlineDays: 0 } },
);
const fieldValue = fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: junk });

const commandLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom<unknown>(...commandTypes), fieldValue),
    circleId: fieldValue,
    name: fieldValue,
    aim: fieldValue,
    domain: fieldValue,
    parentId: fieldValue,
    binding: fieldValue,
    member: fieldValue,
    personId: fieldValue,
    policy: fieldValue,
    role: fieldValue,
    roleId: fieldValue,
    assignmentId: fieldValue,
    termStart: fieldValue,
    termEnd: fieldValue,
    lastDay: fieldValue,
    roleLimit: fieldValue,
  },
  { requiredKeys: ['type'] },
);

/** Commands with exactly the fields their type has, filled from the same pools: many are accepted. */
const fieldsOf: Record<(typeof commandTypes)[number], readonly string[]> = {
  'create-circle': ['circleId', 'name', 'aim', 'domain', 'parentId'],
  'rename-circle': ['circleId', 'name'],
  'describe-circle': ['circleId', 'aim', 'domain'],
  'move-circle': ['circleId', 'parentId'],
  'archive-circle': ['circleId'],
  'bind-circle': ['circleId', 'binding'],
  'add-member': ['circleId', 'member'],
  'remove-member': ['circleId', 'personId'],
  'set-circle-policy': ['circleId', 'policy'],
  'define-role': ['circleId', 'role'],
  'retire-role': ['circleId', 'roleId'],
  'assign-role': ['circleId', 'assignmentId', 'roleId', 'personId', 'termStart', 'termEnd'],
  'end-term': ['circleId', 'assignmentId', 'lastDay'],
  'set-role-limit': ['roleLimit'],
};
const likelyValues: Record<string, readonly unknown[]> = {
  circleId: ['hub', 'northside', 'finance', 'garden'],
  name: ['Garden', 'Northside home care'],
  aim: ['Keep the co-op solvent', ''],
  domain: ['Budgets', ''],
  parentId: ['hub', 'northside', 'finance', null],
  binding: [{ kind: 'team', teamId: 't1' }, null],
  member: [people.chloe, people.grace, { personId: 'ivy', displayName: 'Ivy', guest: true }],
  personId: ['amara', 'dev', 'esi', 'grace'],
  policy: [{}, { defaultTermMonths: 6 }],
  role: [{ roleId: 'treasurer', name: 'Treasurer' }],
  roleId: ['facilitator', 'secretary', 'leader', 'treasurer'],
  assignmentId: ['new-term', 'northside-leader', 'finance-facilitator'],
  termStart: ['2027-01-01', '2026-12-01'],
  termEnd: [undefined, '2027-06-30'],
  lastDay: ['2026-12-31', '2027-01-31'],
  roleLimit: [1, 5],
};
const shaped = (likelyWeight: number) =>
  fc.constantFrom(...commandTypes).chain((type) =>
    fc.record({
      type: fc.constant<unknown>(type),
      ...Object.fromEntries(
        fieldsOf[type].map((field) => [
          field,
          fc.oneof(
            { weight: likelyWeight, arbitrary: fc.constantFrom(...(likelyValues[field] ?? [null])) },
            { weight: 1, arbitrary: plausible },
          ),
        ]),
      ),
    }),
  );
const shapedCommand = shaped(3);

const actorArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(admin, system, as('dev'), as('ben'), as('esi'), as('hana'), as('stranger')) },
  fc.record(
    { kind: fc.constantFrom<unknown>('person', 'system', 'robot'), personId: fieldValue, organisationAdmin: fieldValue },
    { requiredKeys: [] },
  ),
  junk,
);

const nowArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(now, now, '2027-11-22T00:00:00Z', '2026-11-21', '2026-11-21T10:00:00+01:00') },
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  junk,
);

describe('structure transitions refuse bad input as values', () => {
  const coop = careCoop();

  it('every structure transition rejects invalid input with a DomainError, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(junk, commandLike, { weight: 2, arbitrary: shapedCommand }), actorArb, nowArb, (command, actor, moment) => {
        let result: Result<Transition<Structure, StructureEvent>> | undefined;
        expect(() => {
          result = transition(structureDecider, coop, command, actor, moment);
        }).not.toThrow();
        if (result === undefined) throw new Error('no result');
        if (!result.ok) {
          expect(errorCodes).toContain(result.error.code);
          expect(wordsOf(result.error).length).toBeGreaterThan(0);
          if (result.error.field !== undefined) expect(result.error.field.length).toBeGreaterThan(0);
        } else {
          // What is accepted is well-formed: the logbook can store it and the state reads back.
          for (const event of result.value.events) expect(StructureEvent.safeParse(event).success).toBe(true);
          expect(StructureSchema.safeParse(result.value.state).success).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('what a structure transition accepts is well-formed: the logbook can store its events and the state reads back', () => {
    const validActor = fc.constantFrom<Actor>(admin, admin, system, as('dev'), as('ben'), as('esi'));
    fc.assert(
      fc.property(shaped(12), validActor, fc.constantFrom(now, '2027-01-15T10:00:00Z'), (command, actor, moment) => {
        const result = transition(structureDecider, coop, command, actor, moment);
        if (!result.ok) return expect(errorCodes).toContain(result.error.code);
        expect(result.value.events.length).toBeGreaterThan(0);
        for (const event of result.value.events) expect(StructureEvent.parse(event)).toEqual(event);
        expect(StructureSchema.parse(result.value.state)).toEqual(result.value.state);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// 3. Moving circles never makes a cycle

/** Every circle below `circleId`, found by walking children (not ancestors). */
function descendantsOf(structure: Structure, circleId: string): Set<string> {
  const found = new Set<string>();
  const queue = [circleId];
  while (queue.length > 0) {
    const current = queue.pop();
    for (const c of Object.values(structure.circles)) {
      if (c.parentId === current && !found.has(c.circleId)) {
        found.add(c.circleId);
        queue.push(c.circleId);
      }
    }
  }
  return found;
}

function grow(parents: readonly number[]): Structure {
  let s = emptyStructure;
  const make = (command: object) => {
    const result = transition(structureDecider, s, command, admin, now);
    if (!result.ok) throw new Error(wordsOf(result.error));
    s = result.value.state;
  };
  make({ type: 'create-circle', circleId: 'c0', name: 'General', parentId: null });
  for (const [i, p] of parents.entries())
    make({ type: 'create-circle', circleId: `c${i + 1}`, name: `Circle ${i + 1}`, parentId: `c${p % (i + 1)}` });
  return s;
}

describe('moving a circle must not create a cycle, for any sequence of moves', () => {
  it('moving circles at random never makes a circle its own ancestor, and every circle still reaches the general circle', () => {
    const scenario = fc.array(fc.nat(), { minLength: 1, maxLength: 9 }).chain((parents) =>
      fc.record({
        parents: fc.constant(parents),
        moves: fc.array(fc.tuple(fc.nat({ max: parents.length }), fc.nat({ max: parents.length })), { minLength: 1, maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ parents, moves }) => {
        let s = grow(parents);
        for (const [from, to] of moves) {
          const circleId = `c${from}`;
          const parentId = `c${to}`;
          const cycle = circleId === parentId || descendantsOf(s, circleId).has(parentId);
          const result = transition(structureDecider, s, { type: 'move-circle', circleId, parentId }, admin, now);
          if (circleId === 'c0') expect(result.ok ? null : result.error.code).toBe('not-permitted');
          else if (cycle) expect(result.ok ? null : result.error).toMatchObject({ code: 'circle-cycle', field: 'parentId' });
          else expect(result.ok).toBe(true);
          if (result.ok) s = result.value.state;
          const broken = Object.values(s.circles).filter((circle) => {
            const chain = ancestorsOf(s, circle.circleId);
            const reachesGeneral = circle.circleId === 'c0' ? chain.length === 0 : chain.at(-1) === 'c0';
            return chain.includes(circle.circleId) || !reachesGeneral;
          });
          expect(broken).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// 4. One holder per role at a time, whatever is recorded

/** Starts and ends come from one pool, so a term often ends exactly where another starts. */
const termDays = [...days, '2026-12-01', '2027-01-31', '2027-12-01'] as const;

/**
 * A step planned against whatever the structure holds when it runs: a day may be
 * "the last day of an existing term of this role", so boundaries are hit often.
 */
type DayPlan = { day: string } | { endOf: number } | { startOf: number };
type Plan =
  | { kind: 'assign'; circleId: string; roleId: string; person: number; start: DayPlan; end: string | undefined; id: number }
  | { kind: 'end'; circleId: string; which: number; lastDay: DayPlan }
  | { kind: 'remove'; circleId: string; person: number }
  | { kind: 'add'; circleId: string; person: number };

const circleIdArb = fc.constantFrom('hub', 'northside', 'finance');
const dayPlan: fc.Arbitrary<DayPlan> = fc.oneof(
  fc.constantFrom(...termDays).map((day) => ({ day })),
  fc.nat().map((endOf) => ({ endOf })),
  fc.nat().map((startOf) => ({ startOf })),
);
const planArb: fc.Arbitrary<Plan> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('assign' as const),
      circleId: circleIdArb,
      roleId: fc.constantFrom('leader', 'delegate', 'facilitator', 'secretary'),
      person: fc.nat(),
      start: dayPlan,
      end: fc.option(fc.constantFrom(...termDays), { nil: undefined }),
      id: fc.nat({ max: 6 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('end' as const), circleId: circleIdArb, which: fc.nat(), lastDay: dayPlan }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), circleId: circleIdArb, person: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), circleId: circleIdArb, person: fc.nat() }) },
);

function resolve(plan: Plan, s: Structure): object {
  const circle = s.circles[plan.circleId];
  const assignments = circle?.assignments ?? [];
  const everyone = Object.values(people);
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
  const dayOf = (p: DayPlan, terms: readonly { termStart: string; termEnd: string }[]) => {
    if ('day' in p) return p.day;
    const t = pick(terms, 'endOf' in p ? p.endOf : p.startOf);
    return t === undefined ? '2027-01-31' : 'endOf' in p ? t.termEnd : t.termStart;
  };
  switch (plan.kind) {
    case 'assign': {
      const members = [...(circle?.members ?? []).map((m) => m.personId), 'stranger'];
      const sameRole = assignments.filter((a) => a.roleId === plan.roleId);
      const base = {
        type: 'assign-role',
        circleId: plan.circleId,
        assignmentId: `a${plan.id}`,
        roleId: plan.roleId,
        personId: pick(members, plan.person),
        termStart: dayOf(plan.start, sameRole),
      };
      return plan.end === undefined ? base : { ...base, termEnd: plan.end };
    }
    case 'end': {
      const target = pick(assignments, plan.which);
      return {
        type: 'end-term',
        circleId: plan.circleId,
        assignmentId: target?.assignmentId ?? 'none',
        lastDay: dayOf(plan.lastDay, target ? [target] : []),
      };
    }
    case 'remove':
      return { type: 'remove-member', circleId: plan.circleId, personId: pick(circle?.members ?? [], plan.person)?.personId ?? 'nobody' };
    case 'add':
      return { type: 'add-member', circleId: plan.circleId, member: pick(everyone, plan.person) };
  }
}

function overlapping(circle: Circle): boolean {
  const byRole = new Map<string, { termStart: string; termEnd: string }[]>();
  for (const a of circle.assignments) byRole.set(a.roleId, [...(byRole.get(a.roleId) ?? []), a]);
  return [...byRole.values()].some((terms) =>
    terms.some((a, i) => terms.some((b, j) => i !== j && a.termStart <= b.termEnd && b.termStart <= a.termEnd)),
  );
}

describe('every role assignment has a term start and a term end, whatever sequence of steps is recorded', () => {
  it('a role never has two holders on the same day, and no recorded term ends before it starts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(planArb, fc.constantFrom<Actor>(admin, system)), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(now, '2026-12-15T08:00:00Z', '2027-07-01T12:00:00Z'),
        (plans, moment) => {
          let s = careCoop();
          for (const [plan, actor] of plans) {
            const result = transition(structureDecider, s, resolve(plan, s), actor, moment);
            if (!result.ok) {
              expect(errorCodes).toContain(result.error.code);
              continue;
            }
            s = result.value.state;
            for (const circle of Object.values(s.circles)) {
              expect(circle.assignments.every((a) => a.termStart <= a.termEnd)).toBe(true);
              expect(overlapping(circle)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

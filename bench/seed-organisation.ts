/**
 * The organisation `npm run bench:scale` grows: a general circle, departments under
 * it and teams under each department, every circle of 8–15 members with its first
 * member as facilitator. Circle `i` is the same at every size, so a larger size
 * adds circles and people to the smaller one.
 */
import type { Actor, Structure, StructureEvent } from '../shared';
import { structureDecider, transition } from '../shared';
import type { StructureRepository } from '../functions/application/ports/structure-repository';
import { textsFor } from '../texts/all';

export const fullSize = { circles: 2_000, people: 20_000, decisions: 100_000 } as const;

/** One department every `teamsPerDepartment + 1` circles: 40 departments at full size. */
const teamsPerDepartment = 49;

export interface SeededCircle {
  readonly circleId: string;
  readonly parentId: string | null;
  readonly members: readonly string[];
}

export const circleIdOf = (index: number) => `circle-${String(index).padStart(4, '0')}`;
export const personIdOf = (index: number) => `person-${String(index).padStart(5, '0')}`;

/** Circles of the organisation at `fraction` of the full size, members drawn in turn from its people. */
export function circlesAt(fraction: number): SeededCircle[] {
  const count = Math.max(1, Math.round(fullSize.circles * fraction));
  const people = Math.max(15, Math.round(fullSize.people * fraction));
  const circles: SeededCircle[] = [];
  let department = 0;
  let nextPerson = 0;
  for (let i = 0; i < count; i += 1) {
    const isDepartment = i > 0 && (i - 1) % (teamsPerDepartment + 1) === 0;
    if (isDepartment) department = i;
    const parentId = i === 0 ? null : isDepartment ? circleIdOf(0) : circleIdOf(department);
    const size = 8 + (i % 8);
    const members = Array.from({ length: size }, (_, k) => personIdOf((nextPerson + k) % people));
    nextPerson = (nextPerson + size) % people;
    circles.push({ circleId: circleIdOf(i), parentId, members });
  }
  return circles;
}

/** Spans every decision seeded (up to 700 days back) and the days measured, so each has a facilitator in office. */
const term = { from: '2024-01-01', to: '2029-12-31' };

const admin: Actor = { kind: 'person', personId: 'bench-admin', organisationAdmin: true };

function decided(structure: Structure, command: object, now: string, events: StructureEvent[]): Structure {
  const result = transition(structureDecider, structure, command, admin, now);
  if (!result.ok) throw new Error(`${JSON.stringify(command)}: ${textsFor('en').say('refusals', result.error.said)}`);
  events.push(...(result.value.events as StructureEvent[]));
  return result.value.state;
}

/** Every other circle takes silence as consent; the rest wait for every member's answer (the default). */
const policyOf = (circle: SeededCircle) =>
  Number(circle.circleId.slice(7)) % 2 === 1 ? { policy: { closing: { silence: 'silence-is-consent' } } } : {};

/** Azurite's refusal of a transaction above 100 rows. */
const tooManyRows = (error: unknown) => error instanceof Error && /maximum 100 changes/.test(error.message);

/**
 * Adds the circles the store does not hold yet through the structure decider, a few
 * at a time, each save under the ETags of a fresh load as the product's own. A save
 * is one transaction of at most 100 rows, and the store adds rows beside each
 * circle's (its event row, projections of its members): when a save is refused as
 * too large, fewer circles go in each.
 */
export async function seedCircles(
  structures: StructureRepository,
  tenantId: string,
  circles: readonly SeededCircle[],
  now: string,
): Promise<number> {
  let perSave = 30;
  let added = 0;
  for (;;) {
    const loaded = await structures.load(tenantId);
    const missing = circles.filter((circle) => !loaded.structure.circles[circle.circleId]).slice(0, perSave);
    if (missing.length === 0) return added;
    const events: StructureEvent[] = [];
    let next = loaded.structure;
    for (const circle of missing) {
      next = decided(
        next,
        {
          type: 'create-circle',
          circleId: circle.circleId,
          name: `Circle ${circle.circleId.slice(7)}`,
          parentId: circle.parentId,
          ...policyOf(circle),
        },
        now,
        events,
      );
      for (const personId of circle.members) {
        next = decided(
          next,
          { type: 'add-member', circleId: circle.circleId, member: { personId, displayName: `Person ${personId.slice(7)}` } },
          now,
          events,
        );
      }
      const facilitator = circle.members[0] as string;
      const role = { roleId: 'facilitator', personId: facilitator, termStart: term.from, termEnd: term.to };
      next = decided(
        next,
        { type: 'assign-role', circleId: circle.circleId, assignmentId: `facilitator-${circle.circleId}`, ...role },
        now,
        events,
      );
    }
    try {
      if (!(await structures.save(loaded, next, events))) throw new Error('another writer changed the structure while it was seeded');
      added += missing.length;
    } catch (error) {
      if (!tooManyRows(error) || perSave === 1) throw error;
      perSave = Math.max(1, Math.floor(perSave / 2));
    }
  }
}

import type { DoubleLinkViolation, MappedCircle } from '../../../shared';
import type { Texts } from '../../../texts/translate';

/** What the map says about a circle: on it (marks, badge), in its name for screen readers and beside it. */
export interface CircleFacts {
  readonly name: string;
  readonly aim: string;
  readonly memberCount: number;
  readonly isGeneral: boolean;
  readonly leader: string | null;
  readonly delegate: string | null;
  readonly subCircles: number;
  /** The double-link violations the organisation's health reports for the circle, in words. */
  readonly warnings: readonly string[];
  /** Its accessible name: “Northside care team, 5 members, leader Amara Okafor, delegate Dev Patel, no warnings”. */
  readonly spoken: string;
}

/** A circle's accessible name, in the reader's words: what a sighted reader sees on and around it. */
function spokenName(facts: Omit<CircleFacts, 'spoken'>, texts: Texts): string {
  const t = texts.of('circles');
  const link = (name: string | null, held: 'mapSpokenLeader' | 'mapSpokenDelegate', vacant: 'mapSpokenNoLeader' | 'mapSpokenNoDelegate') =>
    facts.isGeneral ? null : name ? t(held, { name }) : t(vacant);
  return [
    facts.name,
    facts.isGeneral ? t('mapSpokenGeneral') : null,
    t('memberCount', { count: facts.memberCount }),
    link(facts.leader, 'mapSpokenLeader', 'mapSpokenNoLeader'),
    link(facts.delegate, 'mapSpokenDelegate', 'mapSpokenNoDelegate'),
    facts.subCircles === 0 ? null : t('mapSpokenSubCircles', { count: facts.subCircles }),
    t('mapSpokenWarnings', { count: facts.warnings.length }),
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** The facts of each active circle, from the map's rows and the health report already read: no other reads. */
export function circleFacts(
  circles: readonly MappedCircle[],
  violations: readonly DoubleLinkViolation[],
  texts: Texts,
): ReadonlyMap<string, CircleFacts> {
  const active = circles.filter((circle) => !circle.archived);
  const subCircles = new Map<string, number>();
  for (const circle of active) if (circle.parentId !== null) subCircles.set(circle.parentId, (subCircles.get(circle.parentId) ?? 0) + 1);
  const warnings = new Map<string, string[]>();
  for (const violation of violations)
    warnings.set(violation.circleId, [...(warnings.get(violation.circleId) ?? []), texts.say('core', violation.said)]);
  return new Map(
    active.map((circle) => {
      const facts = {
        name: circle.name,
        aim: circle.aim,
        memberCount: circle.memberCount,
        // A circle whose parent is archived stands at the top of the map, but it is still not the general circle.
        isGeneral: circle.parentId === null,
        leader: circle.holders.leader?.displayName ?? null,
        delegate: circle.holders.delegate?.displayName ?? null,
        subCircles: subCircles.get(circle.circleId) ?? 0,
        warnings: warnings.get(circle.circleId) ?? [],
      };
      return [circle.circleId, { ...facts, spoken: spokenName(facts, texts) }] as const;
    }),
  );
}

import type { PersonId } from '../kernel/ids';
import type { Nomination, Selection } from './selection';

/**
 * Nominations stay hidden until the nomination round closes, so no one is swayed
 * by who named whom; before that a member sees only their own.
 */
export function visibleNominations(selection: Selection, viewer: PersonId): Nomination[] {
  const all = Object.values(selection.nominations);
  return selection.status === 'nominations' ? all.filter((n) => n.nominator === viewer) : all;
}

/**
 * How often each person was named, as information only: the facilitator's proposal
 * cites reasons, it is not a vote count. Empty while nominations are hidden.
 */
export function nominationCounts(selection: Selection): Record<PersonId, number> {
  if (selection.status === 'nominations') return {};
  const counts = new Map<PersonId, number>();
  for (const nomination of Object.values(selection.nominations)) counts.set(nomination.nominee, (counts.get(nomination.nominee) ?? 0) + 1);
  return Object.fromEntries(counts);
}

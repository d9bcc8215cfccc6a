import { z } from 'zod';
import type { Actor } from '../kernel/actor';
import type { Selection } from '../selection/selection';
import type { SelectionEvent } from '../selection/selection-events';

/**
 * A page of a record's history: `pageSize` steps (each with every event it made),
 * after the point `after` names (the `next` of the page before).
 */
export const HistoryQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,1400}$/, 'pageTokenRefused')
    .optional(),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

/**
 * A selection's events as the reader may read them: while nominations are hidden,
 * no one sees who named whom but their own, so other people's `nominated` events
 * are left out, as `visibleNominations` leaves out their nominations. Once revealed,
 * every nomination is the circle's, a changed one beside the one it replaced.
 */
export function readableSelectionEvents(selection: Selection, events: readonly SelectionEvent[], actor: Actor): SelectionEvent[] {
  if (actor.kind === 'system' || selection.status !== 'nominations') return [...events];
  return events.filter((event) => event.type !== 'nominated' || event.by === actor.personId);
}

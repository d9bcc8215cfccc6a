import type { CirclePacking, PlacedCircle } from './packing';

/**
 * The circle the map is zoomed to: its sub-circles are the ones named on the map.
 * `null` is the whole map, which only differs from the general circle when there are several.
 */
export type ZoomFocus = string | null;

/** Where the map opens: the general circle, or the whole map when there are several. */
export const topFocus = (packing: CirclePacking): ZoomFocus => (packing.rootIds.length === 1 ? (packing.rootIds[0] ?? null) : null);

/** The region the map shows for a focus: the focus circle, or the whole map. */
export function viewedRegion(packing: CirclePacking, focus: ZoomFocus): Pick<PlacedCircle, 'x' | 'y' | 'r'> {
  const circle = focus === null ? undefined : packing.byId.get(focus);
  return circle ?? { x: packing.size / 2, y: packing.size / 2, r: packing.size / 2 };
}

const parentOf = (packing: CirclePacking, circleId: string): ZoomFocus => packing.byId.get(circleId)?.parentId ?? null;

/** Whether a circle is named at this focus: the focus itself or one of its sub-circles (the general circles, on the whole map). */
export const isNamedAt = (packing: CirclePacking, focus: ZoomFocus, circleId: string): boolean =>
  circleId === focus || parentOf(packing, circleId) === focus;

/** The focus after the keyboard moves to `current`: kept while `current` is named there, else `current`'s parent, so it is. */
export function focusFollowing(packing: CirclePacking, focus: ZoomFocus, current: string): ZoomFocus {
  if (isNamedAt(packing, focus, current)) return focus;
  return parentOf(packing, current) ?? topFocus(packing);
}

/** Zooming out: to the focus's parent, or no further than the top. */
export function zoomedOut(packing: CirclePacking, focus: ZoomFocus): ZoomFocus {
  if (focus === null || focus === topFocus(packing)) return focus;
  return parentOf(packing, focus) ?? topFocus(packing);
}

/** The circles from the top down to the focus, for the words saying where the map is. */
export function pathTo(packing: CirclePacking, focus: ZoomFocus): string[] {
  const path: string[] = [];
  for (let at = focus; at !== null; at = parentOf(packing, at)) path.unshift(at);
  return path;
}

import type { CirclePacking, PlacedCircle } from './packing';
import { viewedRegion, type ZoomFocus } from './zoom';

/** A circle as the map draws it at the current zoom. */
export interface DrawnCircle {
  readonly circle: PlacedCircle;
  /** The name to write on it, in lines that fit, or null when it is too small to read. */
  readonly label: readonly string[] | null;
  /** Whether its double-link marks and warning badge are drawn (a sub-circle of the focus, large enough). */
  readonly marked: boolean;
}

/** What the map draws: the visible square in map units, how many pixels a map unit takes, and the circles. */
export interface MapScene {
  readonly viewBox: readonly [number, number, number, number];
  readonly pixelsPerUnit: number;
  readonly circles: readonly DrawnCircle[];
}

/** At most this many circles are drawn at once, whatever the organisation's size: the biggest on screen first. */
export const mostDrawn = 300;
/** The name's size on screen, in pixels. */
export const labelPixels = 13;
const smallestDrawnPixels = 3;
const smallestLabelledPixels = 22;
const smallestMarkedPixels = 18;
// A rough width of a character of the UI font, as a share of its size, to shorten names that would not fit.
const characterWidth = 0.58;

/**
 * The name in at most `maxLines` lines of the characters that fit across a circle of
 * `radiusPixels`, broken between words, the last shortened with “…” when the rest would
 * not fit; null when fewer than four characters would.
 */
export function fittedLabel(name: string, radiusPixels: number, maxLines = 1): string[] | null {
  const fits = Math.floor((radiusPixels * 1.7) / (labelPixels * characterWidth));
  if (fits < 4) return null;
  const lines: string[] = [];
  let rest = name.trim();
  while (rest.length > 0) {
    if (rest.length <= fits) return [...lines, rest];
    const cut = rest.lastIndexOf(' ', fits);
    if (lines.length === maxLines - 1 || cut <= 0) return [...lines, `${rest.slice(0, fits - 1).trimEnd()}…`];
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return lines;
}

const isWithin = (packing: CirclePacking, circle: PlacedCircle, focus: ZoomFocus): boolean => {
  for (let at: string | null = circle.circleId; at !== null; at = packing.byId.get(at)?.parentId ?? null) if (at === focus) return true;
  return focus === null;
};

/**
 * The circles to draw zoomed to `focus` on a square of `sidePixels`: the focus and
 * its sub-circles two levels down, those big enough to see, at most `mostDrawn`
 * (the circle the keyboard is on always among them). The focus and its sub-circles carry
 * their names (and the sub-circles their marks) when big enough; deeper circles are shapes, named once zoomed to.
 */
export function sceneOf(
  packing: CirclePacking,
  focus: ZoomFocus,
  current: string | null,
  names: (circleId: string) => string,
  sidePixels: number,
): MapScene {
  const region = viewedRegion(packing, focus);
  const side = region.r * 2 * 1.04;
  const pixelsPerUnit = sidePixels / side;
  const focusDepth = focus === null ? -1 : (packing.byId.get(focus)?.depth ?? -1);
  const visible = packing.inPaintOrder.filter(
    (circle) => circle.depth <= focusDepth + 2 && circle.r * pixelsPerUnit >= smallestDrawnPixels && isWithin(packing, circle, focus),
  );
  const biggestFirst = [...visible].sort((a, b) => a.depth - b.depth || b.r - a.r).slice(0, mostDrawn);
  const chosen = new Set(biggestFirst.map((circle) => circle.circleId));
  if (current !== null) chosen.add(current);
  const circles = packing.inPaintOrder
    .filter((circle) => chosen.has(circle.circleId))
    .map((circle): DrawnCircle => {
      const pixels = circle.r * pixelsPerUnit;
      const named = circle.parentId === focus || circle.circleId === focus;
      // A parent's name goes in one line in the band above its sub-circles, narrower than a leaf's middle, which takes two.
      const parent = circle.childIds.length > 0;
      const label =
        named && pixels >= smallestLabelledPixels
          ? fittedLabel(names(circle.circleId), parent ? pixels * 0.75 : pixels, parent ? 1 : 2)
          : null;
      return { circle, label, marked: circle.parentId === focus && pixels >= smallestMarkedPixels };
    });
  return { viewBox: [region.x - side / 2, region.y - side / 2, side, side], pixelsPerUnit, circles };
}

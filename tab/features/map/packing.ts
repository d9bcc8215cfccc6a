import { hierarchy, pack } from 'd3-hierarchy';

/** What the packing needs of a circle on the map. */
export interface CircleToPlace {
  readonly circleId: string;
  readonly parentId: string | null;
  readonly archived: boolean;
  readonly memberCount: number;
}

/** A circle placed on the map: its centre and radius in map units, and where it sits in the tree. */
export interface PlacedCircle {
  readonly circleId: string;
  readonly parentId: string | null;
  /** 0 for a general circle (a circle without a parent on the map). */
  readonly depth: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly childIds: readonly string[];
}

/** Every circle placed, with the general circles as the top of the tree. */
export interface CirclePacking {
  readonly byId: ReadonlyMap<string, PlacedCircle>;
  /** The general circles (usually one), in the order the map lists them. */
  readonly rootIds: readonly string[];
  /** Parents before their children, so each sub-circle is painted on top of its parent. */
  readonly inPaintOrder: readonly PlacedCircle[];
  /** The whole map's extent: a square of this side, from 0 to `size`. */
  readonly size: number;
}

export const mapSize = 1000;

interface Branch {
  readonly circle: CircleToPlace | null;
  readonly children: Branch[];
}

/**
 * Packs the active circles as nested circles (d3-hierarchy's `pack`): each circle
 * drawn around its sub-circles. A circle's area follows its member count (at least
 * three, so a new circle is still big enough to read). A circle whose parent is
 * archived or gone stands at the top, as the general circle does, rather than vanish.
 */
export function packCircles(circles: readonly CircleToPlace[]): CirclePacking {
  const active = circles.filter((circle) => !circle.archived);
  const branches = new Map(active.map((circle) => [circle.circleId, { circle, children: [] as Branch[] }]));
  const top: Branch = { circle: null, children: [] };
  for (const branch of branches.values()) {
    const parent = branch.circle.parentId === null ? undefined : branches.get(branch.circle.parentId);
    (parent ?? top).children.push(branch);
  }
  const root = hierarchy<Branch>(top, (branch) => branch.children)
    .sum((branch) => (branch.circle && branch.children.length === 0 ? Math.max(3, branch.circle.memberCount) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  // The padding leaves room inside each parent's rim for its double-link marks and warning badge.
  const packed = pack<Branch>()
    .size([mapSize, mapSize])
    .padding((node) => (node.depth === 0 ? 4 : 12))(root);
  const byId = new Map<string, PlacedCircle>();
  const inPaintOrder: PlacedCircle[] = [];
  for (const node of packed.descendants()) {
    const circle = node.data.circle;
    if (!circle) continue;
    const placed: PlacedCircle = {
      circleId: circle.circleId,
      parentId: node.parent?.data.circle?.circleId ?? null,
      depth: node.depth - 1,
      x: node.x,
      y: node.y,
      r: node.r,
      childIds: leftToRight(node.children),
    };
    byId.set(circle.circleId, placed);
    inPaintOrder.push(placed);
  }
  return { byId, rootIds: leftToRight(packed.children), inPaintOrder, size: mapSize };
}

// Siblings in the order the eye meets them, so ← and → move the way the map is drawn.
const leftToRight = (nodes: readonly { x: number; data: Branch }[] | undefined): string[] =>
  [...(nodes ?? [])].sort((a, b) => a.x - b.x).flatMap((node) => (node.data.circle ? [node.data.circle.circleId] : []));

import { packEnclose, packSiblings } from 'd3-hierarchy';

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
  readonly circle: CircleToPlace;
  readonly children: Branch[];
}

/** A branch packed in its own frame: its radius, and each sub-circle's centre relative to its own. */
interface Packed {
  readonly branch: Branch;
  readonly r: number;
  readonly children: readonly { readonly packed: Packed; readonly x: number; readonly y: number }[];
}

// A share of each sub-circle's radius kept between siblings, and the share of a parent's radius its
// sub-circles take: the rest is a band at the top for the parent's name and its marks on the rim.
// Shares rather than fixed units, so a circle five levels down still has room for its own sub-circles.
const gapShare = 0.06;
const clusterShare = 0.7;
// How far below a parent’s centre its sub-circles sit, as a share of its radius: they still touch no rim.
const clusterDrop = 0.22;

/** Packs a branch bottom up: a circle's area follows its member count (at least three), a parent's encloses its sub-circles below its name. */
function packBranch(branch: Branch): Packed {
  if (branch.children.length === 0) return { branch, r: Math.sqrt(Math.max(3, branch.circle.memberCount)), children: [] };
  const packedChildren = branch.children.map(packBranch).sort((a, b) => b.r - a.r);
  const spots = packedChildren.map((packed) => ({ packed, x: 0, y: 0, r: packed.r * (1 + gapShare) }));
  packSiblings(spots);
  const enclosing = packEnclose(spots);
  const r = enclosing.r / clusterShare;
  return { branch, r, children: spots.map(({ packed, x, y }) => ({ packed, x: x - enclosing.x, y: y - enclosing.y + clusterDrop * r })) };
}

/**
 * Packs the active circles as nested circles (d3-hierarchy's `packSiblings` and
 * `packEnclose`): each circle drawn around its sub-circles. A circle whose parent is
 * archived or gone stands at the top, as the general circle does, rather than vanish.
 */
export function packCircles(circles: readonly CircleToPlace[]): CirclePacking {
  const active = circles.filter((circle) => !circle.archived);
  const branches = new Map(active.map((circle) => [circle.circleId, { circle, children: [] as Branch[] }]));
  const top: Branch[] = [];
  for (const branch of branches.values()) {
    const parent = branch.circle.parentId === null ? undefined : branches.get(branch.circle.parentId);
    (parent?.children ?? top).push(branch);
  }
  const whole = packBranch({ circle: { circleId: '', parentId: null, archived: false, memberCount: 0 }, children: top });
  const byId = new Map<string, PlacedCircle>();
  const inPaintOrder: PlacedCircle[] = [];
  // Placed top down, breadth first, so parents come before their sub-circles in paint order.
  const scale = mapSize / 2 / whole.r;
  let level = top.length === 0 ? [] : [{ packed: whole, x: mapSize / 2, y: mapSize / 2, parentId: null as string | null, depth: -1 }];
  while (level.length > 0) {
    const next: typeof level = [];
    for (const at of level) {
      const placedChildren = at.packed.children.map((child) => ({
        packed: child.packed,
        x: at.x + child.x * scale,
        y: at.y + child.y * scale,
      }));
      const childIds = [...placedChildren].sort((a, b) => a.x - b.x).map((child) => child.packed.branch.circle.circleId);
      if (at.depth >= 0) {
        const placed: PlacedCircle = {
          circleId: at.packed.branch.circle.circleId,
          parentId: at.parentId,
          depth: at.depth,
          x: at.x,
          y: at.y,
          r: at.packed.r * scale,
          childIds,
        };
        byId.set(placed.circleId, placed);
        inPaintOrder.push(placed);
      }
      const parentId = at.depth >= 0 ? at.packed.branch.circle.circleId : null;
      for (const child of placedChildren) next.push({ ...child, parentId, depth: at.depth + 1 });
    }
    level = next;
  }
  // Every branch of the tree was placed in byId above: the filter only narrows the type.
  const rootIds = [...top]
    .map((branch) => byId.get(branch.circle.circleId))
    .filter((placed) => placed !== undefined)
    .sort((a, b) => a.x - b.x)
    .map((circle) => circle.circleId);
  return { byId, rootIds, inPaintOrder, size: mapSize };
}

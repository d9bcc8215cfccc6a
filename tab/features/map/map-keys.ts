import type { CirclePacking } from './packing';

/** What a key does on the drawn map: move the keyboard to another circle, open it, or zoom. */
export type MapMove =
  | { readonly kind: 'move'; readonly to: string }
  | { readonly kind: 'open'; readonly circleId: string }
  | { readonly kind: 'zoom-in'; readonly circleId: string }
  | { readonly kind: 'zoom-out' };

const siblingsOf = (packing: CirclePacking, circleId: string): readonly string[] => {
  const parentId = packing.byId.get(circleId)?.parentId ?? null;
  return parentId === null ? packing.rootIds : (packing.byId.get(parentId)?.childIds ?? []);
};

/**
 * The move a key makes from the circle the keyboard is on: ← → between siblings,
 * ↓ into the circle's first sub-circle, ↑ out to its parent, Home/End to the first
 * or last sibling, Enter opens it, + and − zoom. `null` when the key does nothing there.
 */
export function moveFor(packing: CirclePacking, current: string, key: string): MapMove | null {
  const circle = packing.byId.get(current);
  if (!circle) return null;
  const siblings = siblingsOf(packing, current);
  const at = siblings.indexOf(current);
  const to = (circleId: string | null | undefined): MapMove | null => (circleId ? { kind: 'move', to: circleId } : null);
  switch (key) {
    case 'ArrowRight':
      return to(siblings[at + 1]);
    case 'ArrowLeft':
      return to(at > 0 ? siblings[at - 1] : undefined);
    case 'Home':
      return at > 0 ? to(siblings[0]) : null;
    case 'End':
      return at < siblings.length - 1 ? to(siblings.at(-1)) : null;
    case 'ArrowDown':
      return to(circle.childIds[0]);
    case 'ArrowUp':
      return to(circle.parentId);
    case 'Enter':
    case ' ':
      return { kind: 'open', circleId: current };
    case '+':
    case '=':
      return { kind: 'zoom-in', circleId: current };
    case '-':
    case '_':
      return { kind: 'zoom-out' };
    default:
      return null;
  }
}

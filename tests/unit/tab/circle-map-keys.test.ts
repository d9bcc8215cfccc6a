import fc from 'fast-check';
import { moveFor } from '../../../tab/features/map/map-keys';
import { packCircles, type CircleToPlace } from '../../../tab/features/map/packing';
import { focusFollowing, isNamedAt, topFocus, zoomedOut } from '../../../tab/features/map/zoom';

const circle = (circleId: string, parentId: string | null, memberCount = 4): CircleToPlace => ({
  circleId,
  parentId,
  archived: false,
  memberCount,
});

/** A care co-operative: the general circle, two care teams (one with a rota circle inside), finance and training. */
const coop = packCircles([
  circle('riverside', null, 8),
  circle('northside', 'riverside', 5),
  circle('rota', 'northside', 3),
  circle('southside', 'riverside', 4),
  circle('finance', 'riverside', 3),
  circle('training', 'riverside', 3),
]);
const general = coop.byId.get('riverside')!;

describe('the keyboard moves over the drawn map as the circles nest', () => {
  it('↓ goes into the first sub-circle, → and ← between siblings, ↑ out to the parent', () => {
    const first = moveFor(coop, 'riverside', 'ArrowDown');
    expect(first).toEqual({ kind: 'move', to: general.childIds[0] });
    const second = moveFor(coop, general.childIds[0]!, 'ArrowRight');
    expect(second).toEqual({ kind: 'move', to: general.childIds[1] });
    expect(moveFor(coop, general.childIds[1]!, 'ArrowLeft')).toEqual({ kind: 'move', to: general.childIds[0] });
    expect(moveFor(coop, 'rota', 'ArrowUp')).toEqual({ kind: 'move', to: 'northside' });
  });

  it('siblings follow the order they are drawn in, left to right', () => {
    const xs = general.childIds.map((id) => coop.byId.get(id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('the keys stop at the ends: nothing beyond the last sibling, above the general circle or inside a circle without sub-circles', () => {
    expect(moveFor(coop, general.childIds.at(-1)!, 'ArrowRight')).toBeNull();
    expect(moveFor(coop, general.childIds[0]!, 'ArrowLeft')).toBeNull();
    expect(moveFor(coop, 'riverside', 'ArrowUp')).toBeNull();
    expect(moveFor(coop, 'finance', 'ArrowDown')).toBeNull();
  });

  it('Enter opens the circle the keyboard is on; + zooms into it and − out', () => {
    expect(moveFor(coop, 'northside', 'Enter')).toEqual({ kind: 'open', circleId: 'northside' });
    expect(moveFor(coop, 'northside', '+')).toEqual({ kind: 'zoom-in', circleId: 'northside' });
    expect(moveFor(coop, 'northside', '-')).toEqual({ kind: 'zoom-out' });
    expect(moveFor(coop, 'northside', 'x')).toBeNull();
  });

  it('every move is undone by its opposite key', () => {
    const ids = [...coop.byId.keys()];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(['ArrowRight', 'ArrowLeft'], ['ArrowLeft', 'ArrowRight'], ['ArrowDown', 'ArrowUp']),
        (from, [key, back]) => {
          const move = moveFor(coop, from, key!);
          if (move?.kind !== 'move') return;
          expect(moveFor(coop, move.to, back!)).toEqual({ kind: 'move', to: from });
        },
      ),
    );
  });
});

describe('the map zooms to keep the circle the keyboard is on named', () => {
  it('opens on the general circle and zooms out no further', () => {
    expect(topFocus(coop)).toBe('riverside');
    expect(zoomedOut(coop, 'riverside')).toBe('riverside');
    expect(zoomedOut(coop, 'northside')).toBe('riverside');
  });

  it('wherever the keyboard goes, the focus follows so that circle is named on the map', () => {
    const ids = [...coop.byId.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids, null), (current, focus) => {
        expect(isNamedAt(coop, focusFollowing(coop, focus, current), current)).toBe(true);
      }),
    );
  });

  it('moving into a sub-circle’s own sub-circle zooms to the sub-circle', () => {
    expect(focusFollowing(coop, 'riverside', 'northside')).toBe('riverside');
    expect(focusFollowing(coop, 'riverside', 'rota')).toBe('northside');
  });
});

import fc from 'fast-check';
import { packCircles, type CircleToPlace } from '../../../tab/features/map/packing';

/** An organisation of `count` circles, each (after the first) under one drawn before it, some archived. */
const organisation = fc.integer({ min: 1, max: 60 }).chain((count) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: count - 1, maxLength: count - 1 }),
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: count, maxLength: count }),
      fc.array(fc.boolean(), { minLength: count, maxLength: count }),
    )
    .map(([parents, members, archived]): CircleToPlace[] =>
      members.map((memberCount, index) => ({
        circleId: `circle-${index}`,
        parentId: index === 0 ? null : `circle-${(parents[index - 1] ?? 0) % index}`,
        archived: index > 0 && (archived[index] ?? false),
        memberCount,
      })),
    ),
);

const near = 1e-6;

describe('the drawn map packs each circle around its sub-circles', () => {
  it('every sub-circle lies inside its parent, and siblings never overlap', () => {
    fc.assert(
      fc.property(organisation, (circles) => {
        const packing = packCircles(circles);
        for (const circle of packing.byId.values()) {
          const parent = circle.parentId === null ? undefined : packing.byId.get(circle.parentId);
          if (parent) expect(Math.hypot(circle.x - parent.x, circle.y - parent.y) + circle.r).toBeLessThanOrEqual(parent.r + near);
          const siblings = (parent?.childIds ?? packing.rootIds).map((id) => packing.byId.get(id)!);
          for (const sibling of siblings) {
            if (sibling.circleId !== circle.circleId)
              expect(Math.hypot(circle.x - sibling.x, circle.y - sibling.y)).toBeGreaterThanOrEqual(circle.r + sibling.r - near);
          }
        }
      }),
    );
  });

  it('places every active circle once; an archived circle is left off, and a circle under it stands at the top rather than vanish', () => {
    const packing = packCircles([
      { circleId: 'general', parentId: null, archived: false, memberCount: 8 },
      { circleId: 'kitchen', parentId: 'general', archived: true, memberCount: 3 },
      { circleId: 'bakery', parentId: 'kitchen', archived: false, memberCount: 4 },
      { circleId: 'finance', parentId: 'general', archived: false, memberCount: 3 },
    ]);
    expect([...packing.byId.keys()].sort()).toEqual(['bakery', 'finance', 'general']);
    expect([...packing.rootIds].sort()).toEqual(['bakery', 'general']);
    expect(packing.byId.get('finance')?.parentId).toBe('general');
  });

  it('paints each parent before its sub-circles, so the sub-circles are drawn on top', () => {
    fc.assert(
      fc.property(organisation, (circles) => {
        const order = packCircles(circles).inPaintOrder.map((circle) => circle.circleId);
        const packing = packCircles(circles);
        for (const circle of packing.inPaintOrder)
          if (circle.parentId !== null) expect(order.indexOf(circle.parentId)).toBeLessThan(order.indexOf(circle.circleId));
      }),
    );
  });
});

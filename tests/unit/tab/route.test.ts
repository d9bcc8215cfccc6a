import { parseOpening } from '../../../tab/lib/opening';
import { parentOf, pathOf, routeOf, routeOfOpening, sectionOf, type Route } from '../../../tab/lib/route';

const routes: Route[] = [
  { view: 'me' },
  { view: 'circles' },
  { view: 'logbook' },
  { view: 'reviews' },
  { view: 'health' },
  { view: 'circle', circleId: 'north side' },
  { view: 'proposal', circleId: 'northside', id: 'weekend-rota' },
  { view: 'selection', circleId: 'training', id: 'training/facilitator' },
  { view: 'meeting', circleId: 'northside', id: 'northside-2026-11-28' },
  { view: 'decision-story', circleId: 'northside', id: 'key-safe-codes' },
  { view: 'selection-story', circleId: 'finance', id: 'finance-delegate' },
];

describe('every view and record of the tab is an address', () => {
  it.each(routes)('reads back the address it writes: %o', (route) => {
    expect(routeOf(`#${pathOf(route)}`)).toEqual(route);
  });

  it('writes records under their circle, stories after them', () => {
    expect(pathOf({ view: 'proposal', circleId: 'northside', id: 'weekend-rota' })).toBe('/circles/northside/proposals/weekend-rota');
    expect(pathOf({ view: 'selection-story', circleId: 'finance', id: 'a/b' })).toBe('/circles/finance/selections/a%2Fb/story');
  });

  it('an address that names nothing the tab shows opens nothing', () => {
    for (const address of [
      '',
      '#',
      '#/',
      '#/elsewhere',
      '#/circles//x',
      '#/circles/n/minutes/m',
      '#/circles/n/meetings/m/story',
      '#/circles/n/proposals/p/story/more',
      '#/circles/%E0',
    ]) {
      expect(routeOf(address)).toBeNull();
    }
  });

  it('a card’s or calendar’s link opens the same record as its address', () => {
    const opening = parseOpening('meeting/northside/northside-2026-11-28');
    expect(opening && routeOfOpening(opening)).toEqual({ view: 'meeting', circleId: 'northside', id: 'northside-2026-11-28' });
  });

  it('a record’s way up is its circle, a story’s the logbook, a circle’s the map', () => {
    expect(parentOf({ view: 'proposal', circleId: 'northside', id: 'p' })).toEqual({ view: 'circle', circleId: 'northside' });
    expect(parentOf({ view: 'decision-story', circleId: 'northside', id: 'p' })).toEqual({ view: 'logbook' });
    expect(parentOf({ view: 'circle', circleId: 'northside' })).toEqual({ view: 'circles' });
    expect(sectionOf({ view: 'selection-story', circleId: 'f', id: 's' })).toBe('logbook');
    expect(sectionOf({ view: 'meeting', circleId: 'n', id: 'm' })).toBe('circles');
  });
});

import type { Opening } from './opening';

/** A record in a circle, named by its circle and its own id. */
type InCircle<View extends string> = { readonly view: View; readonly circleId: string; readonly id: string };

/**
 * Every view and record the tab shows, each its own address (`#/circles/northside/proposals/weekend-rota`),
 * so the browser's and Teams' back go to the view before, and a link opens a record directly.
 */
export type Route =
  | { readonly view: 'me' | 'circles' | 'logbook' | 'reviews' | 'health' }
  | { readonly view: 'circle'; readonly circleId: string }
  | InCircle<'proposal' | 'selection' | 'meeting' | 'decision-story' | 'selection-story'>;

/** The header's sections; a circle and its records are under `circles`, the stories under `logbook`. */
export type Section = 'me' | 'circles' | 'logbook' | 'reviews' | 'health';

const sections: readonly string[] = ['me', 'circles', 'logbook', 'reviews', 'health'] satisfies Section[];
const isSection = (name: string | undefined): name is Section => name !== undefined && sections.includes(name);

const plural = { proposal: 'proposals', selection: 'selections', meeting: 'meetings' } as const;

export function sectionOf(route: Route): Section {
  if (route.view === 'decision-story' || route.view === 'selection-story') return 'logbook';
  return isSection(route.view) ? route.view : 'circles';
}

/** The address of a route, the part after `#`. */
export function pathOf(route: Route): string {
  if (route.view === 'circle') return `/circles/${encodeURIComponent(route.circleId)}`;
  if (!('circleId' in route)) return `/${route.view}`;
  const circle = `/circles/${encodeURIComponent(route.circleId)}`;
  const id = encodeURIComponent(route.id);
  if (route.view === 'decision-story') return `${circle}/proposals/${id}/story`;
  if (route.view === 'selection-story') return `${circle}/selections/${id}/story`;
  return `${circle}/${plural[route.view]}/${id}`;
}

function partsOf(path: string): string[] | null {
  const parts = path
    .replace(/^#?\/?/, '')
    .replace(/\/$/, '')
    .split('/');
  try {
    return parts.map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** The route an address names; null for one that names none (then the tab opens on its first view). */
export function routeOf(path: string): Route | null {
  const parts = partsOf(path);
  if (!parts || parts.some((part) => part === '')) return null;
  const [first, circleId, kind, id, story, ...rest] = parts;
  if (rest.length > 0) return null;
  if (parts.length === 1) return isSection(first) ? { view: first } : null;
  if (first !== 'circles' || !circleId) return null;
  if (parts.length === 2) return { view: 'circle', circleId };
  if (!id) return null;
  if (story !== undefined) {
    if (story !== 'story') return null;
    if (kind === 'proposals') return { view: 'decision-story', circleId, id };
    if (kind === 'selections') return { view: 'selection-story', circleId, id };
    return null;
  }
  const view = (Object.keys(plural) as (keyof typeof plural)[]).find((name) => plural[name] === kind);
  return view ? { view, circleId, id } : null;
}

/** The route of what a link (`?open=`, a Teams deep link's sub-page) asks to open. */
export function routeOfOpening(opening: Opening): Route {
  return opening.kind === 'circle'
    ? { view: 'circle', circleId: opening.circleId }
    : { view: opening.kind, circleId: opening.circleId, id: opening.id };
}

/** Where a view's own back button leads when there is no view before it: the one that holds it. */
export function parentOf(route: Route): Route {
  if (route.view === 'circle') return { view: 'circles' };
  if (route.view === 'decision-story' || route.view === 'selection-story') return { view: 'logbook' };
  if ('circleId' in route) return { view: 'circle', circleId: route.circleId };
  return route;
}

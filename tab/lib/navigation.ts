import { useCallback, useEffect, useRef, useState } from 'react';
import type { InMeeting } from '../features/in-meeting';
import { pathOf, routeOf, type Route } from './route';

/**
 * How a view was reached, kept in the browser's history with its address so back and
 * forward bring it again: the view before, and the meeting whose round a record runs in.
 */
export interface Arrival {
  readonly from?: Route;
  readonly inMeeting?: InMeeting;
}

/** What each history entry of the tab keeps: how many of the tab's own views lie behind it. */
interface Kept extends Arrival {
  readonly depth: number;
}

export interface Navigation {
  readonly route: Route;
  readonly arrival: Arrival;
  /** A view of the tab lies behind this one, so back stays in the tab. */
  readonly canGoBack: boolean;
  /** Opens a view as a new history entry, remembering where it was opened from. */
  go(route: Route, arrival?: Omit<Arrival, 'from'>): void;
  /** Shows a view in place of this one (a redirect, not a step the person took). */
  replace(route: Route): void;
  /** Back to the given view: the step back in history when that is where the person came from, else a step to it. */
  up(to: Route): void;
  back(): void;
}

const keptOf = (state: unknown): Kept | null =>
  typeof state === 'object' && state !== null && typeof (state as Kept).depth === 'number' ? (state as Kept) : null;

const hashOf = (route: Route) => `#${pathOf(route)}`;

interface Shown {
  readonly route: Route;
  readonly kept: Kept;
}

/**
 * The tab's router: each view is an address after `#`, because Teams loads a tab at its
 * fixed content URL and the part after `#` is the tab's own. The History API keeps the
 * entries, so the browser's and Teams' back (`popstate`) go to the view before.
 */
export function useNavigation(first: () => Route): Navigation {
  const [shown, setShown] = useState<Shown>(() => {
    const route = routeOf(window.location.hash) ?? first();
    const kept = keptOf(window.history.state) ?? { depth: 0 };
    window.history.replaceState(kept, '', hashOf(route));
    return { route, kept };
  });
  // The entry shown, read by `go` and `replace` when the person acts, after the render that showed it.
  const current = useRef(shown);
  const show = useCallback((next: Shown) => {
    current.current = next;
    setShown(next);
  }, []);
  const opening = useRef(first);
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const route = routeOf(window.location.hash) ?? opening.current();
      // An address typed or followed by hand brings no state: one step further than the view before.
      const kept = keptOf(event.state) ?? { depth: current.current.kept.depth + 1 };
      if (!keptOf(event.state)) window.history.replaceState(kept, '', hashOf(route));
      show({ route, kept });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [show]);
  const go = useCallback(
    (route: Route, arrival: Omit<Arrival, 'from'> = {}) => {
      const kept: Kept = { ...arrival, from: current.current.route, depth: current.current.kept.depth + 1 };
      window.history.pushState(kept, '', hashOf(route));
      show({ route, kept });
    },
    [show],
  );
  const replace = useCallback(
    (route: Route) => {
      const { kept } = current.current;
      window.history.replaceState(kept, '', hashOf(route));
      show({ route, kept });
    },
    [show],
  );
  const back = useCallback(() => window.history.back(), []);
  const { route, kept } = shown;
  const canGoBack = kept.depth > 0;
  const up = (to: Route) => (canGoBack && kept.from && pathOf(kept.from) === pathOf(to) ? back() : go(to));
  const { depth: _, ...arrival } = kept;
  return { route, arrival, canGoBack, go, replace, up, back };
}

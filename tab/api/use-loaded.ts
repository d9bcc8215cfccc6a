import { useEffect, useState } from 'react';
import { messageOf } from './client';

/**
 * Loads a view's data once per change of `key`, ignoring answers that arrive after
 * the view moved on; a refusal keeps the API's own words.
 */
export function useLoaded<T>(load: () => Promise<T>, key: unknown): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  // `key` is this hook's contract: what the data depends on, named by the caller, not read here. `load` is a new
  // closure every render: as a dependency it would load again after every answer, in a loop.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's `key` says when to load, not `load`
  useEffect(() => {
    let current = true;
    load()
      .then((data) => current && setState({ data, error: null }))
      .catch((caught: unknown) => current && setState({ data: null, error: messageOf(caught) }));
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

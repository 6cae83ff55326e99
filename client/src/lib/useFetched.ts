import { useCallback, useEffect, useState } from 'react';
import { fetched, fetchFailed, NOTHING_FETCHED, type FetchedState } from './fetchedState.ts';

export interface Fetched<T> extends FetchedState<T> {
  /** Asks the server again. */
  reload(): void;
}

export interface FetchedOptions {
  /** Reads again each time the tab is shown, so a page whose session ended says so. */
  readonly whenShown?: boolean;
}

/**
 * A REST read: fetched while `key` is not null and again whenever it changes, on
 * `reload()`, and (with `whenShown`) when the tab is shown again; aborted when the
 * component goes or the key changes. The state's rules are in fetchedState.ts.
 */
export function useFetched<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string | null,
  { whenShown = false }: FetchedOptions = {},
): Fetched<T> {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<FetchedState<T>>(NOTHING_FETCHED);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!whenShown) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [whenShown, reload]);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState(fetched(data)),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => fetchFailed(s, error));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);

  return { ...state, reload };
}

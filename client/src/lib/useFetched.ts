import { useCallback, useEffect, useState } from 'react';

export interface Fetched<T> {
  /** The answer; null until the first one. */
  readonly data: T | null;
  readonly error: string | null;
  /** Asks the server again. */
  reload(): void;
}

/**
 * A facilitator's REST read with the board token: fetched when `token` is known and
 * whenever `key` changes, again on `reload()`, aborted when the component goes.
 */
export function useFetched<T>(
  load: (token: string, signal: AbortSignal) => Promise<T>,
  token: string | null,
  key: string,
): Fetched<T> {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data: T | null; error: string | null }>({
    data: null,
    error: null,
  });
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    load(token, controller.signal).then(
      (data) => setState({ data, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, token, tick]);

  return { ...state, reload };
}

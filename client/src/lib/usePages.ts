import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from './http.ts';

/** One page of a keyset-paged list, as the API answers it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface Pages<T> {
  /** The items loaded so far; null while the first page loads or when it failed. */
  readonly items: readonly T[] | null;
  /** Why the last request failed, or null. */
  readonly error: string | null;
  /** Whether there is a page after the ones loaded. */
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  loadMore(): void;
  /** Asks for the first page again (after an error, or a change). */
  retry(): void;
}

/** What was loaded for one key (and one attempt at it). */
interface Loaded<T> {
  readonly key: string;
  readonly items: readonly T[] | null;
  readonly cursor: string | null;
  readonly error: string | null;
  readonly loadingMore: boolean;
}

const message = (e: unknown) =>
  e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.';

/**
 * The pages of a list named by `key`: the first page whenever the key changes (the older
 * request aborted), then the following ones on `loadMore`, appended. What was loaded is
 * kept with the key it was for, so a new list shows nothing stale while it loads.
 */
export function usePages<T>(
  key: string,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
): Pages<T> {
  const [attempt, setAttempt] = useState(0);
  const pagesKey = `${key}#${attempt}`;
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    fetchPage(null, abort.signal).then(
      (page) =>
        setLoaded({
          key: pagesKey,
          items: page.items,
          cursor: page.nextCursor,
          error: null,
          loadingMore: false,
        }),
      (e: unknown) => {
        if (abort.signal.aborted) return;
        setLoaded({
          key: pagesKey,
          items: null,
          cursor: null,
          error: message(e),
          loadingMore: false,
        });
      },
    );
    return () => abort.abort();
    // `key` names the list; `fetchPage` is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pagesKey]);

  const current = loaded?.key === pagesKey ? loaded : null;

  const loadMore = useCallback(() => {
    const abort = controller.current;
    if (!current || current.cursor === null || current.loadingMore || abort === null) return;
    setLoaded({ ...current, loadingMore: true, error: null });
    fetchPage(current.cursor, abort.signal).then(
      (page) =>
        setLoaded((s) =>
          s?.key === pagesKey
            ? {
                ...s,
                items: [...(s.items ?? []), ...page.items],
                cursor: page.nextCursor,
                loadingMore: false,
              }
            : s,
        ),
      (e: unknown) => {
        if (abort.signal.aborted) return;
        setLoaded((s) =>
          s?.key === pagesKey ? { ...s, error: message(e), loadingMore: false } : s,
        );
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pagesKey, current]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return {
    items: current?.items ?? null,
    error: current?.error ?? null,
    hasMore: (current?.cursor ?? null) !== null,
    loadingMore: current?.loadingMore ?? false,
    loadMore,
    retry,
  };
}

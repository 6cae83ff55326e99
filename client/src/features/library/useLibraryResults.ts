import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostmortemListItem } from '@hindsight/shared';
import { ApiRequestError } from '../../lib/http.ts';
import { fetchPostmortems } from './libraryApi.ts';
import { formatLibraryView, type LibraryView } from './libraryView.ts';

export interface LibraryResults {
  /** The postmortems loaded so far; null while the first page loads or when it failed. */
  readonly items: readonly PostmortemListItem[] | null;
  /** Why the last request failed, or null. */
  readonly error: string | null;
  /** Whether there is a page after the ones loaded. */
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  loadMore(): void;
  /** Asks for the first page again (after an error). */
  retry(): void;
}

/** What was loaded for one view (and one attempt at it). */
interface Loaded {
  readonly key: string;
  readonly items: readonly PostmortemListItem[] | null;
  readonly cursor: string | null;
  readonly error: string | null;
  readonly loadingMore: boolean;
}

const message = (e: unknown) =>
  e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.';

/**
 * The library's pages for a view: the first page whenever the view changes (the older
 * request aborted), then the following ones on `loadMore`, appended. What was loaded is
 * kept with the view it was for, so a new view shows nothing stale while it loads.
 */
export function useLibraryResults(view: LibraryView): LibraryResults {
  const [attempt, setAttempt] = useState(0);
  const key = `${formatLibraryView(view)}#${attempt}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    fetchPostmortems(view, null, abort.signal).then(
      (page) =>
        setLoaded({
          key,
          items: page.items,
          cursor: page.nextCursor,
          error: null,
          loadingMore: false,
        }),
      (e: unknown) => {
        if (abort.signal.aborted) return;
        setLoaded({ key, items: null, cursor: null, error: message(e), loadingMore: false });
      },
    );
    return () => abort.abort();
    // `key` names the view; the view object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const current = loaded?.key === key ? loaded : null;

  const loadMore = useCallback(() => {
    const abort = controller.current;
    if (!current || current.cursor === null || current.loadingMore || abort === null) return;
    setLoaded({ ...current, loadingMore: true, error: null });
    fetchPostmortems(view, current.cursor, abort.signal).then(
      (page) =>
        setLoaded((s) =>
          s?.key === key
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
        setLoaded((s) => (s?.key === key ? { ...s, error: message(e), loadingMore: false } : s));
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, current]);

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

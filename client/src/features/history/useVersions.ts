import type { VersionList } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { fetchVersions } from '../../lib/api.ts';

export interface Versions {
  /** The history; null until the first answer. */
  readonly list: VersionList | null;
  readonly error: string | null;
  /** Asks the server again (after a restore, an undo or a redo). */
  reload(): void;
}

/** The board's versions, fetched when the history opens and again on demand. */
export function useVersions(boardId: string, token: string | null): Versions {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ list: VersionList | null; error: string | null }>({
    list: null,
    error: null,
  });
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    fetchVersions(boardId, token, controller.signal).then(
      (list) => setState({ list, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => controller.abort();
  }, [boardId, token, tick]);

  return { ...state, reload };
}

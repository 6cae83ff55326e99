import type { VersionList } from '@hindsight/shared';
import { fetchVersions } from '../../lib/api.ts';
import { useFetched } from '../../lib/useFetched.ts';

export interface Versions {
  /** The history; null until the first answer. */
  readonly list: VersionList | null;
  readonly error: string | null;
  /** Asks the server again (after a restore, an undo or a redo). */
  reload(): void;
}

/** The board's versions, fetched when the history opens and again on demand. */
export function useVersions(boardId: string, token: string | null): Versions {
  const { data, error, reload } = useFetched(
    (signal) => fetchVersions(boardId, token!, signal),
    token && `${boardId} ${token}`,
  );
  return { list: data, error, reload };
}

import type { BoardMembersResponse } from '@hindsight/shared';
import { fetchMembers } from '../../lib/api.ts';
import { useFetched } from '../../lib/useFetched.ts';

export interface Members {
  /** The board's members; null until the first answer. */
  readonly list: BoardMembersResponse | null;
  readonly error: string | null;
  /** Asks the server again (after a removal). */
  reload(): void;
}

/** The board's members, fetched when the dialog opens and again on demand. */
export function useMembers(boardId: string, token: string | null): Members {
  const { data, error, reload } = useFetched(
    (signal) => fetchMembers(boardId, token!, signal),
    token && `${boardId} ${token}`,
  );
  return { list: data, error, reload };
}

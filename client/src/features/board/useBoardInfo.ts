import { BoardIdSchema, type BoardInfo } from '@hindsight/shared';
import { useEffect, useState } from 'react';
import { ApiRequestError, fetchBoard } from '../../lib/api.ts';

export type BoardInfoState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly info: BoardInfo }
  | { readonly kind: 'failed'; readonly status: number; readonly message: string };

const LOADING: BoardInfoState = { kind: 'loading' };
const NOT_A_BOARD: BoardInfoState = { kind: 'failed', status: 404, message: 'not a board id' };

/**
 * Asks the server what this token may do on this board, before connecting. The second
 * value asks again (after a network error).
 */
export function useBoardInfo(boardId: string, token: string | null): [BoardInfoState, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; state: BoardInfoState } | null>(null);
  const valid = BoardIdSchema.safeParse(boardId).success;
  const key = `${boardId}#${token ?? ''}#${attempt}`;

  useEffect(() => {
    if (token === null || !valid) return;
    const controller = new AbortController();
    fetchBoard(boardId, token, controller.signal).then(
      (info) => setAnswer({ key, state: { kind: 'ready', info } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const { status, message } =
          error instanceof ApiRequestError
            ? error
            : { status: 0, message: 'Something went wrong.' };
        setAnswer({ key, state: { kind: 'failed', status, message } });
      },
    );
    return () => controller.abort();
  }, [boardId, token, valid, key]);

  const state = !valid ? NOT_A_BOARD : answer?.key === key ? answer.state : LOADING;
  return [state, () => setAttempt((n) => n + 1)];
}

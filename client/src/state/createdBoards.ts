/**
 * The create-board answer, kept for the facilitator who created the board so the board
 * page can offer the participant and observer links. Scope: session (sessionStorage,
 * this tab only): the tokens are secrets and should not outlive the tab.
 */
import {
  CreateBoardResponseSchema,
  type CreateBoardResponse,
  type RotateLinksResponse,
} from '@hindsight/shared';

const key = (boardId: string) => `hindsight:board:${boardId}`;

export function rememberCreatedBoard(board: CreateBoardResponse): void {
  try {
    sessionStorage.setItem(key(board.id), JSON.stringify(board));
  } catch {
    // storage disabled: the share menu will only offer the current link
  }
}

export function recallCreatedBoard(boardId: string): CreateBoardResponse | null {
  try {
    const raw = sessionStorage.getItem(key(boardId));
    if (!raw) return null;
    const parsed = CreateBoardResponseSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.id === boardId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Folds replaced links into the remembered board; returns the updated board. */
export function rememberRotatedLinks(
  board: CreateBoardResponse,
  rotated: RotateLinksResponse,
): CreateBoardResponse {
  const next: CreateBoardResponse = {
    ...board,
    tokens: { ...board.tokens, ...rotated.tokens },
    links: { ...board.links, ...rotated.links },
  };
  rememberCreatedBoard(next);
  return next;
}

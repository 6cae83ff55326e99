/**
 * The link tokens this tab knows for a board: all of them in the tab that created it, and
 * any link made anew from Share in this tab. The server keeps only their hashes, so no
 * other tab can be shown them; a facilitator elsewhere makes new ones. Scope: session
 * (sessionStorage, this tab only): the tokens are secrets and should not outlive the tab.
 */
import { RoleSchema, type CreateBoardResponse, type Role } from '@hindsight/shared';
import { z } from 'zod';

export type KnownTokens = Partial<Record<Role, string>>;

/** What is kept: the create-board answer in the tab that created the board, else the tokens alone. */
const KeptSchema = z.looseObject({ tokens: z.partialRecord(RoleSchema, z.string().min(1)) });

const key = (boardId: string) => `hindsight:board:${boardId}`;

function read(boardId: string): z.infer<typeof KeptSchema> | null {
  try {
    const raw = sessionStorage.getItem(key(boardId));
    const parsed = raw ? KeptSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The tokens this tab knows for the board; none when storage is off or holds nothing valid. */
export function recallTokens(boardId: string): KnownTokens {
  return read(boardId)?.tokens ?? {};
}

/** Adds `tokens` to what this tab knows of the board (a new one replaces the old); returns all. */
export function rememberTokens(boardId: string, tokens: KnownTokens): KnownTokens {
  const kept = read(boardId);
  const next = { ...kept?.tokens, ...tokens };
  // A created board's `links` would name the old tokens: they are dropped with them.
  write(boardId, { ...kept, links: undefined, tokens: next });
  return next;
}

export function rememberCreatedBoard(board: CreateBoardResponse): void {
  write(board.id, board);
}

function write(boardId: string, value: unknown): void {
  try {
    sessionStorage.setItem(key(boardId), JSON.stringify(value));
  } catch {
    // storage disabled: Share shows what it has until the tab closes
  }
}

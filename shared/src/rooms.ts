/**
 * Sync room names. The board doc's room is the board id; the board's other docs are
 * `<board id>/<name>` (DESIGN.md, public contract).
 */
import { z } from 'zod';
import { MemberIdSchema } from './member.ts';
import { idSchema } from './ids.ts';

/** Board ids: 16 letters and digits from {@link randomId}; the regex allows some slack. */
export const BoardIdSchema = idSchema('a board id');
export type BoardId = z.infer<typeof BoardIdSchema>;

export const DOC_KINDS = ['board', 'facilitation', 'private'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** The kinds a board has exactly one of; `private` has one per member. */
type SharedDocKind = Exclude<DocKind, 'private'>;

export type RoomRef =
  | { readonly boardId: BoardId; readonly kind: SharedDocKind }
  | { readonly boardId: BoardId; readonly kind: 'private'; readonly memberId: string };

const PRIVATE_PREFIX = 'private-';

/** The room name of one of a board's shared docs. */
export function roomName(boardId: BoardId, kind: SharedDocKind = 'board'): string {
  return kind === 'board' ? boardId : `${boardId}/${kind}`;
}

/** The room name of a member's private doc (see member.ts). */
export function privateRoomName(boardId: BoardId, memberId: string): string {
  return `${boardId}/${PRIVATE_PREFIX}${memberId}`;
}

/** Parses a room name; null for anything that is not one of ours. */
export function parseRoom(name: string): RoomRef | null {
  const parts = name.split('/');
  if (parts.length > 2) return null;
  const [id, suffix] = parts;
  if (!BoardIdSchema.safeParse(id).success) return null;
  const boardId = id as BoardId;
  if (suffix === undefined) return { boardId, kind: 'board' };
  if (suffix === 'facilitation') return { boardId, kind: 'facilitation' };
  if (suffix.startsWith(PRIVATE_PREFIX)) {
    const memberId = suffix.slice(PRIVATE_PREFIX.length);
    return MemberIdSchema.safeParse(memberId).success
      ? { boardId, kind: 'private', memberId }
      : null;
  }
  return null;
}

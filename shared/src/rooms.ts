/**
 * Sync room names. The board doc's room is the board id; the board's other docs are
 * `<board id>/<name>` (DESIGN.md, public contract).
 */
import { z } from 'zod';

/** Board ids: 16 letters and digits from {@link randomId}; the regex allows some slack. */
export const BoardIdSchema = z.string().regex(/^[A-Za-z0-9]{8,32}$/, 'not a board id');
export type BoardId = z.infer<typeof BoardIdSchema>;

export const DOC_KINDS = ['board', 'facilitation'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface RoomRef {
  readonly boardId: BoardId;
  readonly kind: DocKind;
}

/** The room name of one of a board's docs. */
export function roomName(boardId: BoardId, kind: DocKind = 'board'): string {
  return kind === 'board' ? boardId : `${boardId}/${kind}`;
}

/** Parses a room name; null for anything that is not one of ours. */
export function parseRoom(name: string): RoomRef | null {
  const parts = name.split('/');
  if (parts.length > 2) return null;
  const [id, kind = 'board'] = parts;
  if (!BoardIdSchema.safeParse(id).success) return null;
  // The board doc has no suffix: `<id>/board` is not a second name for it.
  if (parts.length === 2 && (kind === 'board' || !isDocKind(kind))) return null;
  return { boardId: id as BoardId, kind: kind as DocKind };
}

function isDocKind(value: string): value is DocKind {
  return (DOC_KINDS as readonly string[]).includes(value);
}

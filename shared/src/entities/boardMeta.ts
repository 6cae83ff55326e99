/**
 * Board meta: the facts about the board itself. Scope: document (board doc).
 * Written by the server when the board is created; the title is editable afterwards.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { metaMap, readSchemaVersion } from '../doc/layout.ts';

export const BoardTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the postmortem a title')
  .max(200, 'A title has at most 200 characters');

export const BoardMetaSchema = z.object({
  /** What the postmortem is about, usually the incident's headline. */
  title: BoardTitleSchema,
  /** The template the board was created from. */
  template: z.string(),
  /** Creation time, ms since the epoch (server clock). */
  createdAt: z.number().int().nonnegative(),
  /** Layout version the doc was written with; see doc/migrations.ts. */
  schemaVersion: z.number().int().nonnegative(),
});
export type BoardMeta = z.infer<typeof BoardMetaSchema>;

/** Writes the initial meta of a new board. Server only, before the first sync. */
export function initBoardMeta(
  doc: Y.Doc,
  meta: Pick<BoardMeta, 'title' | 'template' | 'createdAt'>,
  origin?: unknown,
): void {
  const parsed = BoardMetaSchema.omit({ schemaVersion: true }).parse(meta);
  doc.transact(() => {
    const map = metaMap(doc);
    map.set('title', parsed.title);
    map.set('template', parsed.template);
    map.set('createdAt', parsed.createdAt);
  }, origin);
}

/** The board meta, or null while the doc has not been synced or holds garbage. */
export function readBoardMeta(doc: Y.Doc): BoardMeta | null {
  const map = metaMap(doc);
  const result = BoardMetaSchema.safeParse({
    title: map.get('title'),
    template: map.get('template'),
    createdAt: map.get('createdAt'),
    schemaVersion: readSchemaVersion(doc),
  });
  return result.success ? result.data : null;
}

/** Renames the board. */
export function renameBoard(doc: Y.Doc, title: string, origin?: unknown): void {
  const parsed = BoardTitleSchema.parse(title);
  doc.transact(() => metaMap(doc).set('title', parsed), origin);
}

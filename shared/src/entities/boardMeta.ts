/**
 * Board meta: the facts about the board itself. Scope: the server's board row, set when
 * the board is created and out of every participant's reach (no doc holds them). The
 * REST API hands them to the browser (`GET /api/boards/:id`) and the export reads them
 * from the row.
 */
import { z } from 'zod';

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
});
export type BoardMeta = z.infer<typeof BoardMetaSchema>;

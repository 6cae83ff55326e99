/**
 * REST payloads of a board's history: the versions the server keeps, and restoring one
 * (README, "Public contract"). Facilitator only.
 */
import { z } from 'zod';

/**
 * Why a version was taken: the session moved to another phase, the cards were about to
 * be revealed, the board had been edited for a while, a restore (or its undo or redo)
 * was about to change it, or the board closed after edits.
 */
export const VERSION_REASONS = ['phase', 'reveal', 'edits', 'restore', 'closed'] as const;
export const VersionReasonSchema = z.enum(VERSION_REASONS);
export type VersionReason = z.infer<typeof VersionReasonSchema>;

/** Version ids: 16 letters and digits from `randomId`. */
export const VersionIdSchema = z.string().regex(/^[A-Za-z0-9]{16}$/, 'not a version id');

export const AreaChangeSchema = z.object({
  /** The part of the board (a top-level type of the board doc). */
  area: z.string(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});

/** One version as the history lists it. */
export const VersionInfoSchema = z.object({
  id: VersionIdSchema,
  /** When it was taken, ms since the epoch. */
  takenAt: z.number().int().nonnegative(),
  reason: VersionReasonSchema,
  /** What happened then, e.g. "Moved to Discuss" or "Before a restore". */
  label: z.string(),
  /** Stored size, bytes. */
  bytes: z.number().int().nonnegative(),
  /** What changed since the version before it (from an empty board for the first). */
  changes: z.array(AreaChangeSchema),
  /** The same in one line: "3 cards moved, 1 action deleted, timeline: 12 events removed". */
  summary: z.string(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

/** Whether the last restores can be undone or redone right now. */
export const RestoreStackSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type RestoreStack = z.infer<typeof RestoreStackSchema>;

/** `GET /api/boards/:id/versions`: newest first. */
export const VersionListSchema = z.object({
  versions: z.array(VersionInfoSchema),
  restores: RestoreStackSchema,
});
export type VersionList = z.infer<typeof VersionListSchema>;

/** Answer of a restore, an undo or a redo: the restores' stack afterwards. */
export const RestoreResponseSchema = z.object({
  restores: RestoreStackSchema,
});
export type RestoreResponse = z.infer<typeof RestoreResponseSchema>;

/** `GET /api/boards/:id/versions/:versionId/preview?format=html|markdown`. */
export const VersionPreviewQuerySchema = z.strictObject({
  format: z.enum(['html', 'markdown']).default('html'),
});

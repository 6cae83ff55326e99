/**
 * The action ledger as its page and scripts see it: `GET /api/actions` (every action of
 * every postmortem the caller may see, filtered and paged), `PATCH /api/actions/:id` (a
 * status, owner or due change, applied to the board doc by the server so everyone on the
 * board sees it live) and `GET /api/actions/:id/history`. The server keeps the ledger
 * from its own copy of the board docs, never from what a client claims.
 */
import { z } from 'zod';
import { ACTION_PRIORITIES } from '../export/document.ts';
import { DEFAULT_SEVERITIES } from '../entities/incident.ts';
import { BoardIdSchema } from '../rooms.ts';
import { ACTION_ITEM_STATUSES, ACTION_REASON_MAX } from './status.ts';
import { ID_CHARS } from '../ids.ts';

/** Actions per page of `GET /api/actions`, unless `limit` asks otherwise. */
export const ACTION_PAGE_SIZE = 50;
/** The most actions one page may hold. */
export const ACTION_PAGE_MAX = 200;
/** The longest owner filter. */
const OWNER_FILTER_MAX = 80;

/** A page's position, opaque to clients: after the action with this due key and ids. */
export const ActionCursorSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{4}-\\d{2}-\\d{2}\\.[A-Za-z0-9_-]{1,64}\\.${ID_CHARS}$`),
    'not a page cursor',
  );

const Flag = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((v) => v === 'true');

export const ActionQuerySchema = z
  .strictObject({
    /** `me` for the signed-in person, else a name in the owner text (any case). */
    owner: z.string().trim().min(1, 'owner must not be blank').max(OWNER_FILTER_MAX).optional(),
    status: z.enum(ACTION_ITEM_STATUSES).optional(),
    /** true: not resolved and due before today (UTC); false: the others. */
    overdue: Flag.optional(),
    /** Due on or after this date; with `dueTo`, "due this week". */
    dueFrom: z.iso.date().optional(),
    dueTo: z.iso.date().optional(),
    severity: z.enum(DEFAULT_SEVERITIES).optional(),
    /** A service the incident touched, any case. */
    service: z.string().trim().min(1).max(200).optional(),
    /** One postmortem (board id). */
    postmortem: BoardIdSchema.optional(),
    cursor: ActionCursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(ACTION_PAGE_MAX).default(ACTION_PAGE_SIZE),
  })
  .refine((v) => !v.dueFrom || !v.dueTo || v.dueFrom <= v.dueTo, {
    message: '`dueFrom` must not be after `dueTo`',
    path: ['dueTo'],
  });
export type ActionQuery = z.infer<typeof ActionQuerySchema>;

export const LedgerActionSchema = z.object({
  /** The action's id in its board. */
  id: z.string(),
  boardId: BoardIdSchema,
  postmortemTitle: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  /** The workspace person the owner names, when chosen from people. */
  ownerPersonId: z.string().nullable(),
  due: z.iso.date().nullable(),
  priority: z.enum(ACTION_PRIORITIES).nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  reason: z.string().nullable(),
  /** A won't do the facilitator or an admin accepted. */
  accepted: z.boolean(),
  /** Done, or an accepted won't do. */
  resolved: z.boolean(),
  /** The ticket's link, when filed. */
  ticket: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  severity: z.enum(DEFAULT_SEVERITIES).nullable(),
  services: z.array(z.string()),
});
export type LedgerAction = z.infer<typeof LedgerActionSchema>;

export interface ActionListResponse {
  readonly items: LedgerAction[];
  /** The `cursor` of the next page; null on the last. */
  readonly nextCursor: string | null;
}

/** `PATCH /api/actions/:id`: absent fields stay; null clears the owner or the due date. */
export const ActionPatchSchema = z
  .strictObject({
    status: z.enum(ACTION_ITEM_STATUSES).optional(),
    /** Why it is blocked or won't be done; required with those statuses. */
    reason: z.string().max(ACTION_REASON_MAX).optional(),
    /** Accept a won't do (the facilitator or an admin). */
    accept: z.literal(true).optional(),
    owner: z.string().max(80).nullable().optional(),
    /** A workspace person as the owner: their name becomes the owner text. */
    ownerPersonId: z.string().min(1).max(64).nullable().optional(),
    due: z.iso.date().nullable().optional(),
    /** The status the caller saw: a different one answers 409, nothing changed. */
    expectedStatus: z.enum(ACTION_ITEM_STATUSES).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'expectedStatus'), {
    message: 'Nothing to change: send status, reason, accept, owner, ownerPersonId or due.',
  });
export type ActionPatch = z.infer<typeof ActionPatchSchema>;

/** One change in an action's history. */
export const ActionHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  field: z.enum(['status', 'owner', 'due', 'reason', 'accepted']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Who: a person's name, a board member's shown name, an API token, or an issue tracker. */
  by: z.object({
    kind: z.enum(['person', 'member', 'token', 'tracker', 'unknown']),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  /** Where: the ledger (REST), live on the board, or the issue filed in a tracker. */
  via: z.enum(['api', 'board', 'tracker']),
});
export type ActionHistoryEntry = z.infer<typeof ActionHistoryEntrySchema>;

/** `GET /api/actions/:id/history`: the action's changes, oldest first. */
export const ActionHistoryResponseSchema = z.object({ items: z.array(ActionHistoryEntrySchema) });
export type ActionHistoryResponse = z.infer<typeof ActionHistoryResponseSchema>;

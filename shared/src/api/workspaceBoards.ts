/**
 * The workspace's boards as its pages see them: the list on the home page
 * (`GET /api/boards`) and opening a board without its links (`POST /api/boards/:id/access`).
 */
import { z } from 'zod';
import { RoleSchema } from '../roles.ts';
import { BoardIdSchema } from '../rooms.ts';

/** Boards per page of `GET /api/boards`, unless `limit` asks for fewer or more. */
export const BOARD_PAGE_SIZE = 20;
/** The most boards one page may hold. */
export const BOARD_PAGE_MAX = 100;

/** A page's position: the creation time and id of the last board of the page before. */
const CursorSchema = z.string().regex(/^\d{1,16}\.[A-Za-z0-9_-]{1,64}$/, 'not a page cursor');

export const BoardListQuerySchema = z.strictObject({
  /** The `next` of the page before; absent for the first page. */
  after: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(BOARD_PAGE_MAX).default(BOARD_PAGE_SIZE),
});
export type BoardListQuery = z.infer<typeof BoardListQuerySchema>;

/** Who created a board: a person, an API token, or nobody known (adopted from before). */
export const BoardCreatorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: z.string(), name: z.string().nullable() }),
  z.object({ kind: z.literal('token'), id: z.string() }),
  z.object({ kind: z.literal('adopted') }),
]);
export type BoardCreator = z.infer<typeof BoardCreatorSchema>;

export const BoardSummarySchema = z.object({
  id: BoardIdSchema,
  title: z.string(),
  /** ms since the epoch */
  createdAt: z.number(),
  /** Where the meeting is: "Preparing", the current phase's name, or "Finished"; null until known. */
  phase: z.string().nullable(),
  /** The names the board's facilitators showed, in the order they came. */
  facilitators: z.array(z.string()),
  createdBy: BoardCreatorSchema,
});
export type BoardSummary = z.infer<typeof BoardSummarySchema>;

/** `GET /api/boards`: newest first; `next` is the cursor of the following page, null at the end. */
export const BoardListResponseSchema = z.object({
  boards: z.array(BoardSummarySchema),
  next: z.string().nullable(),
});
export type BoardListResponse = z.infer<typeof BoardListResponseSchema>;

export const BoardAccessRequestSchema = z.strictObject({ role: RoleSchema });
export type BoardAccessRequest = z.infer<typeof BoardAccessRequestSchema>;

/**
 * `POST /api/boards/:id/access`: a token standing in for a board link, good only together
 * with the session cookie of the person who asked, and only while their role allows it.
 */
export const BoardAccessResponseSchema = z.object({
  id: BoardIdSchema,
  role: RoleSchema,
  token: z.string(),
  /** The board's page with the token in its fragment, on this server. */
  path: z.string(),
});
export type BoardAccessResponse = z.infer<typeof BoardAccessResponseSchema>;

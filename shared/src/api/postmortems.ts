/**
 * The postmortem library as its pages and scripts see it: `GET /api/postmortems` (every
 * postmortem of the workspace, filtered, searched and paged) and
 * `GET /api/postmortems/:id/similar` (the past postmortems most like one). The server
 * keeps the index from its own copy of the board docs; nothing unrevealed and no card
 * author is ever in it.
 */
import { z } from 'zod';
import { DEFAULT_SEVERITIES } from '../entities/incident.ts';
import { POSTMORTEM_STATUSES } from '../entities/postmortemStatus.ts';
import { BoardIdSchema } from '../rooms.ts';

/** Postmortems per page of `GET /api/postmortems`, unless `limit` asks otherwise. */
export const POSTMORTEM_PAGE_SIZE = 20;
/** The most postmortems one page may hold. */
export const POSTMORTEM_PAGE_MAX = 100;
/** The longest search text: longer is a paste, not a query. */
export const POSTMORTEM_QUERY_MAX = 500;
/** The longest value of a facet filter (service, tag, owner). */
export const POSTMORTEM_FACET_MAX = 200;
/** How many similar postmortems `GET /api/postmortems/:id/similar` answers at most. */
export const SIMILAR_COUNT = 5;

/**
 * The orders the library can be listed in. `relevance` (best match first) only while
 * searching, and then the default; `incident` (newest incident first) otherwise.
 * `severity` is SEV1 first, `open-actions` most open actions first, both then newest;
 * `updated` is the last change anyone made to the postmortem, latest first; `title` is
 * alphabetical, case-insensitive.
 */
export const POSTMORTEM_SORTS = [
  'relevance',
  'incident',
  'incident-asc',
  'severity',
  'title',
  'open-actions',
  'updated',
] as const;
export type PostmortemSort = (typeof POSTMORTEM_SORTS)[number];

/** The order a page is in when `sort` is not given: best match while searching, else newest. */
export function defaultSort(searching: boolean): PostmortemSort {
  return searching ? 'relevance' : 'incident';
}

/** The longest page cursor: it holds a title for the `title` order. */
export const POSTMORTEM_CURSOR_MAX = 2048;

/**
 * A page's position, opaque to clients (base64url): the order it belongs to, the sort
 * keys of the page's last postmortem and its id. Only the server reads it.
 */
export const PostmortemCursorSchema = z
  .string()
  .regex(new RegExp(`^[A-Za-z0-9_-]{1,${POSTMORTEM_CURSOR_MAX}}$`), 'not a page cursor');

const facet = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} must not be blank`)
    .max(POSTMORTEM_FACET_MAX, `${label} has at most ${POSTMORTEM_FACET_MAX} characters`);

/** A calendar date (`2026-11-03`) or an instant (`2026-11-03T14:02:00Z`). */
const DateParam = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO date (2026-11-03) or date and time (2026-11-03T14:02:00Z)',
});

export const PostmortemQuerySchema = z
  .strictObject({
    /** Search text in web-search syntax: words, "exact phrase", -exclude, OR. */
    q: z.string().max(POSTMORTEM_QUERY_MAX).optional(),
    status: z.enum(POSTMORTEM_STATUSES).optional(),
    severity: z.enum(DEFAULT_SEVERITIES).optional(),
    /** A service the incident touched, matched case-insensitively. */
    service: facet('service').optional(),
    /** A contributing-factor tag, matched case-insensitively. */
    tag: facet('tag').optional(),
    /** One of the postmortem's owners, by name, matched case-insensitively. */
    owner: facet('owner').optional(),
    /** Incidents from this date or instant on (a date means its start, UTC). */
    from: DateParam.optional(),
    /** Incidents up to this date or instant (a date means its whole day, UTC). */
    to: DateParam.optional(),
    /** The order; {@link defaultSort} unless given. */
    sort: z.enum(POSTMORTEM_SORTS).optional(),
    cursor: PostmortemCursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(POSTMORTEM_PAGE_MAX).default(POSTMORTEM_PAGE_SIZE),
  })
  .refine((v) => !v.from || !v.to || dateBound(v.from, 'from') <= dateBound(v.to, 'to'), {
    message: '`from` must not be after `to`',
    path: ['to'],
  })
  .refine((v) => v.sort !== 'relevance' || (v.q ?? '').trim() !== '', {
    message: '`relevance` orders search results only: give `q`, or another sort',
    path: ['sort'],
  });
export type PostmortemQuery = z.infer<typeof PostmortemQuerySchema>;

/** A `from`/`to` parameter as ms: a date starts at its UTC midnight, `to` ends at its last ms. */
export function dateBound(value: string, side: 'from' | 'to'): number {
  if (value.length > 10) return Date.parse(value);
  const start = Date.parse(`${value}T00:00:00Z`);
  return side === 'from' ? start : start + 86_400_000 - 1;
}

/**
 * A stretch of the snippet: the hits are marked by `hit`, never by markup, so a client
 * renders the parts as text and a card's `<script>` stays text.
 */
export const SnippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

/** What names a postmortem in a list: the same in the library and in similar incidents. */
const PostmortemHeadingSchema = z.object({
  id: BoardIdSchema,
  title: z.string(),
  severity: z.enum(DEFAULT_SEVERITIES).nullable(),
  status: z.enum(POSTMORTEM_STATUSES),
  /** When the incident started (else was detected, else the board was made), ISO. */
  incidentAt: z.iso.datetime(),
});

export const PostmortemListItemSchema = PostmortemHeadingSchema.extend({
  services: z.array(z.string()),
  /** The contributing factors named in the discussions. */
  tags: z.array(z.string()),
  openActions: z.number().int().nonnegative(),
  /** Open actions whose due date has passed (UTC). */
  overdueActions: z.number().int().nonnegative(),
  /** The postmortem owners' names, comma-separated; null until agreed. */
  owner: z.string().nullable(),
  /** A short text around the best hit; empty without a search. */
  snippet: z.array(SnippetPartSchema),
  /** Where the snippet comes from ("Root cause, cluster 'Alerting gaps'"); null without a search. */
  where: z.string().nullable(),
  /** Relevance, higher is better; null without a search. */
  score: z.number().nullable(),
});
export type PostmortemListItem = z.infer<typeof PostmortemListItemSchema>;

/** `GET /api/postmortems`: in the order `sort` asks, else best match first with `q`, else newest incident first. */
export const PostmortemListResponseSchema = z.object({
  items: z.array(PostmortemListItemSchema),
  /** The cursor of the following page; null at the end. */
  nextCursor: z.string().nullable(),
});
export type PostmortemListResponse = z.infer<typeof PostmortemListResponseSchema>;

export const SimilarPostmortemSchema = PostmortemHeadingSchema.extend({
  /** Its marked root causes. */
  rootCauses: z.array(z.string()),
  /** Its action items: how many, and how many are done. */
  actions: z.object({ total: z.number().int(), done: z.number().int() }),
  /** What the two share: services, tags and words, most telling first. */
  why: z.array(z.string()),
  score: z.number(),
});
export type SimilarPostmortem = z.infer<typeof SimilarPostmortemSchema>;

/** `GET /api/postmortems/:id/similar`: most similar first, at most {@link SIMILAR_COUNT}. */
export const SimilarPostmortemsResponseSchema = z.object({
  items: z.array(SimilarPostmortemSchema),
});
export type SimilarPostmortemsResponse = z.infer<typeof SimilarPostmortemsResponseSchema>;

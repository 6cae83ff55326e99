/**
 * Issue trackers (GitHub, Jira, Linear): a workspace-level connection per tracker, kept
 * by admins; a target per postmortem (the repository, the Jira project and issue type, or
 * the Linear team), chosen by its facilitator or an admin; and an issue filed from an
 * action, whose status the server then keeps in step with the action's. Tokens and
 * webhook secrets are written, never read back: a connection answers whether it has them.
 */
import { z } from 'zod';

export const TRACKER_KINDS = ['github', 'jira', 'linear'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const TrackerKindSchema = z.enum(TRACKER_KINDS, {
  error: `A tracker is one of ${TRACKER_KINDS.join(', ')}`,
});

/** How each tracker is named to people. */
export const TRACKER_LABELS: Record<TrackerKind, string> = {
  github: 'GitHub',
  jira: 'Jira',
  linear: 'Linear',
};

/** Where each tracker's API answers unless the connection says otherwise (Jira: the site). */
export const TRACKER_DEFAULT_URLS: Record<TrackerKind, string | null> = {
  github: 'https://api.github.com',
  jira: null,
  linear: 'https://api.linear.app/graphql',
};

/** Shortest webhook secret accepted: 128 bits as hex. */
export const WEBHOOK_SECRET_MIN = 32;

const HttpUrl = z
  .url({ error: 'must be an absolute http(s) URL' })
  .max(500)
  .refine((s) => /^https?:\/\//.test(s), 'must be an http:// or https:// URL')
  .transform((s) => s.replace(/\/+$/, ''));

/**
 * `PUT /api/trackers/:kind`: the connection, replaced whole. The token and the webhook
 * secret may be left out to keep the stored ones (changing only the URL, say).
 */
export const TrackerConnectionInputSchema = z.strictObject({
  /** The API's base URL; the tracker's public one when absent (Jira needs its site). */
  baseUrl: HttpUrl.optional(),
  /** Jira: the account's email, which Jira's basic auth pairs with the API token. */
  email: z.email().max(200).optional(),
  /** The API token (GitHub, Jira) or API key (Linear). */
  token: z.string().trim().min(1).max(1000).optional(),
  /** The secret the tracker signs its webhooks with. */
  webhookSecret: z
    .string()
    .min(WEBHOOK_SECRET_MIN, `webhookSecret has at least ${WEBHOOK_SECRET_MIN} characters`)
    .max(200)
    .optional(),
});
export type TrackerConnectionInput = z.infer<typeof TrackerConnectionInputSchema>;

/** A connection as the API answers it: never its token or its secret. */
export const TrackerConnectionViewSchema = z.object({
  kind: TrackerKindSchema,
  baseUrl: z.string(),
  email: z.string().nullable(),
  hasToken: z.boolean(),
  hasWebhookSecret: z.boolean(),
  /** The path to give the tracker as its webhook URL, after the server's origin. */
  webhookPath: z.string(),
  updatedAt: z.iso.datetime(),
});
export type TrackerConnectionView = z.infer<typeof TrackerConnectionViewSchema>;

export const TrackerConnectionsResponseSchema = z.object({
  items: z.array(TrackerConnectionViewSchema),
});
export type TrackerConnectionsResponse = z.infer<typeof TrackerConnectionsResponseSchema>;

/** `owner/name`, as GitHub spells a repository. */
const Repository = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, 'a repository is owner/name');

/** Where a postmortem's issues go: `PUT /api/boards/:id/tracker`. */
export const TrackerTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('github'), repository: Repository }),
    z.strictObject({
      kind: z.literal('jira'),
      /** The project's key, as `OPS`. */
      project: z
        .string()
        .trim()
        .regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'a Jira project key is like OPS'),
      /** The issue type's name, as `Task`. */
      issueType: z.string().trim().min(1).max(100).default('Task'),
    }),
    z.strictObject({
      kind: z.literal('linear'),
      /** The team's id (a UUID in Linear). */
      teamId: z.string().trim().min(1).max(100),
    }),
  ],
  { error: `kind is one of ${TRACKER_KINDS.join(', ')}` },
);
export type TrackerTarget = z.infer<typeof TrackerTargetSchema>;

export const TrackerTargetResponseSchema = z.object({
  /** Null until someone chose one. */
  target: TrackerTargetSchema.nullable(),
  /** Whether the caller may change it: the postmortem's facilitator or an admin. */
  mayChange: z.boolean(),
  /**
   * After a change, when the tracker could not confirm the target (saved all the same):
   * the tracker, the cause and what to check.
   */
  problem: z.string().optional(),
});
export type TrackerTargetResponse = z.infer<typeof TrackerTargetResponseSchema>;

/** `POST /api/trackers/:kind/test`: whether the saved connection works (admins only). */
export const TrackerTestResponseSchema = z.object({
  ok: z.boolean(),
  /** Whom the token signs in as, or the tracker, the cause and what to check. */
  message: z.string(),
  /** The tracker's own words about a failure, kept from everyone but admins; null if none. */
  detail: z.string().nullable(),
});
export type TrackerTestResponse = z.infer<typeof TrackerTestResponseSchema>;

/** The issue filed for an action: `POST /api/actions/:id/issue` answers it. */
export const TrackerIssueSchema = z.object({
  kind: TrackerKindSchema,
  /** The issue as people name it: `#12`, `OPS-7`, `ENG-42`. */
  key: z.string(),
  /** The issue's page. */
  url: z.string(),
  /** Open or closed in the tracker, as last heard. */
  state: z.enum(['open', 'closed']),
});
export type TrackerIssue = z.infer<typeof TrackerIssueSchema>;

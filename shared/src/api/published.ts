/**
 * The published postmortem: the read-only page of a workspace board at `/postmortems/:id`
 * (`GET /api/postmortems/:id/published`), and its optional public share link, read
 * without an account at `/p/<token>` (`GET /api/public/<token>`). Both carry the same
 * {@link PostmortemDocument} as the JSON export; the page renders it with the export's
 * HTML renderer.
 */
import { z } from 'zod';
import { PostmortemDocumentSchema } from '../export/document.ts';

/** Whether a postmortem has a public link; the link itself is shown once, when made. */
export const PublicLinkStatusSchema = z.object({
  exists: z.boolean(),
  /** ms since the epoch; null without a link. */
  createdAt: z.number().nullable(),
  /** The name of the person who made it; null without a link, or when unknown. */
  createdBy: z.string().nullable(),
});
export type PublicLinkStatus = z.infer<typeof PublicLinkStatusSchema>;

/** `GET /api/postmortems/:id/published` (rule `boards.read`). */
export const PublishedPostmortemSchema = z.object({
  document: PostmortemDocumentSchema,
  publicLink: PublicLinkStatusSchema,
});
export type PublishedPostmortem = z.infer<typeof PublishedPostmortemSchema>;

/** `POST /api/postmortems/:id/public-link`: the new link, in this answer only. */
export const PublicLinkCreatedSchema = z.object({
  url: z.string(),
  status: PublicLinkStatusSchema,
});
export type PublicLinkCreated = z.infer<typeof PublicLinkCreatedSchema>;

/** `GET /api/public/<token>`: the published document and nothing else. */
export const PublicPostmortemSchema = z.object({ document: PostmortemDocumentSchema });
export type PublicPostmortem = z.infer<typeof PublicPostmortemSchema>;

/** A public link's token as the path carries it: 43 base64url characters (256 bits). */
export const PublicTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a public link');

/** The page path of a public link. */
export function publicLinkPath(token: string): string {
  return `/p/${token}`;
}

/** The page path of a published postmortem, with the words to mark when given. */
export function publishedPath(boardId: string, highlight = ''): string {
  const words = highlight.trim();
  const query = words === '' ? '' : `?highlight=${encodeURIComponent(words)}`;
  return `/postmortems/${encodeURIComponent(boardId)}${query}`;
}

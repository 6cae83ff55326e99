/**
 * The published postmortem over REST: the workspace's page (`GET /api/postmortems/:id/published`),
 * its public link (`POST`/`DELETE /api/postmortems/:id/public-link`), and the page a public
 * link opens (`GET /api/public/<token>`), which sends no cookie-bound credential at all.
 */
import {
  PublicLinkCreatedSchema,
  PublicPostmortemSchema,
  PublishedPostmortemSchema,
  type PublicLinkCreated,
  type PublicPostmortem,
  type PublishedPostmortem,
} from '@hindsight/shared';
import { request, send } from '../../lib/http.ts';
import { withCsrf } from '../../lib/session.ts';

const linkUrl = (id: string) => `/api/postmortems/${encodeURIComponent(id)}/public-link`;

export function fetchPublished(id: string, signal?: AbortSignal): Promise<PublishedPostmortem> {
  return request(
    `/api/postmortems/${encodeURIComponent(id)}/published`,
    { cache: 'no-store', signal: signal ?? null },
    PublishedPostmortemSchema,
  );
}

export function fetchPublic(token: string, signal?: AbortSignal): Promise<PublicPostmortem> {
  return request(
    `/api/public/${encodeURIComponent(token)}`,
    { cache: 'no-store', credentials: 'omit', signal: signal ?? null },
    PublicPostmortemSchema,
  );
}

export function createPublicLink(id: string): Promise<PublicLinkCreated> {
  return request(linkUrl(id), withCsrf({ method: 'POST' }), PublicLinkCreatedSchema);
}

export async function revokePublicLink(id: string): Promise<void> {
  await send(linkUrl(id), withCsrf({ method: 'DELETE' }));
}

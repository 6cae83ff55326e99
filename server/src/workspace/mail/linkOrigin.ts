/**
 * The origin of the links Hindsight mails. An admin's page asks for an invitation from the
 * server it is on, so its origin names this server, as with board links. A password reset
 * is asked for by anyone: its Host header is whatever the asker sent, and a link to their
 * site carrying someone's reset token would hand them that account. So a reset link names
 * only an origin the server can vouch for: PUBLIC_URL, one listed in ALLOWED_ORIGINS, or
 * the very address and port the request arrived on (an IP address, or `localhost`).
 */
import { isIP } from 'node:net';

/** What the choice needs of a request (Fastify's `request.protocol`, `.host`, `.socket`). */
export interface LinkRequest {
  readonly protocol: string;
  readonly host: string | undefined;
  /** The address and port the connection arrived on. */
  readonly localAddress: string | undefined;
  readonly localPort: number | undefined;
}

/** PUBLIC_URL, else the request's origin: links for a signed-in person's own page. */
export function pageLinkOrigin(publicUrl: string | undefined, request: LinkRequest): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/** The origin for a link mailed at an unknown asker's request, or null when none is safe. */
export function vouchedLinkOrigin(
  publicUrl: string | undefined,
  allowedOrigins: readonly string[],
  request: LinkRequest,
): string | null {
  if (publicUrl) return publicUrl;
  let url: URL;
  try {
    url = new URL(`${request.protocol}://${request.host ?? ''}`);
  } catch {
    return null;
  }
  if (url.hostname === '') return null;
  if (allowedOrigins.includes(url.origin)) return url.origin;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (port !== request.localPort) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return url.origin;
  const local = (request.localAddress ?? '').replace(/^::ffff:/, '');
  return isIP(host) !== 0 && host === local ? url.origin : null;
}

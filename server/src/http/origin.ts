/**
 * Which page origins may open a sync websocket. Browsers send `Origin` on a websocket
 * upgrade and let any page open one, so without this check another site could act on a
 * board with a link it tricked someone into opening.
 *
 * An origin passes when it is listed (`ALLOWED_ORIGINS`, `PUBLIC_URL`), or when it is
 * this server's own origin (same scheme, host and port as the request) under an address
 * that no other site can take over: an IP address or `localhost`. A DNS name that only
 * echoes the request's Host header proves nothing — a page on a name its owner points at
 * this server's address (DNS rebinding) sends exactly that — so such a name must be listed.
 */
import { isIP } from 'node:net';

/** What the check needs of the upgrade request. */
export interface OriginRequest {
  /** The `Origin` header; absent for clients that are not browsers. */
  readonly origin: string | undefined;
  /** The `Host` header. */
  readonly host: string | undefined;
  /** The scheme the request came in on (`http` or `https`; behind a trusted proxy, its). */
  readonly protocol: string;
}

/** Names that resolve to this machine without asking DNS, so no other site can own them. */
function isLocalName(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return isIP(bare) !== 0 || bare === 'localhost' || bare.endsWith('.localhost');
}

/** The request's own origin (scheme, host, port), or null when its Host is not usable. */
function requestOrigin(protocol: string, host: string | undefined): URL | null {
  if (!host) return null;
  try {
    return new URL(`${protocol}://${host}`);
  } catch {
    return null;
  }
}

/** True when the upgrade may proceed. */
export function isAllowedOrigin(request: OriginRequest, allowed: readonly string[]): boolean {
  if (request.origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(request.origin);
  } catch {
    return false;
  }
  if (parsed.origin === 'null') return false;
  if (allowed.includes(parsed.origin)) return true;
  const own = requestOrigin(request.protocol, request.host);
  return own !== null && own.origin === parsed.origin && isLocalName(parsed.hostname);
}

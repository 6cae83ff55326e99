/**
 * Which page origins may open a sync websocket. Browsers send `Origin` on a websocket
 * upgrade and let any page open one, so without this check another site could act on a
 * board with a link it tricked someone into opening. Same origin by default.
 */

/** True when the upgrade may proceed. Clients that send no Origin are not browsers. */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host !== undefined && parsed.host === host) return true;
  return allowed.includes(parsed.origin);
}

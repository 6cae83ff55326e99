/**
 * A tracker's webhook is believed only when its signature is the HMAC-SHA256 of the raw
 * body under the connection's secret, compared in constant time: GitHub sends
 * `X-Hub-Signature-256: sha256=<hex>`, Jira `X-Hub-Signature: sha256=<hex>` (WebSub), and
 * Linear `Linear-Signature: <hex>`. A missing, malformed or wrong signature is refused the
 * same way. Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The hex HMAC-SHA256 of `body` under `secret`. */
export function hmacHex(secret: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * True when `header` is `prefix` followed by the body's HMAC. Only the hex digits are
 * compared, and in constant time.
 */
export function signatureMatches(
  secret: string,
  body: Buffer,
  header: string | string[] | undefined,
  prefix: '' | 'sha256=',
): boolean {
  if (typeof header !== 'string' || !header.startsWith(prefix)) return false;
  const given = header.slice(prefix.length).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(hmacHex(secret, body), 'hex'));
}

/**
 * Board tokens: 256 random bits, base64url. Only their SHA-256 is stored; a token is
 * checked by hashing it and comparing with every stored hash of the board in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@hindsight/shared';
import type { TokenRecord } from '../storage/store.ts';

/** 32 bytes = 256 bits, well above the 128-bit floor. */
const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The role a token grants among a board's token records, or null.
 * Every record is compared, whatever matched, so timing says nothing about which role.
 */
export function roleForToken(token: string, records: readonly TokenRecord[]): Role | null {
  const candidate = Buffer.from(hashToken(token), 'hex');
  let found: Role | null = null;
  for (const record of records) {
    const stored = Buffer.from(record.hash, 'hex');
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate))
      // The shared literal, not the row's copy: a role the code does not know grants
      // nothing, and every connection holds the same string.
      found = ROLES.find((role) => role === record.role) ?? null;
  }
  return found;
}

/**
 * Replaces the secrets in a URL or query string with `[redacted]`, for logs: the board
 * token, the member key (which opens that member's private doc), and a public share
 * link's token, which is a path segment (`/p/<token>`, `/api/public/<token>`).
 */
export function redactToken(url: string): string {
  return url
    .replace(/([?&](?:token|member)=)[^&#]*/gi, '$1[redacted]')
    .replace(/^(\/(?:api\/public|p)\/)[^/?#]*/i, '$1[redacted]');
}

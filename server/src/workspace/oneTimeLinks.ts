/**
 * The rule of every single-use, expiring link whose token is stored only as its hash
 * (password resets, set-password and setup links): unknown, used or expired links open
 * nothing; anything else may be used once.
 */
import type { LinkGone } from '@hindsight/shared';

/** What every one-time link record holds. */
export interface OneTimeLink {
  readonly usedAt: number | null;
  /** null: it does not expire (the setup link). */
  readonly expiresAt: number | null;
}

export type LinkCheck<T extends OneTimeLink> =
  | { readonly ok: true; readonly record: T }
  | { readonly ok: false; readonly reason: 'unknown' | Exclude<LinkGone, 'revoked'> };

/** Whether a stored link (or none) may be used at `now`. */
export function checkOneTimeLink<T extends OneTimeLink>(
  record: T | null,
  now: number,
): LinkCheck<T> {
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.usedAt !== null) return { ok: false, reason: 'used' };
  if (record.expiresAt !== null && now >= record.expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, record };
}

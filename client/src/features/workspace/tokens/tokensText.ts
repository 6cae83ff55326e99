import { MAX_TOKEN_DAYS, type ApiTokenInfo, type TokenScope } from '@hindsight/shared';

export const SCOPE_LABELS: Record<TokenScope, string> = {
  read: 'Read',
  write: 'Write',
  admin: 'Admin',
};

export type TokenState = 'active' | 'expired' | 'revoked';

/** Whether a token still works at `now`: revoked wins over expired. */
export function tokenState(token: ApiTokenInfo, now: number): TokenState {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return 'active';
}

/** The expiry field: empty for a token that never expires, else whole days within the limit. */
export function parseExpiryDays(
  text: string,
): { ok: true; days: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, days: undefined };
  const days = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || days < 1 || days > MAX_TOKEN_DAYS)
    return {
      ok: false,
      message: `Give a whole number of days from 1 to ${MAX_TOKEN_DAYS}, or leave it empty.`,
    };
  return { ok: true, days };
}

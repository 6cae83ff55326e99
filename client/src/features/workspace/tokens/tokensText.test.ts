import { MAX_TOKEN_DAYS } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { parseExpiryDays, tokenState } from './tokensText.ts';

const token = {
  id: 't',
  name: 'deploy bot',
  scope: 'write',
  createdAt: 0,
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
} as const;

describe('the state an admin sees of a token', () => {
  it('is active without expiry, expired from its expiry on, revoked whatever its expiry', () => {
    expect(tokenState(token, 10)).toBe('active');
    expect(tokenState({ ...token, expiresAt: 10 }, 9)).toBe('active');
    expect(tokenState({ ...token, expiresAt: 10 }, 10)).toBe('expired');
    expect(tokenState({ ...token, expiresAt: 10, revokedAt: 5 }, 20)).toBe('revoked');
    expect(tokenState({ ...token, revokedAt: 5 }, 6)).toBe('revoked');
  });
});

describe('the expiry field', () => {
  it('leaves the expiry out when empty and takes whole days within the limit', () => {
    expect(parseExpiryDays('  ')).toEqual({ ok: true, days: undefined });
    expect(parseExpiryDays('30')).toEqual({ ok: true, days: 30 });
    expect(parseExpiryDays(String(MAX_TOKEN_DAYS))).toEqual({ ok: true, days: MAX_TOKEN_DAYS });
  });

  it('refuses zero, fractions, words and more than the limit', () => {
    for (const text of ['0', '1.5', '-3', 'ten', String(MAX_TOKEN_DAYS + 1)])
      expect(parseExpiryDays(text).ok).toBe(false);
  });
});

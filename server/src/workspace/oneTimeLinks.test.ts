import { describe, expect, it } from 'vitest';
import { checkOneTimeLink } from './oneTimeLinks.ts';

const link = { id: 'l1', usedAt: null, expiresAt: 1000 };

describe('a one-time link', () => {
  it('opens until it expires, and not at the moment it does', () => {
    expect(checkOneTimeLink(link, 999)).toEqual({ ok: true, record: link });
    expect(checkOneTimeLink(link, 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('opens nothing once used, even before it expires', () => {
    expect(checkOneTimeLink({ ...link, usedAt: 5 }, 10)).toEqual({ ok: false, reason: 'used' });
  });

  it('opens nothing when no link has the token', () => {
    expect(checkOneTimeLink(null, 10)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('without an expiry (the setup link) opens until used', () => {
    const setup = { ...link, expiresAt: null };
    expect(checkOneTimeLink(setup, Number.MAX_SAFE_INTEGER)).toMatchObject({ ok: true });
    expect(checkOneTimeLink({ ...setup, usedAt: 1 }, 2)).toMatchObject({ ok: false });
  });
});

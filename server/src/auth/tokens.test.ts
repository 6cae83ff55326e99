import { timingSafeEqual } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hashToken, newToken, redactToken, roleForToken } from './tokens.ts';

// The comparison is watched, not replaced: every call still compares.
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof import('node:crypto')>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});

describe('tokens', () => {
  it('are 256-bit, url-safe and unique', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
  });

  it('grant the role whose hash matches, and nothing for others', () => {
    const [f, p] = [newToken(), newToken()];
    const records = [
      { role: 'facilitator' as const, hash: hashToken(f) },
      { role: 'participant' as const, hash: hashToken(p) },
    ];
    expect(roleForToken(f, records)).toBe('facilitator');
    expect(roleForToken(p, records)).toBe('participant');
    expect(roleForToken(newToken(), records)).toBeNull();
    expect(roleForToken('', records)).toBeNull();
  });

  it('are compared with every stored hash in constant time, whichever matches', () => {
    const tokens = [newToken(), newToken(), newToken()];
    const records = (['facilitator', 'participant', 'observer'] as const).map((role, i) => ({
      role,
      hash: hashToken(tokens[i]!),
    }));
    const compare = vi.mocked(timingSafeEqual);
    for (const token of [...tokens, newToken()]) {
      compare.mockClear();
      roleForToken(token, records);
      // One constant-time comparison per record, of the full 32-byte digests, also after a
      // match: how long a check takes says nothing about which role (if any) matched.
      expect(compare).toHaveBeenCalledTimes(records.length);
      for (const [a, b] of compare.mock.calls) {
        expect(a).toHaveLength(32);
        expect(b).toHaveLength(32);
      }
    }
  });

  it('grant nothing for a stored role the code does not know', () => {
    const t = newToken();
    const records = [{ role: 'admin' as never, hash: hashToken(t) }];
    expect(roleForToken(t, records)).toBeNull();
  });

  it('grant nothing for a stored hash of another length, without failing', () => {
    const t = newToken();
    const records = [
      { role: 'observer' as const, hash: hashToken(t).slice(0, 32) },
      { role: 'participant' as const, hash: `${hashToken(t)}00` },
    ];
    expect(roleForToken(t, records)).toBeNull();
  });

  it('are redacted from logged urls', () => {
    expect(redactToken('/sync/abc?token=s3cret&x=1')).toBe('/sync/abc?token=[redacted]&x=1');
    expect(redactToken('/sync/abc?x=1&TOKEN=s3cret')).toBe('/sync/abc?x=1&TOKEN=[redacted]');
    expect(redactToken('/sync/abc/private-x?token=s3cret&member=k3y')).toBe(
      '/sync/abc/private-x?token=[redacted]&member=[redacted]',
    );
    expect(redactToken('/healthz')).toBe('/healthz');
  });

  it('redacts a public link token from the page and API paths', () => {
    expect(redactToken('/p/s3cret')).toBe('/p/[redacted]');
    expect(redactToken('/p/s3cret?x=1')).toBe('/p/[redacted]?x=1');
    expect(redactToken('/api/public/s3cret')).toBe('/api/public/[redacted]');
    expect(redactToken('/postmortems/abc')).toBe('/postmortems/abc');
  });
});

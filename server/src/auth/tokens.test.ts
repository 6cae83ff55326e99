import { describe, expect, it } from 'vitest';
import { hashToken, newToken, redactToken, roleForToken } from './tokens.ts';

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

  it('grant nothing for a stored role the code does not know', () => {
    const t = newToken();
    const records = [{ role: 'admin' as never, hash: hashToken(t) }];
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
});

import { describe, expect, it } from 'vitest';
import { hmacHex, signatureMatches } from './signature.ts';

const secret = 'a-webhook-secret-of-thirty-two-chars!';
const body = Buffer.from('{"action":"closed"}');

describe('webhook signatures', () => {
  it('accepts the HMAC-SHA256 of the raw body, with or without the sha256= prefix', () => {
    expect(signatureMatches(secret, body, `sha256=${hmacHex(secret, body)}`, 'sha256=')).toBe(true);
    expect(signatureMatches(secret, body, hmacHex(secret, body), '')).toBe(true);
    expect(
      signatureMatches(secret, body, `sha256=${hmacHex(secret, body).toUpperCase()}`, 'sha256='),
    ).toBe(true);
  });

  it('refuses another body, another secret, a missing, doubled or malformed header', () => {
    const good = `sha256=${hmacHex(secret, body)}`;
    expect(signatureMatches(secret, Buffer.from('{"action":"opened"}'), good, 'sha256=')).toBe(
      false,
    );
    expect(signatureMatches(`${secret}x`, body, good, 'sha256=')).toBe(false);
    expect(signatureMatches(secret, body, undefined, 'sha256=')).toBe(false);
    expect(signatureMatches(secret, body, [good, good], 'sha256=')).toBe(false);
    expect(signatureMatches(secret, body, hmacHex(secret, body), 'sha256=')).toBe(false);
    expect(signatureMatches(secret, body, 'sha256=zz', 'sha256=')).toBe(false);
    expect(signatureMatches(secret, body, `sha1=${hmacHex(secret, body)}`, 'sha256=')).toBe(false);
  });
});

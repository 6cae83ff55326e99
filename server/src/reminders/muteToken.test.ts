import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { muteToken, personOfMuteToken } from './muteToken.ts';

describe('a mute link’s token', () => {
  const secret = randomBytes(32);

  it('names the person it was made for', () => {
    expect(personOfMuteToken(secret, muteToken(secret, 'p-123'))).toBe('p-123');
  });

  it('cannot be turned into another person’s', () => {
    const [, signature] = muteToken(secret, 'p-123').split('.');
    const forged = `${Buffer.from('p-456').toString('base64url')}.${signature}`;
    expect(personOfMuteToken(secret, forged)).toBeNull();
  });

  it('is refused by a server with another secret, and when malformed', () => {
    expect(personOfMuteToken(randomBytes(32), muteToken(secret, 'p-123'))).toBeNull();
    for (const bad of ['', 'abc', 'a.b.c', '.x', 'x.'])
      expect(personOfMuteToken(secret, bad)).toBeNull();
  });
});

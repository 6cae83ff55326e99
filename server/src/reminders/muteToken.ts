/**
 * The token of a mail's mute link: the person's id and an HMAC of it under a server
 * secret (`store.secret('reminder-mute')`). It works without signing in, so that one
 * click from the mail mutes, and it can mute nobody but the person it was made for.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The name of the store's secret (store.secret) the tokens are signed with. */
export const MUTE_SECRET = 'reminder-mute';

const mac = (secret: Buffer, personId: string) =>
  createHmac('sha256', secret).update(`hindsight mute v1:${personId}`).digest();

export function muteToken(secret: Buffer, personId: string): string {
  return `${Buffer.from(personId).toString('base64url')}.${mac(secret, personId).toString('base64url')}`;
}

/** The person a token was made for, or null when it was not made by this server. */
export function personOfMuteToken(secret: Buffer, token: string): string | null {
  const [id, signature, extra] = token.split('.');
  if (!id || !signature || extra !== undefined) return null;
  const personId = Buffer.from(id, 'base64url').toString();
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, personId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : null;
}

/**
 * Members: each browser that joins a board as a writer holds a random member key, kept
 * in its own storage and never shown. The key opens that member's private doc; the
 * doc's room name carries only a hash of it, so knowing a room name opens nothing.
 */
import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';

/** 32 random bytes, base64url: 43 characters. */
export const MemberKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a member key');
/** First 16 bytes of the key's SHA-256, base64url: 22 characters. */
export const MemberIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not a member id');

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newMemberKey(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The public id of a member key. Pure JavaScript SHA-256, because Web Crypto's digest
 * is missing on plain-HTTP pages, which self-hosted boards on a LAN often are.
 */
export function memberIdOf(memberKey: string): string {
  return base64url(digest(new TextEncoder().encode(memberKey)).subarray(0, 16));
}

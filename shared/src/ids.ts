/** Random identifiers for entities and boards. Uses Web Crypto, present in Node 20 and browsers. */
import { z } from 'zod';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random id of `length` characters from a 62-letter alphabet (about 5.95 bits each).
 * Rejection sampling keeps every letter equally likely.
 */
export function randomId(length = 16): string {
  let out = '';
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b < 248 && out.length < length) out += ALPHABET[b % 62];
    }
  }
  return out;
}

/**
 * What an id of a board or an entity is: {@link randomId}'s letters and digits, 8 to 32 of
 * them (ids are 16; the rest is slack). For patterns that embed an id (a page cursor).
 */
export const ID_CHARS = '[A-Za-z0-9]{8,32}';

/** The whole of a string that is an id. */
export const ID_PATTERN = new RegExp(`^${ID_CHARS}$`);

/** An id of `what` ("a card id"), refused with "not a card id". */
export const idSchema = (what: string) => z.string().regex(ID_PATTERN, `not ${what}`);

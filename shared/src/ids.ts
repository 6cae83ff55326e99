/** Random identifiers for entities and boards. Uses Web Crypto, present in Node 20 and browsers. */

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

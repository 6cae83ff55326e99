/**
 * Trackers' tokens and webhook secrets are stored sealed with AES-256-GCM, so a copy of
 * the database alone gives none of them away. The key is `TRACKER_SECRET_KEY` (32 bytes,
 * base64 or hex) when set, which several processes sharing one database must all be
 * given; otherwise a key made once and kept in DATA_DIR (`tracker-secret.key`, mode 600).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_FILE = 'tracker-secret.key';

export interface SecretBox {
  seal(plain: string): string;
  /** The sealed text opened; null when it was sealed under another key or changed. */
  open(sealed: string): string | null;
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('a secret box key is 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('v1.')) return null;
      try {
        const raw = Buffer.from(sealed.slice(3), 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/** 32 bytes from base64 or hex; null for anything else. */
export function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const hex = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : null;
  const key = hex ?? Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

/** The configured key, or DATA_DIR's own (made on first use). */
export function loadKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) {
    const key = parseKey(configured);
    if (!key) throw new Error('TRACKER_SECRET_KEY must be 32 bytes, base64 or hex');
    return key;
  }
  const path = join(dataDir, KEY_FILE);
  if (existsSync(path)) {
    const key = parseKey(readFileSync(path, 'utf8'));
    if (!key) throw new Error(`${path} does not hold a 32-byte key`);
    return key;
  }
  const key = randomBytes(32);
  try {
    writeFileSync(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process sharing DATA_DIR made it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadKey(undefined, dataDir);
    throw err;
  }
  chmodSync(path, 0o600);
  return key;
}

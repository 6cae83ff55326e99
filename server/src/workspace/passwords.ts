/**
 * Passwords, hashed with argon2id (@node-rs/argon2) at OWASP's recommended minimum
 * (Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1). The PHC string keeps its own
 * parameters, so raising them later leaves stored hashes verifiable.
 */
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (a const enum the package declares, spelled as its value). */
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** A hash of nothing anyone knows, checked when there is no real one, so both take as long. */
let dummy: Promise<string> | undefined;

/**
 * True when `password` matches `stored`. With no stored hash (no such person, or no
 * password set) a dummy hash is verified all the same and the answer is false: the time
 * taken does not tell whether the account exists.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    dummy ??= hashPassword(`no account ${Math.random()}`);
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

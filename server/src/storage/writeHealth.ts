/**
 * Whether the store can take writes, as pure rules: what counts as a storage failure,
 * when free space is too low, and when a failure episode begins and ends (the log says
 * each once, not once per failed write).
 */

/** Why the store refuses writes: too little free space in DATA_DIR, or a write failed. */
export type StorageProblem = 'low-disk' | 'store';

export interface WriteHealthFacts {
  /** Free space in DATA_DIR is under the configured minimum. */
  readonly lowDisk: boolean;
  /** The last store write failed and no later one succeeded. */
  readonly writeFailed: boolean;
}

export const HEALTHY: WriteHealthFacts = { lowDisk: false, writeFailed: false };

/** The reason writes are refused, low disk first (it is the one an operator can fix); null when they are not. */
export function problemOf(facts: WriteHealthFacts): StorageProblem | null {
  if (facts.lowDisk) return 'low-disk';
  if (facts.writeFailed) return 'store';
  return null;
}

/** An episode begins when writes start being refused and ends when they are accepted again. */
export function episodeChange(
  before: WriteHealthFacts,
  after: WriteHealthFacts,
): 'began' | 'ended' | null {
  const was = problemOf(before) !== null;
  const is = problemOf(after) !== null;
  if (!was && is) return 'began';
  if (was && !is) return 'ended';
  return null;
}

/** Below the minimum, new writes are refused so that the disk never fills up. */
export function isLowOnDisk(freeBytes: number, minFreeBytes: number): boolean {
  return freeBytes < minFreeBytes;
}

/**
 * A write that broke a constraint says nothing about the store: the store answered. Any
 * other failure (disk full, I/O error, read-only file, a database that is down or out of
 * space) means the store cannot write.
 */
export function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return true;
  if (code.startsWith('SQLITE_CONSTRAINT')) return false;
  // Postgres class 23: integrity constraint violation; 22: data exception (a bad value).
  if (/^2[23][0-9A-Z]{3}$/.test(code)) return false;
  return true;
}

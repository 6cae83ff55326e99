/**
 * When the server keeps a version of a board, and which versions it lets go. Pure, so
 * the rules can be read and tested on their own (docs/HISTORY.md states them).
 *
 * Taken: when the session moves to another phase, just before the cards are revealed,
 * before every restore (and its undo or redo), `editsEveryMs` after the first edit not
 * yet in a version, and when the board closes after edits. A version whose content
 * equals the newest one is not kept.
 *
 * Thinned, each time one is added: everything younger than `keepAllMs`; then, up to
 * `keepHourlyMs`, the newest version of each hour and every version taken at a moment
 * (phase, reveal, restore); older, the newest of each day. Then the caps: at most
 * `maxVersions`, at most `maxBytes` in all, oldest dropped first. The newest version is
 * always kept.
 */
import type { VersionReason } from '@hindsight/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface HistoryPolicy {
  /** How long edits may go without a version, ms. */
  readonly editsEveryMs: number;
  /** Versions younger than this are all kept, ms. */
  readonly keepAllMs: number;
  /** Up to this age one version an hour (and every moment) is kept; after it one a day. */
  readonly keepHourlyMs: number;
  /** Versions kept per board at most. */
  readonly maxVersions: number;
  /** Bytes of versions kept per board at most (the newest is kept whatever its size). */
  readonly maxBytes: number;
}

export const DEFAULT_HISTORY_POLICY: HistoryPolicy = {
  editsEveryMs: 5 * MINUTE,
  keepAllMs: DAY,
  keepHourlyMs: 30 * DAY,
  maxVersions: 100,
  maxBytes: 32 * 1024 * 1024,
};

/** What thinning needs to know of a version. */
export interface VersionFacts {
  readonly id: string;
  readonly takenAt: number;
  readonly reason: VersionReason;
  readonly bytes: number;
}

/** Versions taken at a moment of the session, worth more than one taken on a timer. */
function isMoment(reason: VersionReason): boolean {
  return reason === 'phase' || reason === 'reveal' || reason === 'restore';
}

/**
 * The ids of the versions to let go at time `now`. Pure; `versions` in any order.
 */
export function versionsToDrop(
  versions: readonly VersionFacts[],
  now: number,
  policy: HistoryPolicy = DEFAULT_HISTORY_POLICY,
): string[] {
  const newestFirst = [...versions].sort((a, b) => b.takenAt - a.takenAt);
  const seenBuckets = new Set<string>();
  const kept: VersionFacts[] = [];
  const dropped: string[] = [];
  newestFirst.forEach((v, i) => {
    const age = now - v.takenAt;
    let keep: boolean;
    if (i === 0 || age < policy.keepAllMs) {
      keep = true;
    } else {
      const hourly = age < policy.keepHourlyMs;
      const bucket = hourly
        ? `h${Math.floor(v.takenAt / HOUR)}`
        : `d${Math.floor(v.takenAt / DAY)}`;
      // Newest first: the first version met in a bucket is its newest.
      keep = !seenBuckets.has(bucket) || (hourly && isMoment(v.reason));
      seenBuckets.add(bucket);
    }
    if (keep) kept.push(v);
    else dropped.push(v.id);
  });
  let bytes = 0;
  kept.forEach((v, i) => {
    bytes += v.bytes;
    if (i > 0 && (i >= policy.maxVersions || bytes > policy.maxBytes)) dropped.push(v.id);
  });
  return dropped;
}

import { describe, expect, it } from 'vitest';
import type { VersionReason } from '@hindsight/shared';
import { DEFAULT_HISTORY_POLICY, versionsToDrop, type VersionFacts } from './policy.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse('2024-06-01T12:00:00Z');

let next = 0;
function v(ageMs: number, reason: VersionReason = 'edits', bytes = 1000): VersionFacts {
  return { id: `v${next++}`, takenAt: NOW - ageMs, reason, bytes };
}

describe('history thinning', () => {
  it('keeps every version of the last day, then the newest of each hour', () => {
    // Every half hour for 30 hours; NOW is on the hour.
    const versions = Array.from({ length: 60 }, (_, i) => v(i * 30 * MINUTE));
    expect(versionsToDrop(versions, NOW)).toEqual([50, 52, 54, 56, 58].map((i) => versions[i]!.id));
  });

  it('keeps one an hour up to a month, and every phase, reveal and restore', () => {
    const hourStart = Math.floor((NOW - 2 * DAY) / HOUR) * HOUR;
    const at = (offset: number) => NOW - (hourStart + offset);
    const newest = v(at(50 * MINUTE));
    const older = v(at(40 * MINUTE));
    const phase = v(at(30 * MINUTE), 'phase');
    const reveal = v(at(20 * MINUTE), 'reveal');
    const oldest = v(at(10 * MINUTE));
    const dropped = versionsToDrop([oldest, reveal, phase, older, newest, v(0)], NOW);
    expect(dropped.sort()).toEqual([older.id, oldest.id].sort());
  });

  it('keeps one a day after a month, moments included', () => {
    const dayStart = Math.floor((NOW - 40 * DAY) / DAY) * DAY;
    const at = (offset: number) => NOW - (dayStart + offset);
    const newest = v(at(20 * HOUR));
    const phase = v(at(10 * HOUR), 'phase');
    const morning = v(at(2 * HOUR));
    expect(versionsToDrop([v(0), morning, phase, newest], NOW).sort()).toEqual(
      [phase.id, morning.id].sort(),
    );
  });

  it('holds the count and size caps, oldest first, and always keeps the newest', () => {
    const policy = { ...DEFAULT_HISTORY_POLICY, maxVersions: 3, maxBytes: 10_000 };
    const versions = Array.from({ length: 6 }, (_, i) => v(i * MINUTE, 'phase', 2000));
    expect(versionsToDrop(versions, NOW, policy)).toEqual(versions.slice(3).map((x) => x.id));

    const big = [v(0, 'edits', 6000), v(MINUTE, 'edits', 6000), v(2 * MINUTE, 'edits', 1)];
    expect(versionsToDrop(big, NOW, policy)).toEqual([big[1]!.id, big[2]!.id]);

    const huge = v(0, 'edits', 50_000);
    expect(versionsToDrop([huge], NOW, policy)).toEqual([]);
  });
});

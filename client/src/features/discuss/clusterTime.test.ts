import { timer } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { clusterTime, currentClusterIndex } from './clusterTime.ts';

const MIN = 60_000;
const VISIT = 1_000_000;
const running = timer.start(timer.newTimer(20 * MIN), VISIT);

describe('time share per cluster', () => {
  it('divides the phase time by the clusters, minutes added included', () => {
    const t = clusterTime({
      timer: running,
      clusterCount: 4,
      focus: null,
      visitStartedAt: VISIT,
      now: VISIT,
    });
    expect(t?.shareMs).toBe(5 * MIN);
    const extended = timer.extend(running, 4 * MIN);
    expect(
      clusterTime({
        timer: extended,
        clusterCount: 4,
        focus: null,
        visitStartedAt: VISIT,
        now: VISIT,
      })?.shareMs,
    ).toBe(6 * MIN);
  });

  it('counts the first cluster from the start of the phase until the facilitator moves', () => {
    const t = clusterTime({
      timer: running,
      clusterCount: 4,
      focus: null,
      visitStartedAt: VISIT,
      now: VISIT + 3 * MIN,
    });
    expect(t).toMatchObject({ spentMs: 3 * MIN, over: false, progress: 0.6 });
  });

  it('counts the current cluster from the moment the facilitator moved to it', () => {
    const focus = { clusterId: 'clusterB123', sinceElapsedMs: 7 * MIN, visitStartedAt: VISIT };
    const t = clusterTime({
      timer: running,
      clusterCount: 4,
      focus,
      visitStartedAt: VISIT,
      now: VISIT + 13 * MIN,
    });
    expect(t).toMatchObject({ spentMs: 6 * MIN, over: true, progress: 1 });
  });

  it('stops counting while the timer is paused', () => {
    const focus = { clusterId: 'clusterB123', sinceElapsedMs: 2 * MIN, visitStartedAt: VISIT };
    const paused = timer.pause(running, VISIT + 4 * MIN);
    const t = clusterTime({
      timer: paused,
      clusterCount: 4,
      focus,
      visitStartedAt: VISIT,
      now: VISIT + 60 * MIN,
    });
    expect(t?.spentMs).toBe(2 * MIN);
  });

  it('ignores a focus from an earlier visit of the phase (its timer started over)', () => {
    const old = {
      clusterId: 'clusterB123',
      sinceElapsedMs: 15 * MIN,
      visitStartedAt: VISIT - 99 * MIN,
    };
    const t = clusterTime({
      timer: running,
      clusterCount: 2,
      focus: old,
      visitStartedAt: VISIT,
      now: VISIT + MIN,
    });
    expect(t?.spentMs).toBe(MIN);
  });

  it('has nothing to share without clusters or a timer', () => {
    expect(
      clusterTime({
        timer: running,
        clusterCount: 0,
        focus: null,
        visitStartedAt: VISIT,
        now: VISIT,
      }),
    ).toBeNull();
    expect(
      clusterTime({ timer: null, clusterCount: 3, focus: null, visitStartedAt: null, now: VISIT }),
    ).toBeNull();
  });
});

describe('the current cluster', () => {
  const ids = ['clusterA123', 'clusterB123', 'clusterC123'];
  it('is the focused one, else the first', () => {
    expect(currentClusterIndex(ids, null)).toBe(0);
    expect(
      currentClusterIndex(ids, { clusterId: 'clusterC123', sinceElapsedMs: 0, visitStartedAt: 0 }),
    ).toBe(2);
    expect(
      currentClusterIndex(ids, { clusterId: 'goneGone123', sinceElapsedMs: 0, visitStartedAt: 0 }),
    ).toBe(0);
  });
});

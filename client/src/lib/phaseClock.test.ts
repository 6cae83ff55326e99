import { timer } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { clockView } from './phaseClock.ts';

const MIN = 60_000;

describe('clockView', () => {
  const running = timer.start(timer.newTimer(5 * MIN), 1_000);

  it('counts down from the stored value, whatever the tick', () => {
    expect(clockView(running, 1_000).text).toBe('5:00');
    expect(clockView(running, 1_800).text).toBe('5:00');
    expect(clockView(running, 2_000).text).toBe('4:59');
  });

  it('shows overtime with a plus sign and says so', () => {
    const view = clockView(running, 1_000 + 6 * MIN + 12_000);
    expect(view).toMatchObject({ text: '+1:12', overtime: true, justEnded: false, progress: 1 });
  });

  it('signals the end gently for a few seconds after zero', () => {
    expect(clockView(running, 1_000 + 5 * MIN).justEnded).toBe(true);
    expect(clockView(running, 1_000 + 5 * MIN + 9_000).justEnded).toBe(true);
    expect(clockView(running, 1_000 + 5 * MIN - 1).justEnded).toBe(false);
  });

  it('stands still while paused, and never pulses then', () => {
    const paused = timer.pause(running, 1_000 + 5 * MIN + 2_000);
    expect(clockView(paused, 10 * MIN)).toMatchObject({ text: '+0:02', running: false });
    expect(clockView(paused, 10 * MIN).justEnded).toBe(false);
  });

  it('reports progress through the planned time', () => {
    expect(clockView(running, 1_000 + 2.5 * MIN).progress).toBeCloseTo(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import {
  elapsed,
  extend,
  formatClock,
  isOvertime,
  isRunning,
  newTimer,
  pause,
  remaining,
  reset,
  start,
} from './timer.ts';

const MIN = 60_000;

describe('timer arithmetic', () => {
  it('counts down only while running', () => {
    let t = newTimer(5 * MIN);
    expect(remaining(t, 1_000_000)).toBe(5 * MIN);
    t = start(t, 0);
    expect(remaining(t, 2 * MIN)).toBe(3 * MIN);
    t = pause(t, 2 * MIN);
    expect(remaining(t, 10 * MIN)).toBe(3 * MIN);
    t = start(t, 10 * MIN);
    expect(remaining(t, 11 * MIN)).toBe(2 * MIN);
  });

  it('start and pause are idempotent', () => {
    const t = start(newTimer(MIN), 100);
    expect(start(t, 500)).toBe(t);
    const p = pause(t, 200);
    expect(pause(p, 900)).toBe(p);
    expect(elapsed(p, 10_000)).toBe(100);
  });

  it('goes into overtime and extends out of it, running or paused', () => {
    let t = start(newTimer(MIN), 0);
    expect(isOvertime(t, MIN)).toBe(false);
    expect(isOvertime(t, MIN + 1)).toBe(true);
    expect(remaining(t, 90_000)).toBe(-30_000);
    t = extend(t, MIN);
    expect(remaining(t, 90_000)).toBe(30_000);
    t = extend(pause(t, 90_000), 5 * MIN);
    expect(remaining(t, 999_999)).toBe(330_000);
  });

  it('never counts negative time when the clock goes backwards', () => {
    const t = start(newTimer(MIN), 10_000);
    expect(remaining(t, 5_000)).toBe(MIN);
  });

  it('reset returns to the planned length, stopped', () => {
    const t = reset(extend(start(newTimer(MIN), 0), MIN), 5 * MIN);
    expect(t).toEqual(newTimer(5 * MIN));
  });
});

describe('formatClock', () => {
  it.each([
    [5 * MIN, '5:00'],
    [299_200, '5:00'],
    [59_001, '1:00'],
    [1_000, '0:01'],
    [0, '0:00'],
    [-400, '0:00'],
    [-1_000, '-0:01'],
    [-61_500, '-1:01'],
    [3_725_000, '1:02:05'],
  ])('%d ms shows %s', (ms, text) => expect(formatClock(ms)).toBe(text));
});

describe('isRunning', () => {
  it('is true from start to pause', () => {
    const t = newTimer(MIN);
    expect(isRunning(t)).toBe(false);
    expect(isRunning(start(t, 0))).toBe(true);
    expect(isRunning(pause(start(t, 0), 10))).toBe(false);
  });
});

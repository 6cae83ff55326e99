import { describe, expect, it } from 'vitest';
import { SLOW_APPEND_MS, writesWait, WritesWaiting } from './writesWaiting.ts';

describe('writes waiting', () => {
  it('wait while the store refuses writes or an append runs long', () => {
    expect(writesWait({ writable: true, longestAppendMs: 0 })).toBe(false);
    expect(writesWait({ writable: true, longestAppendMs: SLOW_APPEND_MS })).toBe(false);
    expect(writesWait({ writable: true, longestAppendMs: SLOW_APPEND_MS + 1 })).toBe(true);
    expect(writesWait({ writable: false, longestAppendMs: 0 })).toBe(true);
  });

  it('tells each change once', () => {
    let facts = { writable: true, longestAppendMs: 0 };
    const told: boolean[] = [];
    const waiting = new WritesWaiting(
      () => facts,
      (now) => told.push(now),
    );
    waiting.check();
    facts = { writable: true, longestAppendMs: SLOW_APPEND_MS + 500 };
    waiting.check();
    waiting.check();
    expect(waiting.now).toBe(true);
    facts = { writable: true, longestAppendMs: 0 };
    waiting.check();
    expect(told).toEqual([true, false]);
    expect(waiting.now).toBe(false);
  });
});

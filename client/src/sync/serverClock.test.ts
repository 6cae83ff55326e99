import { describe, expect, it, vi } from 'vitest';
import { createServerClock } from './serverClock.ts';

/** A local clock that the fake server moves forward by each request's round trip. */
function fakeNetwork(serverAhead: number, roundTrips: number[]) {
  let local = 10_000;
  let call = 0;
  return {
    localNow: () => local,
    fetchServerTime: vi.fn(async () => {
      const trip = roundTrips[call++ % roundTrips.length]!;
      local += trip / 2;
      const serverTime = local + serverAhead;
      local += trip / 2;
      return serverTime;
    }),
  };
}

describe('server clock', () => {
  it('is the local clock until measured', () => {
    const net = fakeNetwork(5_000, [20]);
    const clock = createServerClock(net);
    expect(clock.now()).toBe(net.localNow());
  });

  it('measures the offset from five samples and adds it to the local clock', async () => {
    const net = fakeNetwork(5_000, [300, 40, 120, 500, 80]);
    const clock = createServerClock(net);
    await clock.sync();
    expect(net.fetchServerTime).toHaveBeenCalledTimes(5);
    expect(clock.offsetMs()).toBe(5_000);
    expect(clock.now()).toBe(net.localNow() + 5_000);
  });

  it('gives whole milliseconds, as stored instants must be', async () => {
    const net = fakeNetwork(1_000, [3]); // a 1.5 ms half trip
    const clock = createServerClock({ ...net, localNow: () => net.localNow() + 0.25 });
    await clock.sync();
    expect(Number.isInteger(clock.offsetMs())).toBe(true);
    expect(Number.isInteger(clock.now())).toBe(true);
  });

  it('keeps the previous offset when the server does not answer', async () => {
    const net = fakeNetwork(-2_000, [10]);
    const clock = createServerClock(net);
    await clock.sync();
    net.fetchServerTime.mockRejectedValue(new Error('offline'));
    await clock.sync();
    expect(clock.offsetMs()).toBe(-2_000);
  });

  it('ticks its subscribers from one snapshot, and stops ticking when nobody listens', () => {
    vi.useFakeTimers();
    try {
      let local = 0;
      const clock = createServerClock({ fetchServerTime: async () => 0, localNow: () => local });
      const onTick = vi.fn();
      const unsubscribe = clock.subscribe(onTick);
      local = 1_000;
      expect(clock.getSnapshot()).toBe(0); // stable between ticks
      vi.advanceTimersByTime(250);
      expect(onTick).toHaveBeenCalledTimes(1);
      expect(clock.getSnapshot()).toBe(1_000);
      unsubscribe();
      vi.advanceTimersByTime(1_000);
      expect(onTick).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

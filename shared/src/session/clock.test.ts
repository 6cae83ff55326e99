import { describe, expect, it } from 'vitest';
import { estimateOffset } from './clock.ts';

describe('estimateOffset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    expect(estimateOffset([{ sentAt: 1000, serverTime: 6050, receivedAt: 1100 }])).toEqual({
      offsetMs: 5000,
      roundTripMs: 100,
    });
  });

  it('trusts the sample with the shortest round trip', () => {
    const best = estimateOffset([
      { sentAt: 0, serverTime: 900, receivedAt: 1000 },
      { sentAt: 2000, serverTime: -2985, receivedAt: 2010 },
      { sentAt: 3000, serverTime: 3300, receivedAt: 3400 },
    ]);
    expect(best).toEqual({ offsetMs: -4990, roundTripMs: 10 });
  });

  it('has no answer without usable samples', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 10, serverTime: 0, receivedAt: 5 }])).toBeNull();
  });
});

describe('estimateOffset at its edges', () => {
  it('trusts an instant answer, and the first of two equally fast ones', () => {
    expect(estimateOffset([{ sentAt: 100, serverTime: 1100, receivedAt: 100 }])).toEqual({
      offsetMs: 1000,
      roundTripMs: 0,
    });
    expect(
      estimateOffset([
        { sentAt: 0, serverTime: 510, receivedAt: 20 },
        { sentAt: 100, serverTime: 900, receivedAt: 120 },
      ]),
    ).toEqual({ offsetMs: 500, roundTripMs: 20 });
  });
});

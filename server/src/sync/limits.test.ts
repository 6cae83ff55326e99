import { describe, expect, it } from 'vitest';
import { BucketMap, fullBucket, take } from './limits.ts';

describe('token bucket', () => {
  it('allows a burst, then the rate', () => {
    const bucket = fullBucket(3, 0);
    expect([
      take(bucket, 3, 2, 0),
      take(bucket, 3, 2, 0),
      take(bucket, 3, 2, 0),
      take(bucket, 3, 2, 0),
    ]).toEqual([true, true, true, false]);
    expect(take(bucket, 3, 2, 499)).toBe(false);
    expect(take(bucket, 3, 2, 500)).toBe(true);
  });

  it('never holds more than the burst, and a clock going back refills nothing', () => {
    const bucket = fullBucket(2, 0);
    take(bucket, 2, 1, 60_000);
    expect(bucket.tokens).toBe(1);
    take(bucket, 2, 1, 0);
    expect(bucket.tokens).toBe(0);
  });

  it('keys are independent, and idle keys are forgotten', () => {
    const map = new BucketMap(1, 1);
    expect(map.take('a', 0)).toBe(true);
    expect(map.take('a', 0)).toBe(false);
    expect(map.take('b', 0)).toBe(true);
    expect(map.take('c', 5000)).toBe(true);
    expect(map.size).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { throttle, waitFor } from './throttle.ts';

const rule = { max: 3, windowMs: 1000 };

describe('login throttle', () => {
  it('refuses a key after max failures in the window, until the oldest leaves it', () => {
    expect(waitFor([100, 200], rule, 300)).toBe(0);
    expect(waitFor([100, 200, 300], rule, 300)).toBe(800);
    expect(waitFor([100, 200, 300], rule, 1100)).toBe(0);
  });

  it('counts per key, lifts with time, and forgets a key on success', async () => {
    let now = 0;
    const t = throttle(rule, () => now);
    for (let i = 0; i < 3; i++) await t.fail('ana');
    expect(await t.wait('ana')).toBe(1000);
    expect(await t.wait('bo')).toBe(0);
    now = 999;
    expect(await t.wait('ana')).toBe(1);
    now = 1000;
    expect(await t.wait('ana')).toBe(0);
    for (let i = 0; i < 3; i++) await t.fail('ana');
    await t.clear('ana');
    expect(await t.wait('ana')).toBe(0);
  });

  it('keeps at most maxKeys keys, forgetting the least recently failed', async () => {
    const t = throttle({ max: 1, windowMs: 1000 }, () => 0, 2);
    await t.fail('a');
    await t.fail('b');
    await t.fail('a');
    await t.fail('c');
    expect(await t.wait('b')).toBe(0);
    expect(await t.wait('a')).toBe(1000);
    expect(await t.wait('c')).toBe(1000);
  });
});

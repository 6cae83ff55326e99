import { describe, expect, it } from 'vitest';
import { versionTime } from './versionTime.ts';

describe('versionTime', () => {
  it('shows the time alone today and the day before that', () => {
    const now = new Date(2024, 10, 3, 15, 0).getTime();
    expect(versionTime(new Date(2024, 10, 3, 10, 42).getTime(), now, 'en-GB')).toBe('10:42');
    expect(versionTime(new Date(2024, 10, 2, 9, 5).getTime(), now, 'en-GB')).toBe('2 Nov, 09:05');
  });
});

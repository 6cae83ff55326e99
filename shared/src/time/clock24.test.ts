import { describe, expect, it } from 'vitest';
import { readClock24 } from './clock24.ts';

describe('a time of day typed in 24-hour form', () => {
  it('is read as HH:MM, however it was written', () => {
    expect(readClock24('14:30')).toBe('14:30');
    expect(readClock24(' 9:05 ')).toBe('09:05');
    expect(readClock24('0930')).toBe('09:30');
    expect(readClock24('930')).toBe('09:30');
    expect(readClock24('14.30')).toBe('14:30');
    expect(readClock24('14h30')).toBe('14:30');
    expect(readClock24('14')).toBe('14:00');
    expect(readClock24('00:00')).toBe('00:00');
    expect(readClock24('23:59')).toBe('23:59');
  });

  it('refuses what is not a 24-hour time rather than guess', () => {
    for (const text of ['', '24:00', '12:60', '2:30 PM', 'noon', '1:5', '12345']) {
      expect(readClock24(text)).toBeNull();
    }
  });
});

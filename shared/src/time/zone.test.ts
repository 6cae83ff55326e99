import { describe, expect, it } from 'vitest';
import { readIsoInstant } from './instant.ts';
import {
  canonicalTimeZone,
  formatInstant,
  formatOffset,
  instantFromWallClock,
  offsetMinutesAt,
  TimeZoneSchema,
} from './zone.ts';

const utc = (iso: string) => Date.parse(iso);
const wall = (y: number, mo: number, d: number, h: number, mi: number) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: 0,
  millisecond: 0,
});

describe('time zone names', () => {
  it('are canonicalised, including aliases missing from Intl.supportedValuesOf', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Berln')).toBeNull();
    expect(canonicalTimeZone('+02:00')).toBeNull();
    expect(TimeZoneSchema.parse(' Europe/Berlin ')).toBe('Europe/Berlin');
    expect(() => TimeZoneSchema.parse('Mars/Olympus')).toThrow(
      "Time zone 'Mars/Olympus' is unknown",
    );
  });
});

describe('wall clock ↔ instant in America/New_York across the 2026 DST changes', () => {
  const zone = 'America/New_York';

  it('knows the offset on each side of a change', () => {
    expect(offsetMinutesAt(utc('2026-10-31T12:00:00Z'), zone)).toBe(-240);
    expect(offsetMinutesAt(utc('2026-11-03T12:00:00Z'), zone)).toBe(-300);
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(330)).toBe('+05:30');
  });

  it('places an ordinary reading, and the earlier of a repeated one', () => {
    expect(instantFromWallClock(wall(2026, 11, 3, 9, 2), zone)).toEqual({
      ok: true,
      ms: utc('2026-11-03T14:02:00Z'),
      ambiguous: false,
    });
    expect(instantFromWallClock(wall(2026, 11, 1, 1, 30), zone)).toEqual({
      ok: true,
      ms: utc('2026-11-01T05:30:00Z'),
      ambiguous: true,
    });
  });

  it('refuses a reading the clocks skipped', () => {
    expect(instantFromWallClock(wall(2026, 3, 8, 2, 30), zone)).toEqual({
      ok: false,
      reason: 'skipped',
    });
    expect(instantFromWallClock(wall(2026, 3, 8, 3, 0), zone)).toMatchObject({
      ms: utc('2026-03-08T07:00:00Z'),
    });
  });

  it('formats an instant as read in the zone, with the short zone name of that day', () => {
    expect(formatInstant(utc('2026-11-03T14:02:00Z'), zone)).toBe('2026-11-03 09:02 EST');
    expect(formatInstant(utc('2026-10-31T14:02:00Z'), zone)).toBe('2026-10-31 10:02 EDT');
    expect(formatInstant(utc('2026-11-01T05:30:00Z'), zone)).toBe('2026-11-01 01:30 EDT');
    expect(formatInstant(utc('2026-11-01T06:30:00Z'), zone)).toBe('2026-11-01 01:30 EST');
    expect(formatInstant(utc('2026-11-03T14:02:05Z'), 'UTC', { seconds: true })).toBe(
      '2026-11-03 14:02:05 UTC',
    );
    expect(formatInstant(utc('2026-11-03T23:30:00Z'), 'Europe/Berlin', { zoneName: false })).toBe(
      '2026-11-04 00:30',
    );
    expect(formatInstant(utc('2026-11-03T14:02:00Z'), zone, { date: false })).toBe('09:02 EST');
  });
});

describe('ISO instants', () => {
  it('need a zone and a real date, and accept offsets and fractions', () => {
    expect(readIsoInstant('2026-11-03T14:02Z')).toEqual({
      ok: true,
      ms: utc('2026-11-03T14:02:00Z'),
    });
    expect(readIsoInstant('2026-11-03T16:02:00.5+02:00')).toEqual({
      ok: true,
      ms: utc('2026-11-03T14:02:00.500Z'),
    });
    expect(readIsoInstant('2026-11-03T14:02:00')).toEqual({
      ok: false,
      problem: 'not a date and time with a zone',
    });
    expect(readIsoInstant('2026-02-30T14:02:00Z')).toEqual({
      ok: false,
      problem: 'day 30 is out of range (2026-02 has 28 days)',
    });
    expect(readIsoInstant('2026-11-03T14:02:00+15:00')).toEqual({
      ok: false,
      problem: 'offset +15:00 is out of range',
    });
  });
});

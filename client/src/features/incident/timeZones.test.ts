import { describe, expect, it } from 'vitest';
import { allTimeZones, searchZones, zoneInfo } from './timeZones.ts';

/** A winter day, so Berlin is at +01:00 and New York at -05:00. */
const NOW = Date.UTC(2026, 0, 20, 12);
const NAMES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Europe/Busingen', 'Asia/Kolkata'];
const ZONES = NAMES.map((zone) => zoneInfo(zone, NOW));
const search = (query: string, current = '', zones = ZONES) =>
  searchZones(zones, query, current).map((z) => z.zone);

describe('time zone search', () => {
  it('matches every word, in any part of the name, ignoring case and underscores', () => {
    expect(search('new york', 'UTC')).toEqual(['UTC', 'America/New_York']);
    expect(search('EUROPE b')).toEqual(['Europe/Berlin', 'Europe/Busingen']);
  });

  it('lists cities starting with the query first', () => {
    const zones = ['Asia/Xberlin', 'Europe/Berlin'].map((zone) => ({
      zone,
      offset: '+00:00',
      minutes: 0,
      names: [],
    }));
    expect(search('berlin', '', zones)).toEqual(['Europe/Berlin', 'Asia/Xberlin']);
  });

  it('finds a zone by what people call it: CET, CEST, EST', () => {
    expect(search('CET')).toEqual(['Europe/Berlin', 'Europe/Busingen']);
    expect(search('cest')).toEqual(['Europe/Berlin', 'Europe/Busingen']);
    expect(search('EST')).toEqual(['America/New_York']);
  });

  it('finds zones by their offset now: +01, UTC-5, +05:30', () => {
    expect(search('+01')).toEqual(['Europe/Berlin', 'Europe/Busingen']);
    expect(search('UTC-5')).toEqual(['America/New_York']);
    expect(search('+05:30')).toEqual(['Asia/Kolkata']);
    expect(search('+5')).toEqual(['Asia/Kolkata']);
    expect(zoneInfo('Asia/Kolkata', NOW).offset).toBe('+05:30');
  });

  it('always shows the chosen zone first, once', () => {
    expect(search('kolkata', 'Europe/Berlin')).toEqual(['Europe/Berlin', 'Asia/Kolkata']);
    expect(search('', 'UTC')).toEqual(NAMES);
  });

  it('offers UTC first among the zones the engine knows', () => {
    const zones = allTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
  });
});

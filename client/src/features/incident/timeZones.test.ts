import { describe, expect, it } from 'vitest';
import { allTimeZones, searchZones } from './timeZones.ts';

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Europe/Busingen', 'Asia/Kolkata'];

describe('time zone search', () => {
  it('matches every word, in any part of the name, ignoring case and underscores', () => {
    expect(searchZones(ZONES, 'new york', 'UTC')).toEqual(['UTC', 'America/New_York']);
    expect(searchZones(ZONES, 'EUROPE b', '')).toEqual(['Europe/Berlin', 'Europe/Busingen']);
  });

  it('lists cities starting with the query first', () => {
    expect(
      searchZones(['Europe/Berlin', 'America/Berlin_Like', 'Asia/Kolkata'], 'kol', ''),
    ).toEqual(['Asia/Kolkata']);
    expect(searchZones(['Asia/Xberlin', 'Europe/Berlin'], 'berlin', '')).toEqual([
      'Europe/Berlin',
      'Asia/Xberlin',
    ]);
  });

  it('always shows the chosen zone first, once', () => {
    expect(searchZones(ZONES, 'kolkata', 'Europe/Berlin')).toEqual([
      'Europe/Berlin',
      'Asia/Kolkata',
    ]);
    expect(searchZones(ZONES, '', 'UTC')).toEqual(ZONES);
  });

  it('offers UTC first among the zones the engine knows', () => {
    const zones = allTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
  });
});

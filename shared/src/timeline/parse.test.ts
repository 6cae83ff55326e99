import { describe, expect, it } from 'vitest';
import { detectFormat, parseTimeline } from './parse.ts';

describe('detectFormat', () => {
  it('tells JSON, even broken, from a pasted line that starts with a kind tag', () => {
    expect(detectFormat('  [{"at": "2026-11-03T14:02:00Z", "text": "x"}]')).toBe('json');
    expect(detectFormat('[\n  { "at": "2026-11-03T14:02:00Z",')).toBe('json');
    expect(detectFormat('[]')).toBe('json');
    expect(detectFormat('[detection] 14:05 page')).toBe('txt');
  });

  it('needs a time and a text header for CSV, with any separator', () => {
    expect(detectFormat('\nTime;Text\n14:02;x')).toBe('csv');
    expect(detectFormat('at\ttext\tkind')).toBe('csv');
    expect(detectFormat('when,what\n14:02,x')).toBe('txt');
    expect(detectFormat('2026-11-03 14:02 UTC time, text and more')).toBe('txt');
  });
});

describe('parseTimeline', () => {
  it('parses in the detected format unless one is given', () => {
    const csv = 'at,text\n2026-11-03T14:02:00Z,x';
    expect(parseTimeline(csv)).toMatchObject({ format: 'csv', errors: [] });
    expect(parseTimeline(csv, {}, 'txt')).toMatchObject({ format: 'txt', events: [] });
  });
});

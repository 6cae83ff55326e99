/**
 * The sample incident's timeline files (fixtures/): the three formats hold the same
 * events, and every mistake in timeline-bad.txt is reported on its own line.
 */
import { describe, expect, it } from 'vitest';
import bad from '../fixtures/timeline-bad.txt?raw';
import csv from '../fixtures/timeline.csv?raw';
import json from '../fixtures/timeline.json?raw';
import txt from '../fixtures/timeline.txt?raw';
import { detectFormat, parseTimeline } from './parse.ts';
import { parseTimelineCsv } from './parseCsv.ts';
import { parseTimelineJson } from './parseJson.ts';
import { parseTimelineText } from './parseText.ts';

const at = (hhmm: string) => Date.parse(`2026-11-03T${hhmm}:00Z`);

describe('sample timeline files', () => {
  const fromTxt = parseTimelineText(txt, { defaultSource: 'incident channel' });
  const fromCsv = parseTimelineCsv(csv);
  const fromJson = parseTimelineJson(json);

  it('parse without errors to 14 events in each format', () => {
    for (const result of [fromTxt, fromCsv, fromJson]) {
      expect(result.errors).toEqual([]);
      expect(result.events).toHaveLength(14);
    }
  });

  it('give the same events in all three formats', () => {
    expect(fromCsv.events).toEqual(fromJson.events);
    expect(fromTxt.events).toEqual(fromJson.events);
  });

  it('read times, kinds, text and source as written', () => {
    expect(fromJson.events[0]).toEqual({
      at: at('13:55'),
      kind: 'action',
      text: 'Config change #8812 merged: checkout-api db pool max 200 -> 20 (meant for staging)',
      source: 'incident channel',
    });
    expect(fromTxt.events.map((e) => e.kind)).toContain('failed attempt');
    expect(fromCsv.events[8]?.text).toBe(
      'Orders-db checked: healthy, 30% of its connection limit in use',
    );
    expect(fromTxt.events[13]).toMatchObject({ at: at('15:10'), kind: 'communication' });
  });

  it('are told apart by detectFormat', () => {
    expect(detectFormat(txt)).toBe('txt');
    expect(detectFormat(csv)).toBe('csv');
    expect(detectFormat(json)).toBe('json');
    expect(detectFormat(bad)).toBe('txt');
    expect(parseTimeline(csv).format).toBe('csv');
  });
});

describe('timeline-bad.txt', () => {
  const result = parseTimelineText(bad);

  it('reports each wrong line once, with its line number and its mistake', () => {
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 2: minute 61 is out of range',
      'line 3: hour 25 is out of range',
      'line 4: no text after the time',
      'line 5: no time at the start of the line',
      'line 6: month 13 is out of range',
      "line 7: unknown kind 'nonsense-kind' (expected one of trigger, detection, alert, escalation, action, failed attempt, mitigation, resolution, communication, other)",
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(result.errors[0]?.problem).toBe('minute 61 is out of range');
  });

  it('still parses the good lines, continuing the first line’s date and zone', () => {
    expect(result.events).toEqual([
      { at: at('13:55'), kind: 'action', text: 'A good first line' },
      { at: at('14:15'), kind: 'other', text: 'A line without a kind is fine' },
    ]);
  });
});

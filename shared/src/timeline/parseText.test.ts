import { describe, expect, it } from 'vitest';
import { parseTimelineText } from './parseText.ts';

const utc = (iso: string) => Date.parse(iso);
const messages = (text: string, options = {}) =>
  parseTimelineText(text, options).errors.map((e) => e.message);

describe('pasted text: times and zones', () => {
  it('reads UTC, Z, offsets and IANA names, glued or spaced', () => {
    const { events, errors } = parseTimelineText(
      [
        '2026-11-03 14:02 UTC one',
        '2026-11-03 14:02Z two',
        '2026-11-03T16:02+02:00 three',
        '2026-11-03 15:02 +0100 four',
        '2026-11-03 09:02 America/New_York five',
        '2026-11-03 14:02:30 GMT six',
        '2026-11-03 19:32 UTC+5:30 seven',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    const t = utc('2026-11-03T14:02:00Z');
    expect(events.map((e) => e.at)).toEqual([t, t, t, t, t, t + 30_000, t]);
    expect(events.map((e) => e.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
    ]);
  });

  it('continues the last date and zone on lines with only a time', () => {
    const { events } = parseTimelineText(
      '2026-11-03 09:00 America/New_York start\n09:30 later\n2026-11-04 08:00 next day\n08:05 after',
    );
    expect(events.map((e) => e.at)).toEqual([
      utc('2026-11-03T14:00:00Z'),
      utc('2026-11-03T14:30:00Z'),
      utc('2026-11-04T13:00:00Z'),
      utc('2026-11-04T13:05:00Z'),
    ]);
  });

  it('places each line in the zone’s offset of that day, across a DST change', () => {
    // New York left daylight saving time on 2026-11-01 at 02:00 EDT.
    const { events } = parseTimelineText(
      '2026-10-31 12:00 America/New_York before\n2026-11-02 12:00 after',
    );
    expect(events.map((e) => e.at)).toEqual([
      utc('2026-10-31T16:00:00Z'),
      utc('2026-11-02T17:00:00Z'),
    ]);
  });

  it('takes the earlier of a time that happened twice, and refuses one that never happened', () => {
    const { events, errors } = parseTimelineText(
      '2026-11-01 01:30 America/New_York twice\n2026-03-08 02:30 America/New_York never',
    );
    expect(events[0]?.at).toBe(utc('2026-11-01T05:30:00Z'));
    expect(errors.map((e) => e.message)).toEqual([
      'line 2: 2026-03-08 02:30 did not happen in America/New_York (the clocks skipped it)',
    ]);
  });

  it('uses the base date and zone for a paste that starts with a time', () => {
    const { events, errors } = parseTimelineText('14:02 [trigger] rollout\n14:05 page', {
      baseDate: '2026-11-03',
      timeZone: 'Europe/Berlin',
    });
    expect(errors).toEqual([]);
    expect(events.map((e) => e.at)).toEqual([
      utc('2026-11-03T13:02:00Z'),
      utc('2026-11-03T13:05:00Z'),
    ]);
  });

  it('asks for a date, then a zone, when there is none to continue', () => {
    expect(messages('14:02 rollout')).toEqual([
      'line 1: no date yet; start with a full date like 2026-11-03 14:02 UTC, or choose a base date',
    ]);
    expect(messages('2026-11-03 14:02 rollout started')).toEqual([
      'line 1: no time zone after the time; add one like UTC, Z, +02:00 or Europe/Berlin',
    ]);
    expect(messages('2026-11-03 14:02 CET rollout')).toEqual([
      "line 1: time zone 'CET' is ambiguous or unknown; write an offset like +01:00 or a name like Europe/Paris",
    ]);
  });

  it('names a misspelt zone and an impossible offset', () => {
    expect(messages('2026-11-03 14:02 Europe/Berln rollout')).toEqual([
      "line 1: unknown time zone 'Europe/Berln'",
    ]);
    expect(messages('2026-11-03 14:02 +15:00 rollout')).toEqual([
      'line 1: offset +15:00 is out of range',
    ]);
  });

  it('keeps words that only look like zones as text on a continued line', () => {
    const { events, errors } = parseTimelineText(
      '2026-11-03 14:02 UTC start\n14:05 CPU/memory spiked\n14:06 +50 instances\n14:07 -10 errors/s',
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => e.text)).toEqual([
      'start',
      'CPU/memory spiked',
      '+50 instances',
      '-10 errors/s',
    ]);
  });

  it('reports out-of-range dates with the day count of the month', () => {
    expect(
      messages('2026-11-31 14:02 UTC x\n2026-02-29 14:02 UTC y\n2026-11-03 24:00 UTC z'),
    ).toEqual([
      'line 1: day 31 is out of range (2026-11 has 30 days)',
      'line 2: day 29 is out of range (2026-02 has 28 days)',
      'line 3: hour 24 is out of range',
    ]);
  });

  it('keeps a correctly written date and zone for the lines after a line with another mistake', () => {
    const { events, errors } = parseTimelineText(
      '2026-11-03 14:02 UTC start\n2026-11-04 14:61 Europe/Berlin typo\n09:00 next morning',
    );
    expect(errors.map((e) => e.line)).toEqual([2]);
    expect(events[1]?.at).toBe(utc('2026-11-04T08:00:00Z'));
  });
});

describe('pasted text: kinds and text', () => {
  it('reads a kind tag case-insensitively, with - or _ for the space', () => {
    const { events } = parseTimelineText(
      '2026-11-03 14:02 UTC [Failed-Attempt] a\n14:03 [MITIGATION] b\n14:04 [failed_attempt] c\n14:05 d',
    );
    expect(events.map((e) => e.kind)).toEqual([
      'failed attempt',
      'mitigation',
      'failed attempt',
      'other',
    ]);
  });

  it('ignores empty lines and counts them in line numbers, with any line ending', () => {
    const result = parseTimelineText('\r\n2026-11-03 14:02 UTC a\r\n\r\n   \r\n14:99 b\r\n');
    expect(result.events).toHaveLength(1);
    expect(result.errors.map((e) => e.message)).toEqual(['line 5: minute 99 is out of range']);
  });

  it('reports an unclosed tag, a missing time after a date, and overlong text', () => {
    expect(
      messages(
        `2026-11-03 14:02 UTC [action oops\n2026-11-03 deploy\n14:05 ${'x'.repeat(501)}\n14:06 [action]   `,
      ),
    ).toEqual([
      "line 1: the kind tag has no closing ']'",
      'line 2: no time after the date',
      'line 3: an event has at most 500 characters',
      'line 4: no text after the time',
    ]);
  });

  it('adds the default source to every event', () => {
    const { events } = parseTimelineText('2026-11-03 14:02 UTC a', { defaultSource: 'pager' });
    expect(events[0]?.source).toBe('pager');
  });

  it('refuses malformed options, which are a caller’s mistake', () => {
    expect(() => parseTimelineText('', { baseDate: '2026-11-31' })).toThrow(RangeError);
    expect(() => parseTimelineText('', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

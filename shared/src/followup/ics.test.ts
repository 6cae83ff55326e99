import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  clearFollowUp,
  followUpStart,
  readFollowUp,
  setFollowUp,
  type FollowUpTime,
} from '../entities/followUp.ts';
import { escapeIcsText, foldIcsLine, followUpIcs, type FollowUpInvite } from './ics.ts';

/** A content line, unfolded: name, parameters, raw value. */
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Just enough of an RFC 5545 reader to check our output: unfold, split, unescape. */
function parseIcs(text: string): Property[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function eventProps(text: string): Map<string, Property> {
  const props = parseIcs(text);
  const begin = props.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = props.findIndex((p) => p.name === 'END' && p.value === 'VEVENT');
  return new Map(props.slice(begin + 1, end).map((p) => [p.name, p]));
}

const followUp: FollowUpTime = {
  date: '2026-11-20',
  time: '15:30',
  durationMinutes: 45,
  timeZone: 'Europe/Berlin',
};

const invite: FollowUpInvite = {
  uid: 'AbCdEfGh12345678-followup@hindsight.example.com',
  now: Date.parse('2026-11-03T16:04:05Z'),
  followUp,
  title: 'Checkout outage, 3 Nov; payments; "pool" \\ config',
  boardUrl: 'https://hindsight.example.com/b/AbCdEfGh12345678#token=obs,123;x',
  openActions: [
    { title: 'Alert on pool saturation, at 80%', owner: 'Priya', due: '2026-11-15' },
    { title: 'Range-check config values; add a test\nand a runbook', owner: 'Zoë Ångström' },
    { title: 'Backoff for mobile retries' },
  ],
};

describe('iCalendar invite', () => {
  const ics = followUpIcs(invite);

  it('drops bidirectional controls, so "txt.exe" never displays as "exe.txt"', () => {
    expect(escapeIcsText('invoice\u202Etxt.exe \u2066a\u2069\u200F\u061C')).toBe(
      'invoicetxt.exe a',
    );
  });

  it('uses CRLF line endings throughout, the last line included', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const bytes = new TextEncoder().encode(ics);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let longest = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        const line = bytes.subarray(start, i);
        longest = Math.max(longest, line.length);
        expect(() => decoder.decode(line)).not.toThrow();
        start = i + 2;
      }
    }
    expect(longest).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /); // the description is long enough to fold
  });

  it('parses back to the event’s fields', () => {
    const event = eventProps(ics);
    expect(event.get('UID')?.value).toBe(invite.uid);
    expect(event.get('DTSTAMP')?.value).toBe('20261103T160405Z');
    expect(event.get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Berlin' },
      value: '20261120T153000',
    });
    expect(event.get('DURATION')?.value).toBe('PT45M');
    expect(unescapeText(event.get('SUMMARY')!.value)).toBe(`Follow-up review: ${invite.title}`);
    expect(event.get('URL')?.value).toBe(invite.boardUrl);
    expect(unescapeText(event.get('DESCRIPTION')!.value)).toBe(
      [
        `Follow-up review of the postmortem "${invite.title}".`,
        `Board: ${invite.boardUrl}`,
        '',
        'Open actions (3):',
        '- Alert on pool saturation, at 80% (owner: Priya, due 2026-11-15)',
        '- Range-check config values; add a test\nand a runbook (owner: Zoë Ångström)',
        '- Backoff for mobile retries (no owner yet)',
      ].join('\n'),
    );
  });

  it('declares the zone it names, with the offset in force at the review', () => {
    const props = parseIcs(ics);
    const tz = props.slice(
      props.findIndex((p) => p.name === 'BEGIN' && p.value === 'VTIMEZONE'),
      props.findIndex((p) => p.name === 'END' && p.value === 'VTIMEZONE') + 1,
    );
    expect(tz.find((p) => p.name === 'TZID')?.value).toBe('Europe/Berlin');
    expect(tz.find((p) => p.name === 'TZOFFSETTO')?.value).toBe('+0100');
    const summer = followUpIcs({
      ...invite,
      followUp: { ...followUp, date: '2026-07-01', timeZone: 'America/New_York' },
    });
    expect(summer).toContain('TZOFFSETTO:-0400');
    expect(eventProps(summer).get('DTSTART')?.params).toEqual({ TZID: 'America/New_York' });
  });

  it('writes UTC start times for the UTC zone, or on request, without a VTIMEZONE', () => {
    const utc = followUpIcs({ ...invite, utc: true });
    expect(eventProps(utc).get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: {},
      value: '20261120T143000Z',
    });
    expect(utc).not.toContain('VTIMEZONE');
    const inUtc = followUpIcs({ ...invite, followUp: { ...followUp, timeZone: 'UTC' } });
    expect(eventProps(inUtc).get('DTSTART')?.value).toBe('20261120T153000Z');
  });

  it('leaves out a board link that is not http(s)', () => {
    const event = eventProps(
      followUpIcs({ ...invite, boardUrl: 'javascript:alert(1)', openActions: [] }),
    );
    expect(event.has('URL')).toBe(false);
    expect(unescapeText(event.get('DESCRIPTION')!.value)).not.toContain('javascript');
    expect(unescapeText(event.get('DESCRIPTION')!.value)).toContain('Every action is done');
  });

  it('formats durations of an hour or more', () => {
    const long = followUpIcs({ ...invite, followUp: { ...followUp, durationMinutes: 90 } });
    expect(eventProps(long).get('DURATION')?.value).toBe('PT1H30M');
    const hour = followUpIcs({ ...invite, followUp: { ...followUp, durationMinutes: 60 } });
    expect(eventProps(hour).get('DURATION')?.value).toBe('PT1H');
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other controls', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\u0007g\th')).toBe('a\\\\b\\;c\\,d\\ne\\nfg\th');
  });

  it('folds by octets: 75 on the first line, 74 plus the space after', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(foldIcsLine('short')).toBe('short');
    const emoji = foldIcsLine(`X:${'🙂'.repeat(40)}`);
    expect(emoji.replace(/\r\n /g, '')).toBe(`X:${'🙂'.repeat(40)}`);
  });
});

describe('follow-up review', () => {
  it('is stored whole, in the canonical zone, with a default length', () => {
    const doc = new Y.Doc();
    expect(readFollowUp(doc)).toBeNull();
    setFollowUp(doc, { date: '2026-11-20', time: '15:30', timeZone: 'europe/berlin' }, 'me');
    expect(readFollowUp(doc)).toEqual({
      date: '2026-11-20',
      time: '15:30',
      durationMinutes: 30,
      timeZone: 'Europe/Berlin',
      revision: 0,
    });
    expect(followUpStart(readFollowUp(doc)!)).toBe(Date.parse('2026-11-20T14:30:00Z'));
    clearFollowUp(doc);
    expect(readFollowUp(doc)).toBeNull();
  });

  it('refuses a bad date, time, length or zone, and a time the clocks skip', () => {
    const doc = new Y.Doc();
    const ok = { date: '2026-11-20', time: '15:30', timeZone: 'UTC' };
    expect(() => setFollowUp(doc, { ...ok, date: '2026-11-31' })).toThrow(
      'A date must look like 2026-11-20',
    );
    expect(() => setFollowUp(doc, { ...ok, time: '25:00' })).toThrow('A time must look like 15:30');
    expect(() => setFollowUp(doc, { ...ok, durationMinutes: 2 })).toThrow('at least 5 minutes');
    expect(() => setFollowUp(doc, { ...ok, timeZone: 'Mars/Olympus' })).toThrow('is unknown');
    expect(() =>
      setFollowUp(doc, { date: '2026-03-29', time: '02:30', timeZone: 'Europe/Berlin' }),
    ).toThrow('02:30 does not exist on 2026-03-29 in Europe/Berlin');
    expect(readFollowUp(doc)).toBeNull();
  });
});

describe('follow-up revisions', () => {
  it('rise with each change, so calendars update the event instead of adding one', () => {
    const doc = new Y.Doc();
    const first = setFollowUp(doc, { date: '2026-11-20', time: '15:30', timeZone: 'UTC' });
    expect(first.revision).toBe(0);
    expect(setFollowUp(doc, { date: '2026-11-20', time: '15:30', timeZone: 'UTC' }).revision).toBe(
      0,
    );
    expect(setFollowUp(doc, { date: '2026-11-21', time: '15:30', timeZone: 'UTC' }).revision).toBe(
      1,
    );
  });
});

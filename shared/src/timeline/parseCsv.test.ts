import { describe, expect, it } from 'vitest';
import { parseTimelineCsv, readCsvRecords } from './parseCsv.ts';

const utc = (iso: string) => Date.parse(iso);

describe('CSV records', () => {
  it('handle quoted separators, doubled quotes and line breaks, numbering records by first line', () => {
    const { records, errors } = readCsvRecords(
      'a,b\n"x, y","say ""hi"""\n\n"multi\nline",z\r\nlast,"",\n',
    );
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['multi\nline', 'z'] },
      { line: 6, fields: ['last', '', ''] },
    ]);
  });

  it('report an unclosed quote at the line its record starts on', () => {
    expect(readCsvRecords('a,b\n1,"open\n2,3\n').errors.map((e) => e.message)).toEqual([
      'line 2: a quoted field is not closed',
    ]);
  });
});

describe('CSV timeline', () => {
  it('finds columns by name in any order and any case, ignoring extra columns', () => {
    const { events, errors } = parseTimelineCsv(
      'Source,TEXT,Owner,Kind,At\npager,"Alert fired, p99 > 2 s",ann,ALERT,2026-11-03T14:04:00Z\n',
    );
    expect(errors).toEqual([]);
    expect(events).toEqual([
      {
        at: utc('2026-11-03T14:04:00Z'),
        kind: 'alert',
        text: 'Alert fired, p99 > 2 s',
        source: 'pager',
      },
    ]);
  });

  it('reads tab-separated cells pasted from a spreadsheet, and times continuing a date', () => {
    const { events, errors } = parseTimelineCsv(
      'time\ttext\n2026-11-03 09:02 America/New_York\tpage\n09:10\tack\n',
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.at, e.kind])).toEqual([
      [utc('2026-11-03T14:02:00Z'), 'other'],
      [utc('2026-11-03T14:10:00Z'), 'other'],
    ]);
  });

  it('reports each bad row on its line and keeps the good ones', () => {
    const { events, errors } = parseTimelineCsv(
      [
        'timestamp,kind,text,source',
        '2026-11-03T14:02:00Z,trigger,ok,',
        'yesterday,action,no time,',
        '2026-11-03T14:61:00Z,action,bad minute,',
        '2026-11-03T14:05:00Z,nonsense,bad kind,',
        '2026-11-03T14:06:00Z,action,,',
        '2026-11-03T14:07:00Z,action,too, many, commas',
        '2026-11-03T14:08:00Z trailing,action,junk,',
        '"2026-11-03T14:09:00Z",action,"quoted ""fine""",chat',
      ].join('\n'),
    );
    expect(errors.map((e) => e.message)).toEqual([
      "line 3: 'yesterday' is not a time",
      'line 4: minute 61 is out of range',
      "line 5: unknown kind 'nonsense' (expected one of trigger, detection, alert, escalation, action, failed attempt, mitigation, resolution, communication, other)",
      'line 6: an event needs some text',
      'line 7: 5 fields but the header has 4; put text that contains commas in double quotes',
      "line 8: unexpected 'trailing' after the time in '2026-11-03T14:08:00Z trailing'",
    ]);
    expect(events.map((e) => e.text)).toEqual(['ok', 'quoted "fine"']);
  });

  it('needs a time column and a text column in the header', () => {
    expect(parseTimelineCsv('when,text\nx,y').errors.map((e) => e.message)).toEqual([
      'line 1: no time column (expected a header named timestamp, at or time)',
    ]);
    expect(parseTimelineCsv('\n\nat,what\nx,y').errors.map((e) => e.message)).toEqual([
      "line 3: no text column (expected a header named 'text')",
    ]);
    expect(parseTimelineCsv('at,time,text').errors.map((e) => e.message)).toEqual([
      "line 1: two columns for the time ('at' and 'time')",
    ]);
  });

  it('gives nothing and no error for empty input', () => {
    expect(parseTimelineCsv('')).toEqual({ events: [], errors: [] });
  });
});

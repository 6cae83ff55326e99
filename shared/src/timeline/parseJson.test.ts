import { describe, expect, it } from 'vitest';
import { arrayItemLines, parseTimelineJson } from './parseJson.ts';

const utc = (iso: string) => Date.parse(iso);

describe('JSON timeline', () => {
  it('reads items with at as text or milliseconds, kind optional', () => {
    const { events, errors } = parseTimelineJson(
      JSON.stringify([
        { at: '2026-11-03T14:02:00Z', kind: 'trigger', text: 'rollout', source: 'deploys' },
        { at: utc('2026-11-03T14:05:00Z'), text: 'page', source: null, extra: 1 },
      ]),
    );
    expect(errors).toEqual([]);
    expect(events).toEqual([
      { at: utc('2026-11-03T14:02:00Z'), kind: 'trigger', text: 'rollout', source: 'deploys' },
      { at: utc('2026-11-03T14:05:00Z'), kind: 'other', text: 'page' },
    ]);
  });

  it('names the array index and the line of each bad item', () => {
    const text = `[
  { "at": "2026-11-03T14:02:00Z", "text": "good" },
  { "at": "2026-11-03T14:61:00Z", "text": "bad minute" },
  {
    "at": "2026-11-03T14:05:00Z",
    "kind": "nonsense",
    "text": "bad kind"
  },
  "not an object",
  { "text": "no time" },
  { "at": "2026-11-03T14:06:00Z", "text": 42 }
]`;
    const { events, errors } = parseTimelineJson(text);
    expect(events).toHaveLength(1);
    expect(errors.map((e) => [e.index, e.line])).toEqual([
      [1, 3],
      [2, 4],
      [3, 9],
      [4, 10],
      [5, 11],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'line 3, item [1]: minute 61 is out of range',
      "line 4, item [2]: unknown kind 'nonsense' (expected one of trigger, detection, alert, escalation, action, failed attempt, mitigation, resolution, communication, other)",
      'line 9, item [3]: expected an object with at, kind and text',
      "line 10, item [4]: no 'at' time",
      'line 11, item [5]: an event needs some text',
    ]);
  });

  it('reports broken JSON at the line of the mistake, and a non-array at line 1', () => {
    const broken = parseTimelineJson('[\n  { "at": "x" },\n  { "at" "y" }\n]');
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]?.line).toBe(3);
    expect(broken.errors[0]?.message).toMatch(/^line 3: not valid JSON/);
    expect(parseTimelineJson('{"at": 1}').errors.map((e) => e.message)).toEqual([
      'line 1: expected a JSON array of events, [ { "at", "kind", "text" } ]',
    ]);
  });

  it('finds where each top-level item starts, ignoring brackets inside strings', () => {
    expect(arrayItemLines('[\n1,\n"a]\\"[",\n{"x": [1,\n2]},\n\nnull]')).toEqual([2, 3, 4, 7]);
  });
});

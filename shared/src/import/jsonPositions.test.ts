import { describe, expect, it } from 'vitest';
import { readImportFile } from '../api/import.ts';
import { lineOfPath, valueOffsets } from './jsonPositions.ts';

const TEXT = `{
  "title": "Checkout",
  "timeline": {
    "events": [
      { "at": "2026-11-03T14:02:00Z", "text": "a \\"quoted\\" [word]" },
      {
        "at": "yesterday",
        "text": "b"
      }
    ]
  },
  "n": -1.5e3, "ok": true, "none": null
}
`;

describe('positions of values in a JSON text', () => {
  it('finds every value by its path, escapes and nesting included', () => {
    const offsets = valueOffsets(TEXT);
    for (const path of ['', 'title', 'timeline.events[0].text', 'timeline.events[1].at', 'none']) {
      expect(offsets.has(path), path).toBe(true);
    }
    const at = offsets.get('timeline.events[1].at')!;
    expect(TEXT.slice(at, at + 11)).toBe('"yesterday"');
    expect(TEXT.slice(offsets.get('n')!, offsets.get('n')! + 6)).toBe('-1.5e3');
  });

  it('tells the line of a value, and of its object when the value is missing', () => {
    expect(lineOfPath(TEXT, 'timeline.events[1].at')).toBe(7);
    expect(lineOfPath(TEXT, 'timeline.events[1].kind')).toBe(6);
    expect(lineOfPath(TEXT, 'timeline.events[0].source')).toBe(5);
    expect(lineOfPath(TEXT, 'summary.text')).toBe(1);
  });

  it('puts the line on every schema issue of an import file', () => {
    const reading = readImportFile(TEXT);
    expect(reading.ok).toBe(false);
    if (reading.ok || reading.kind !== 'schema') throw new Error('expected schema issues');
    const at = reading.issues.find((i) => i.path === 'timeline.events[1].at');
    expect(at?.line).toBe(7);
    expect(reading.issues.every((i) => typeof i.line === 'number')).toBe(true);
  });
});

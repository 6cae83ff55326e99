/**
 * One entry point for timeline imports: guess the format of what was pasted or
 * dropped, then parse it. Pure.
 */
import {
  TIMELINE_FORMATS,
  type ImportOptions,
  type ImportResult,
  type TimelineFormat,
} from './importResult.ts';
import { detectSeparator, parseTimelineCsv, readCsvRecords } from './parseCsv.ts';
import { parseTimelineJson } from './parseJson.ts';
import { parseTimelineText, splitLines } from './parseText.ts';

const TIME_HEADERS = ['timestamp', 'at', 'time'];

/**
 * The format of an import, from its content alone (file names lie, pastes have none):
 * - `json` when it starts with `[` or `{` and is JSON, or starts like an array of
 *   objects (so broken JSON gets JSON's errors, not a text parser's);
 * - `csv` when the first non-empty line is a header with a time column and a text
 *   column;
 * - `txt` otherwise. A pasted line may start with `[kind]`, so `[` alone is not JSON.
 */
export function detectFormat(text: string): TimelineFormat {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      JSON.parse(trimmed);
      return 'json';
    } catch {
      if (/^\[\s*[{\]]/.test(trimmed) || trimmed.startsWith('{')) return 'json';
    }
  }
  const first = splitLines(trimmed).find((line) => line.trim() !== '') ?? '';
  const [header] = readCsvRecords(first, detectSeparator(first)).records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  if (names.some((n) => TIME_HEADERS.includes(n)) && names.includes('text')) return 'csv';
  return 'txt';
}

/** True for a format name this version reads. */
export function isTimelineFormat(value: string): value is TimelineFormat {
  return (TIMELINE_FORMATS as readonly string[]).includes(value);
}

/** Parses an import in the given format, or the detected one. */
export function parseTimeline(
  text: string,
  options: ImportOptions = {},
  format: TimelineFormat = detectFormat(text),
): ImportResult & { format: TimelineFormat } {
  const parse = { txt: parseTimelineText, csv: parseTimelineCsv, json: parseTimelineJson }[format];
  return { format, ...parse(text, options) };
}

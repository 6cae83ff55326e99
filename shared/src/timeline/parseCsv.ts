/**
 * CSV with a header row, as spreadsheets export it.
 *
 * - Columns are found by header name, in any order, case-insensitive: the time in
 *   `timestamp`, `at` or `time` (required), `text` (required), `kind` and `source`
 *   (optional). Other columns are ignored.
 * - Fields are separated by commas; a header with tabs or semicolons and no commas
 *   switches to that separator (pasted spreadsheet cells, European Excel).
 * - RFC 4180 quoting: a field in double quotes may hold separators, line breaks and
 *   doubled quotes (`""` is one `"`). An error names the line a record starts on.
 * - Time cells use the pasted-text syntax (timestamp.ts): `2026-11-03T14:02:00Z`,
 *   `2026-11-03 14:02 Europe/Berlin`, or `14:05` continuing the row above.
 * - An empty kind is `other`. Empty lines are ignored.
 */
import { readKind, type TimelineEventDraft } from '../entities/timelineEvent.ts';
import {
  lineError,
  startContext,
  validateDraft,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './importResult.ts';
import { unknownKindProblem } from './parseText.ts';
import { readTimestampCell, type TimestampContext } from './timestamp.ts';

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Header names per column role, lower case. */
const COLUMN_NAMES = {
  at: ['timestamp', 'at', 'time'],
  text: ['text'],
  kind: ['kind'],
  source: ['source'],
} as const;
type Role = keyof typeof COLUMN_NAMES;

/** The separator a header line uses: a comma unless it has none and a tab or `;`. */
export function detectSeparator(headerLine: string): ',' | '\t' | ';' {
  if (headerLine.includes(',')) return ',';
  if (headerLine.includes('\t')) return '\t';
  if (headerLine.includes(';')) return ';';
  return ',';
}

/**
 * Splits CSV text into records. Records that are one empty field (blank lines) are
 * dropped. An unclosed quote swallows the rest of the input, so it is reported at the
 * line where its record starts.
 */
export function readCsvRecords(
  text: string,
  separator = detectSeparator(text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? ''),
): { records: CsvRecord[]; errors: ImportError[] } {
  const input = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]?.trim() !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += c;
    }
  }
  if (quoted) return { records, errors: [lineError(start, 'a quoted field is not closed')] };
  endRecord();
  return { records, errors: [] };
}

/** Parses CSV with a header row. Pure; never throws for bad input, only for bad options. */
export function parseTimelineCsv(text: string, options: ImportOptions = {}): ImportResult {
  const ctx = startContext(options);
  const { records, errors } = readCsvRecords(text);
  const result: ImportResult = { events: [], errors };
  const [header, ...rows] = records;
  if (!header) return result;
  const columns = findColumns(header);
  if ('problem' in columns) {
    result.errors.unshift(lineError(header.line, columns.problem));
    return result;
  }
  for (const row of rows) {
    const read = readRow(row, header.fields.length, columns, ctx, options);
    if ('problem' in read) result.errors.push(lineError(row.line, read.problem));
    else result.events.push(read.draft);
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

type Columns = Partial<Record<Role, number>> & { at: number; text: number };

function findColumns(header: CsvRecord): Columns | { problem: string } {
  const found: Partial<Record<Role, number>> = {};
  for (const [index, name] of header.fields.entries()) {
    const normal = name.trim().toLowerCase();
    const role = (Object.keys(COLUMN_NAMES) as Role[]).find((r) =>
      (COLUMN_NAMES[r] as readonly string[]).includes(normal),
    );
    if (!role) continue;
    const before = found[role];
    if (before !== undefined) {
      return {
        problem: `two columns for the ${role === 'at' ? 'time' : role} ('${header.fields[before]?.trim()}' and '${name.trim()}')`,
      };
    }
    found[role] = index;
  }
  if (found.at === undefined) {
    return { problem: 'no time column (expected a header named timestamp, at or time)' };
  }
  if (found.text === undefined)
    return { problem: "no text column (expected a header named 'text')" };
  return { ...found, at: found.at, text: found.text };
}

function readRow(
  row: CsvRecord,
  width: number,
  columns: Columns,
  ctx: TimestampContext,
  options: ImportOptions,
): { draft: TimelineEventDraft } | { problem: string } {
  if (row.fields.length > width) {
    return {
      problem: `${row.fields.length} fields but the header has ${width}; put text that contains commas in double quotes`,
    };
  }
  const cell = (role: Role) => {
    const index = columns[role];
    return index === undefined ? '' : (row.fields[index] ?? '');
  };
  const time = readTimestampCell(cell('at'), ctx);
  if (!time.ok) return { problem: time.problem };
  const kindCell = cell('kind').trim();
  const kind = kindCell === '' ? 'other' : readKind(kindCell);
  if (!kind) return { problem: unknownKindProblem(kindCell) };
  const source = cell('source').trim() === '' ? undefined : cell('source');
  return validateDraft({ at: time.at, kind, text: cell('text'), source }, options);
}

/**
 * JSON: an array of `{ "at", "kind", "text", "source" }` objects, as the export writes
 * them and as scripts produce them.
 *
 * - `at` (or `timestamp` / `time`): text in the pasted-text syntax (timestamp.ts), such
 *   as `2026-11-03T14:02:00Z`, or a number of milliseconds since the epoch.
 * - `kind`: optional, `other` when absent; `text`: required; `source`: optional.
 *   Other keys are ignored.
 * - An error names the item's 0-based index in the array and the line it starts on.
 */
import { readKind, type NewTimelineEvent } from '../entities/timelineEvent.ts';
import {
  itemError,
  lineError,
  startContext,
  validateDraft,
  type ImportOptions,
  type ImportResult,
} from './importResult.ts';
import { unknownKindProblem } from './parseText.ts';
import { readTimestampCell, type TimestampContext } from './timestamp.ts';

/** Parses a JSON array of events. Pure; never throws for bad input, only for bad options. */
export function parseTimelineJson(text: string, options: ImportOptions = {}): ImportResult {
  const ctx = startContext(options);
  const result: ImportResult = { events: [], errors: [] };
  const source = text.replace(/^\uFEFF/, '');
  let items: unknown;
  try {
    items = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    result.errors.push(lineError(syntaxErrorLine(source, detail), `not valid JSON (${detail})`));
    return result;
  }
  if (!Array.isArray(items)) {
    result.errors.push(
      lineError(1, 'expected a JSON array of events, [ { "at", "kind", "text" } ]'),
    );
    return result;
  }
  const lines = arrayItemLines(source);
  items.forEach((item: unknown, index) => {
    const read = readItem(item, ctx);
    const checked = 'problem' in read ? read : validateDraft(read, options);
    if ('problem' in checked) {
      result.errors.push(itemError(index, lines[index] ?? 1, checked.problem));
    } else {
      result.events.push(checked.draft);
    }
  });
  return result;
}

function readItem(item: unknown, ctx: TimestampContext): NewTimelineEvent | { problem: string } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { problem: 'expected an object with at, kind and text' };
  }
  const fields = item as Record<string, unknown>;
  const when = fields.at ?? fields.timestamp ?? fields.time;
  let at: number;
  if (typeof when === 'number') {
    at = when;
  } else if (typeof when === 'string') {
    const time = readTimestampCell(when, ctx);
    if (!time.ok) return { problem: time.problem };
    at = time.at;
  } else {
    return { problem: when === undefined ? "no 'at' time" : "'at' must be text or a number" };
  }
  let kind: NewTimelineEvent['kind'] = 'other';
  if (typeof fields.kind === 'string') {
    const known = readKind(fields.kind);
    if (!known) return { problem: unknownKindProblem(fields.kind) };
    kind = known;
  } else if (fields.kind !== undefined && fields.kind !== null) {
    return { problem: "'kind' must be text" };
  }
  const source = fields.source === null ? undefined : fields.source;
  // Text and source types are checked by the entity schema, with its messages.
  return { at, kind, text: fields.text as string, source: source as string | undefined };
}

/** The 1-based line a JSON.parse error points at, from V8's "at position N" detail. */
function syntaxErrorLine(text: string, detail: string): number {
  const position = /position (\d+)/.exec(detail);
  if (!position) return 1;
  return text.slice(0, Number(position[1])).split('\n').length;
}

/**
 * The line each item of a top-level JSON array starts on. A small scanner: JSON.parse
 * does not report positions, and a person fixing item 7 needs to find it.
 */
export function arrayItemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expecting = false;
  const startItem = () => {
    if (depth === 1 && expecting) lines.push(line);
    expecting = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      startItem();
      inString = true;
    } else if (c === '[' || c === '{') {
      startItem();
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === ']' || c === '}') {
      depth--;
    } else if (c === ',') {
      if (depth === 1) expecting = true;
    } else if (c !== undefined && !/\s/.test(c)) {
      startItem();
    }
  }
  return lines;
}

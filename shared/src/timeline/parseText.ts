/**
 * Pasted text: one event a line, as people write timelines in incident channels.
 *
 *   2026-11-03 13:55 UTC [action] Config change #8812 merged
 *   14:02 [trigger] Config change rolled out to production
 *   14:04 Alert: checkout-api p99 latency > 2 s
 *
 * Each line is a time (see timestamp.ts for dates, zones and continuation), then an
 * optional `[kind]` tag (case-insensitive; `failed-attempt` is `failed attempt`;
 * `other` when absent), then the text. Empty lines are ignored; a `[` right after the
 * time always opens a kind tag.
 */
import { readKind, TIMELINE_KINDS, type TimelineKind } from '../entities/timelineEvent.ts';
import {
  lineError,
  startContext,
  validateDraft,
  type ImportOptions,
  type ImportResult,
} from './importResult.ts';
import { readTimestamp, type TimestampContext } from './timestamp.ts';

/** Splits text into lines, accepting \n, \r\n and \r, and dropping a byte-order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** The words an unknown kind is answered with. */
export function unknownKindProblem(kind: string): string {
  return `unknown kind '${kind}' (expected one of ${TIMELINE_KINDS.join(', ')})`;
}

/** Parses pasted text. Pure; never throws for bad input, only for bad options. */
export function parseTimelineText(text: string, options: ImportOptions = {}): ImportResult {
  const ctx = startContext(options);
  const result: ImportResult = { events: [], errors: [] };
  splitLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const read = readLine(line, ctx);
    if ('problem' in read) {
      result.errors.push(lineError(i + 1, read.problem));
      return;
    }
    const checked = validateDraft(read, options);
    if ('problem' in checked) result.errors.push(lineError(i + 1, checked.problem));
    else result.events.push(checked.draft);
  });
  return result;
}

type LineReading = { at: number; kind: TimelineKind; text: string } | { problem: string };

function readLine(line: string, ctx: TimestampContext): LineReading {
  const time = readTimestamp(line, ctx);
  if (!time.ok) return { problem: time.problem };
  let rest = time.rest;
  let kind: TimelineKind = 'other';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { problem: "the kind tag has no closing ']'" };
    const tag = rest.slice(1, close).trim();
    const known = readKind(tag);
    if (!known) return { problem: unknownKindProblem(tag) };
    kind = known;
    rest = rest.slice(close + 1).trim();
  }
  if (rest === '') return { problem: 'no text after the time' };
  return { at: time.at, kind, text: rest };
}

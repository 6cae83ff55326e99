/**
 * What every timeline import parser returns, and the helpers they share. Parsers are
 * pure (no Yjs): they turn text into validated drafts that `mergeEvents` then adds.
 * They never stop at the first mistake: every good line becomes an event and every bad
 * line an error, so a person can fix the paste in one go.
 */
import {
  NewTimelineEventSchema,
  type NewTimelineEvent,
  type TimelineEventDraft,
} from '../entities/timelineEvent.ts';
import { parseBaseDate, parseZoneOption, type TimestampContext } from './timestamp.ts';

/** The import formats; see parseText.ts, parseCsv.ts and parseJson.ts. */
export const TIMELINE_FORMATS = ['txt', 'csv', 'json'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** One mistake in an import, located for a person. */
export interface ImportError {
  /** 1-based line of the input. For JSON, the line where the array item starts. */
  line: number;
  /** JSON only: the 0-based index of the item in the array. */
  index?: number;
  /** What is wrong, in plain words: "minute 61 is out of range". */
  problem: string;
  /** Where and what, ready to show: "line 2: minute 61 is out of range". */
  message: string;
}

export interface ImportResult {
  /** The events that parsed, in input order, validated by the timeline event schema. */
  events: TimelineEventDraft[];
  /** Every mistake, in input order. */
  errors: ImportError[];
}

export interface ImportOptions {
  /** Date (`YYYY-MM-DD`) for lines that give only a time before any full date. */
  baseDate?: string;
  /**
   * Zone for times written without one: an IANA name (`Europe/Berlin`), `UTC` or an
   * offset (`+02:00`). Usually the incident's zone.
   */
  timeZone?: string;
  /** Source for events that name none, e.g. "pasted from #inc-checkout". */
  defaultSource?: string;
}

/** The starting context of an import. Throws RangeError for a malformed option. */
export function startContext(options: ImportOptions): TimestampContext {
  return {
    date: options.baseDate === undefined ? null : parseBaseDate(options.baseDate),
    zone: options.timeZone === undefined ? null : parseZoneOption(options.timeZone),
  };
}

/** An error at a line (txt, csv). */
export function lineError(line: number, problem: string): ImportError {
  return { line, problem, message: `line ${line}: ${problem}` };
}

/** An error at an array item (json), which also names the line the item starts on. */
export function itemError(index: number, line: number, problem: string): ImportError {
  return { line, index, problem, message: `line ${line}, item [${index}]: ${problem}` };
}

/**
 * Validates a parsed event with the entity schema, so an import can never produce an
 * event the timeline would refuse. Returns the draft, or the first problem in words.
 */
export function validateDraft(
  input: NewTimelineEvent,
  options: ImportOptions,
): { draft: TimelineEventDraft } | { problem: string } {
  const withSource =
    input.source === undefined && options.defaultSource !== undefined
      ? { ...input, source: options.defaultSource }
      : input;
  const result = NewTimelineEventSchema.safeParse(withSource);
  if (result.success) return { draft: result.data };
  const message = result.error.issues[0]?.message ?? 'the event is not valid';
  return { problem: message.charAt(0).toLowerCase() + message.slice(1) };
}

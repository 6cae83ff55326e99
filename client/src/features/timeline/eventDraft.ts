/**
 * An event as a form holds it (text exactly as typed), and the rules that turn it into
 * an event the timeline accepts, with a message per field. Pure.
 */
import {
  TimelineSourceSchema,
  TimelineTextSchema,
  type TimelineEvent,
  type TimelineKind,
} from '@hindsight/shared';
import { fromLocalInput, toLocalInput } from './zonedInput.ts';

export interface EventDraft {
  /** `datetime-local` value, in the incident's zone. */
  readonly time: string;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly source: string;
}

export type EventDraftErrors = Partial<Record<keyof EventDraft, string>>;

/** A checked event: the instant in ms, text trimmed, '' for no source. */
export interface CheckedEvent {
  readonly at: number;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly source: string;
}

export function draftFromEvent(
  event: Pick<TimelineEvent, 'at' | 'kind' | 'text' | 'source'>,
  timeZone: string,
): EventDraft {
  return {
    time: toLocalInput(event.at, timeZone),
    kind: event.kind,
    text: event.text,
    source: event.source ?? '',
  };
}

/** A blank event at `at` (or with no time yet). */
export function blankDraft(at: number | null, timeZone: string): EventDraft {
  return { time: toLocalInput(at, timeZone), kind: 'action', text: '', source: '' };
}

export function checkEventDraft(
  draft: EventDraft,
  timeZone: string,
): { ok: true; event: CheckedEvent } | { ok: false; errors: EventDraftErrors } {
  const errors: EventDraftErrors = {};
  const time = fromLocalInput(draft.time, timeZone);
  if (!time.ok) errors.time = time.problem;
  else if (time.ms === null) errors.time = 'Enter when it happened';
  const text = TimelineTextSchema.safeParse(draft.text);
  if (!text.success) errors.text = text.error.issues[0]?.message ?? 'Check the text';
  const source = TimelineSourceSchema.safeParse(draft.source);
  if (!source.success) errors.source = source.error.issues[0]?.message ?? 'Check the source';
  if (!time.ok || time.ms === null || !text.success || !source.success)
    return { ok: false, errors };
  return {
    ok: true,
    event: { at: time.ms, kind: draft.kind, text: text.data, source: source.data ?? '' },
  };
}

/** The event to add or propose: no source key when there is none. */
export function newEventInput(event: CheckedEvent) {
  const { source, ...rest } = event;
  return source === '' ? rest : { ...rest, source };
}

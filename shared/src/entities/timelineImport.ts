/**
 * Undoing an import, and undoing that (issue 21, item 3). Scope: document.
 *
 * An import stamps its `importId` on every event it adds (mergeEvents). Undoing it
 * removes those events that nobody changed since — an event's `updatedAt` moves on every
 * edit, whoever makes it — and keeps the rest: an edited event holds someone's work, and
 * an event added by hand was never the import's. The removed events are returned whole,
 * so the tab that undid can restore them exactly as they were, ids included.
 */
import type * as Y from 'yjs';
import { timelineMap } from '../doc/layout.ts';
import {
  readTimeline,
  TimelineEventSchema,
  writeStoredEvent,
  type TimelineEvent,
} from './timelineEvent.ts';

/** What {@link undoImport} did. */
export interface ImportUndone {
  /** The import's events it removed, as they were, by time. */
  readonly removed: readonly TimelineEvent[];
  /** The import's events it left because someone changed them since, by time. */
  readonly kept: readonly TimelineEvent[];
}

/** True when nobody edited the event since it was written. */
function unchanged(event: TimelineEvent): boolean {
  return event.updatedAt === event.createdAt;
}

/** The events undoing import `importId` would remove now: its own, unchanged since. */
export function removableByUndo(
  events: readonly TimelineEvent[],
  importId: string,
): TimelineEvent[] {
  return events.filter((e) => e.importId === importId && unchanged(e));
}

/**
 * Removes the events import `importId` added that nobody changed since, in one
 * transaction (none when there is nothing to remove).
 */
export function undoImport(doc: Y.Doc, importId: string, origin?: unknown): ImportUndone {
  const own = readTimeline(doc).filter((e) => e.importId === importId);
  const removed = removableByUndo(own, importId);
  const kept = own.filter((e) => !unchanged(e));
  if (removed.length > 0) {
    doc.transact(() => {
      for (const event of removed) timelineMap(doc).delete(event.id);
    }, origin);
  }
  return { removed, kept };
}

/**
 * Puts back events {@link undoImport} removed, exactly as they were (ids, times, the
 * import's id), so the import can be undone again. An event whose id is on the timeline
 * again is left alone. Returns how many were written.
 */
export function restoreImport(
  doc: Y.Doc,
  events: readonly TimelineEvent[],
  origin?: unknown,
): number {
  const timeline = timelineMap(doc);
  const missing = events
    .map((e) => TimelineEventSchema.parse(e))
    .filter((e) => !timeline.has(e.id));
  if (missing.length === 0) return 0;
  doc.transact(() => {
    for (const event of missing) writeStoredEvent(doc, event);
  }, origin);
  return missing.length;
}

/**
 * What the readers of a board doc had to leave out. Every reader skips what its entity's
 * schema rejects (doc/entries.ts); this counts those entries, part by part, so the
 * facilitator can be told that something on the board could not be read rather than
 * have it vanish silently. The board doc is the one every participant writes; the other
 * docs are written by the facilitator, the server, or one member for themselves.
 */
import type * as Y from 'yjs';
import { unreadableActionItems } from '../entities/actionItem.ts';
import { unreadableClusterRecords } from '../entities/clusterRecords.ts';
import { unreadableDiscussionEntries } from '../entities/discussion.ts';
import { unreadableFindings } from '../entities/findings.ts';
import { unreadableFollowUp } from '../entities/followUp.ts';
import { unreadableIncidentFacts } from '../entities/incident.ts';
import { unreadablePostmortemStatus } from '../entities/postmortemStatus.ts';
import { unreadableSurveyNotes } from '../entities/surveyNote.ts';
import { unreadableTimelineEvents } from '../entities/timelineEvent.ts';
import { unreadableProposals } from '../entities/timelineProposal.ts';

/** A part of the board and how many of its stored entries no reader could use. */
export interface UnreadablePart {
  /** What they are, singular ("incident fact"); {@link describeUnreadable} pluralises. */
  readonly what: string;
  readonly count: number;
}

const PARTS: readonly [string, (doc: Y.Doc) => number][] = [
  ['incident fact', unreadableIncidentFacts],
  ['timeline event', unreadableTimelineEvents],
  ['timeline proposal', unreadableProposals],
  ['survey note', unreadableSurveyNotes],
  ['cluster or card placement', unreadableClusterRecords],
  ['discussion item', unreadableDiscussionEntries],
  ['action', unreadableActionItems],
  ['finding', unreadableFindings],
  ['follow-up or status value', unreadableFollowUp],
  ['follow-up or status value', unreadablePostmortemStatus],
];

/** The parts of the board doc that hold entries no reader could use; empty when none. */
export function auditBoardDoc(doc: Y.Doc): UnreadablePart[] {
  const counts = new Map<string, number>();
  for (const [what, count] of PARTS) {
    const n = count(doc);
    if (n > 0) counts.set(what, (counts.get(what) ?? 0) + n);
  }
  return [...counts].map(([what, count]) => ({ what, count }));
}

/** "2 items could not be read: 1 action, 1 timeline event"; null when nothing was left out. */
export function describeUnreadable(parts: readonly UnreadablePart[]): string | null {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  if (total === 0) return null;
  const list = parts.map((p) => `${p.count} ${p.what}${p.count === 1 ? '' : 's'}`).join(', ');
  return `${total === 1 ? '1 item' : `${total} items`} could not be read: ${list}`;
}

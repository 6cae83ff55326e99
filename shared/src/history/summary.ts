/**
 * What changed between two versions of a board, from their digests, and the one line
 * the history shows for it: "3 cards moved, 1 action deleted, timeline: 12 events
 * removed". Pure.
 */
import { BOARD_ROOTS } from '../doc/layout.ts';
import type { DocDigest } from './digest.ts';

/** Entries of one top-level type added, removed and changed between two versions. */
export interface AreaChange {
  /** The top-level type's name in the doc. */
  readonly area: string;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** Counts the entries each top-level type gained, lost and changed, in a stable order. */
export function compareDigests(before: DocDigest, after: DocDigest): AreaChange[] {
  const areas = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: AreaChange[] = [];
  for (const area of areas.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))) {
    const old = before[area] ?? {};
    const now = after[area] ?? {};
    let added = 0;
    let removed = 0;
    let changed = 0;
    for (const [key, hash] of Object.entries(now)) {
      if (!(key in old)) added++;
      else if (old[key] !== hash) changed++;
    }
    for (const key of Object.keys(old)) if (!(key in now)) removed++;
    if (added + removed + changed > 0) changes.push({ area, added, removed, changed });
  }
  return changes;
}

interface Wording {
  /** Said before the counts ("timeline: 12 events removed"); none for plain counts. */
  readonly prefix?: string;
  readonly one: string;
  readonly many: string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
}

const edited = { added: 'added', removed: 'deleted', changed: 'edited' } as const;

/** How each part of the board doc is spoken of, in the order the summary lists them. */
const WORDING: readonly (readonly [string, Wording])[] = [
  [
    BOARD_ROOTS.legacyMeta,
    { prefix: 'board', one: 'detail', many: 'details', ...edited, changed: 'changed' },
  ],
  [
    BOARD_ROOTS.incident,
    {
      prefix: 'incident facts',
      one: 'field',
      many: 'fields',
      added: 'filled',
      removed: 'cleared',
      changed: 'changed',
    },
  ],
  [
    BOARD_ROOTS.timeline,
    {
      prefix: 'timeline',
      one: 'event',
      many: 'events',
      added: 'added',
      removed: 'removed',
      changed: 'edited',
    },
  ],
  [
    BOARD_ROOTS.timelineProposals,
    { one: 'timeline proposal', many: 'timeline proposals', ...edited, changed: 'updated' },
  ],
  [BOARD_ROOTS.surveyNotes, { one: 'survey note', many: 'survey notes', ...edited }],
  [BOARD_ROOTS.cards, { one: 'card', many: 'cards', ...edited }],
  [
    BOARD_ROOTS.cardPlacements,
    { one: 'card', many: 'cards', added: 'placed', removed: 'unplaced', changed: 'moved' },
  ],
  [BOARD_ROOTS.clusters, { one: 'cluster', many: 'clusters', ...edited, changed: 'changed' }],
  [
    BOARD_ROOTS.discussions,
    {
      one: 'discussion',
      many: 'discussions',
      added: 'started',
      removed: 'removed',
      changed: 'edited',
    },
  ],
  [BOARD_ROOTS.actionItems, { one: 'action', many: 'actions', ...edited }],
  [
    BOARD_ROOTS.findings,
    {
      prefix: 'findings',
      one: 'field',
      many: 'fields',
      added: 'written',
      removed: 'cleared',
      changed: 'edited',
    },
  ],
  [
    BOARD_ROOTS.postmortem,
    { prefix: 'postmortem', one: 'detail', many: 'details', ...edited, changed: 'changed' },
  ],
];
const WORDING_BY_AREA = new Map(WORDING);

function rank(area: string): number {
  const i = WORDING.findIndex(([name]) => name === area);
  return i < 0 ? WORDING.length : i;
}

/** A part of the doc the list above does not know: spoken of by its name. */
function wordingOf(change: AreaChange): Wording {
  return (
    WORDING_BY_AREA.get(change.area) ?? {
      prefix: change.area,
      one: 'entry',
      many: 'entries',
      added: 'added',
      removed: 'removed',
      changed: 'changed',
    }
  );
}

function count(n: number, w: Wording, verb: string): string {
  return `${n} ${n === 1 ? w.one : w.many} ${verb}`;
}

/** One line for a list of changes; "No changes" when there are none. */
export function describeChanges(changes: readonly AreaChange[]): string {
  const parts: string[] = [];
  for (const change of changes) {
    const w = wordingOf(change);
    const counts = [
      change.added > 0 ? count(change.added, w, w.added) : null,
      change.removed > 0 ? count(change.removed, w, w.removed) : null,
      change.changed > 0 ? count(change.changed, w, w.changed) : null,
    ].filter((c): c is string => c !== null);
    if (w.prefix) parts.push(`${w.prefix}: ${counts.join(' and ')}`);
    else parts.push(...counts);
  }
  return parts.length === 0 ? 'No changes' : parts.join(', ');
}

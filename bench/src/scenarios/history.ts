/**
 * The board history, measured in process with the server's own code:
 *
 * - `restore`: a board doc of about 1 MB (timeline, actions, discussions), a version of
 *   it, a participant's wipe of the timeline and every action, then the restore as the
 *   server runs it (read the version back, migrate, write the difference in one
 *   transaction), timed over several runs.
 * - `history`: a realistic 90-minute session driven through shared's commands over
 *   simulated time (preparation, then every phase of the default plan with eight
 *   people), with versions taken and thinned by the server's rules; reports how many are
 *   kept and how large they are, then and after the thinning of the following days.
 */
import * as Y from 'yjs';
import {
  actionItemsMap,
  addActionItem,
  addTimelineEvent,
  addWhy,
  BOARD_ROOTS,
  digestDoc,
  digestHash,
  editActionItem,
  editTimelineEvent,
  groupCards,
  moveCardToCluster,
  moveFreeCard,
  renameCluster,
  restoreContent,
  SCHEMA_VERSIONS,
  setDiscussionNotes,
  setPostmortemOwners,
  timelineMap,
  updateIncident,
  type VersionReason,
} from '@hindsight/shared';
import {
  DEFAULT_HISTORY_POLICY,
  versionsToDrop,
  type VersionFacts,
} from '../../../server/src/history/policy.ts';
import { decodeVersion, encodeVersion } from '../../../server/src/history/versionContent.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.parse('2026-11-04T09:00:00Z');
const INCIDENT_AT = Date.parse('2026-11-03T14:00:00Z');
const SERVER_OWNED = new Set<string>([BOARD_ROOTS.legacyMeta]);
const WORDS = (
  'the checkout pool saturated after deploy and retries amplified load until rollback ' +
  'while alerts paged nobody because thresholds were stale on call engineer noticed ' +
  'latency p99 queue depth database replica lag cache miss ratio config flag canary ' +
  'traffic shifted region failover status page customers support escalated incident'
).split(' ');

/** Deterministic prose of about `length` characters, words drawn by a seeded generator. */
function prose(seed: number, length: number): string {
  let s = '';
  let x = (seed * 2654435761) >>> 0 || 1;
  while (s.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += `${WORDS[(x >>> 16) % WORDS.length]} `;
  }
  return s.slice(0, length).trim();
}

const cardId = (n: number) => `card${String(n).padStart(12, '0')}`;

// ---------------------------------------------------------------- restore

export interface RestoreResult {
  readonly boardBytes: number;
  readonly versionBytes: number;
  /** Restore times, ms, one per run. */
  readonly runsMs: readonly number[];
  /** Size of the one update the restore made, bytes. */
  readonly changeBytes: number;
}

/** A board doc whose encoded state is at least `bytes`: events, actions, discussions. */
function largeBoard(bytes: number): Y.Doc {
  const doc = new Y.Doc();
  for (let n = 0; Y.encodeStateAsUpdate(doc).length < bytes; n++) {
    for (let i = 0; i < 50; i++) {
      const k = n * 50 + i;
      addTimelineEvent(
        doc,
        { at: INCIDENT_AT + k * 1000, kind: 'action', text: prose(k, 400) },
        null,
        START,
      );
      if (i % 5 === 0)
        addActionItem(doc, { title: prose(k, 80), details: prose(k + 1, 300) }, null, START);
      if (i % 10 === 0) setDiscussionNotes(doc, `c${String(k).padStart(15, '0')}`, prose(k, 1500));
    }
  }
  return doc;
}

export async function runRestore(boardBytes: number, runs: number): Promise<RestoreResult> {
  const board = largeBoard(boardBytes);
  const version = encodeVersion(board);
  const wiped = Y.encodeStateAsUpdate(board);
  const times: number[] = [];
  let changeBytes = 0;
  for (let run = 0; run < runs; run++) {
    // Each run starts from the same wiped board, as a room holds it.
    const live = new Y.Doc();
    Y.applyUpdate(live, wiped);
    live.transact(() => {
      timelineMap(live).clear();
      actionItemsMap(live).clear();
    });
    let update: Uint8Array | null = null;
    live.on('update', (u: Uint8Array) => (update = u));
    const started = performance.now();
    const source = await decodeVersion(version, SCHEMA_VERSIONS.board);
    restoreContent(live, source, 'restore', (name) => SERVER_OWNED.has(name));
    times.push(performance.now() - started);
    changeBytes = (update as Uint8Array | null)?.length ?? 0;
    source.destroy();
    live.destroy();
  }
  return {
    boardBytes: Y.encodeStateAsUpdate(board).length,
    versionBytes: version.length,
    runsMs: times,
    changeBytes,
  };
}

// ---------------------------------------------------------------- a session's history

export interface SessionHistoryResult {
  /** Versions taken during the session and when the board closed. */
  readonly taken: number;
  readonly kept: number;
  readonly keptBytes: number;
  readonly largestBytes: number;
  readonly boardBytes: number;
  readonly byReason: Readonly<Record<string, number>>;
  /** Versions kept (and their bytes) once the following days' thinning has run. */
  readonly later: readonly {
    readonly days: number;
    readonly kept: number;
    readonly bytes: number;
  }[];
}

interface Stored extends VersionFacts {
  readonly hash: string;
}

/** The server's version rules (plugins/history.ts) over simulated time. */
class SimulatedHistory {
  readonly versions: Stored[] = [];
  taken = 0;
  private editDue: number | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** Takes the timer's version if it fell due before `now`. */
  tick(now: number): void {
    if (this.editDue !== null && this.editDue <= now) this.take(this.editDue, 'edits');
  }

  edited(now: number): void {
    this.tick(now);
    if (this.editDue === null) this.editDue = now + DEFAULT_HISTORY_POLICY.editsEveryMs;
  }

  take(now: number, reason: VersionReason): void {
    this.editDue = null;
    const hash = digestHash(digestDoc(this.doc, SERVER_OWNED));
    if (hash === this.versions[0]?.hash) return;
    this.taken++;
    const bytes = encodeVersion(this.doc).length;
    this.versions.unshift({ id: `v${this.taken}`, takenAt: now, reason, bytes, hash });
    this.thin(now);
  }

  /** Closing: the last edits are kept if no version holds them yet. */
  close(now: number): void {
    this.tick(now);
    if (this.editDue !== null) this.take(now, 'closed');
  }

  thin(now: number): void {
    const drop = new Set(versionsToDrop(this.versions, now));
    for (let i = this.versions.length - 1; i >= 0; i--) {
      if (drop.has(this.versions[i]!.id)) this.versions.splice(i, 1);
    }
  }
}

/** One edit at a simulated time, written through shared's commands. */
type Step = readonly [at: number, edit: (doc: Y.Doc) => void];

/** What eight people do to the board doc over 90 minutes, in time order. */
function sessionScript(): { steps: Step[]; phases: [number, VersionReason][]; end: number } {
  const steps: Step[] = [];
  const at = (minute: number, edit: (doc: Y.Doc) => void) =>
    steps.push([START + Math.round(minute * MINUTE), edit]);
  const events: string[] = [];
  // Preparation, 20 minutes: incident facts, an imported timeline, corrections.
  at(1, (d) => updateIncident(d, { title: 'Checkout 5xx after deploy 4.2', severity: 'SEV2' }));
  at(3, (d) => updateIncident(d, { summary: prose(1, 600) }));
  at(5, (d) => {
    for (let i = 0; i < 25; i++) {
      events.push(
        addTimelineEvent(d, { at: INCIDENT_AT + i * 120_000, kind: 'action', text: prose(i, 90) }),
      );
    }
  });
  for (let m = 7; m < 20; m += 1.5) {
    const i = Math.floor(m);
    at(m, (d) => editTimelineEvent(d, events[i % events.length]!, { text: prose(i + 40, 110) }));
  }
  // Timeline phase, 7 minutes: corrections and additions.
  for (let m = 26; m < 32; m += 0.75) {
    const i = Math.floor(m * 4);
    at(m, (d) =>
      i % 3 === 0
        ? events.push(
            addTimelineEvent(d, {
              at: INCIDENT_AT + i * 50_000,
              kind: 'detection',
              text: prose(i, 80),
            }),
          )
        : editTimelineEvent(d, events[i % events.length]!, { text: prose(i, 100) }),
    );
  }
  // Cluster phase, 8 minutes: 40 revealed cards placed, moved, grouped into 8 named clusters.
  const clusters: string[] = [];
  for (let c = 0; c < 40; c++)
    at(38.2 + c * 0.05, (d) => moveFreeCard(d, cardId(c), { x: c * 30, y: 40 }));
  for (let k = 0; k < 8; k++) {
    at(40 + k * 0.5, (d) => clusters.push(groupCards(d, [cardId(k * 5), cardId(k * 5 + 1)])));
    at(40.2 + k * 0.5, (d) => renameCluster(d, clusters[k]!, prose(k, 30)));
    for (let j = 2; j < 5; j++) {
      at(41 + k * 0.6 + j * 0.1, (d) => moveCardToCluster(d, cardId(k * 5 + j), clusters[k]!));
    }
  }
  for (let m = 45; m < 46; m += 0.1) {
    const c = Math.floor(m * 10) % 40;
    at(m, (d) => moveFreeCard(d, cardId(c), { x: 900 + c, y: 600 }));
  }
  // Discuss, 25 minutes: four clusters; notes saved every 20 s, five whys each.
  for (let k = 0; k < 4; k++) {
    const from = 46 + k * 6;
    for (let s = 0; s < 18; s++) {
      at(from + s / 3, (d) => setDiscussionNotes(d, clusters[k]!, prose(k, 60 + s * 50)));
    }
    for (let w = 0; w < 5; w++) {
      at(from + 1 + w, (d) =>
        addWhy(d, clusters[k]!, { why: prose(w, 80), because: prose(w + 9, 120) }),
      );
    }
  }
  // Actions, 15 minutes: 12 actions, each given an owner, a due date and a priority.
  const actions: string[] = [];
  for (let a = 0; a < 12; a++) {
    at(71 + a, (d) => actions.push(addActionItem(d, { title: prose(a, 70) })));
    at(71.3 + a, (d) =>
      editActionItem(d, actions[a]!, { owner: `Person ${a % 8}`, due: '2026-11-20' }),
    );
    at(71.6 + a, (d) =>
      editActionItem(d, actions[a]!, { impact: a % 2 ? 'high' : 'low', effort: 'low' }),
    );
  }
  // Owner and follow-up.
  at(87, (d) => setPostmortemOwners(d, ['Person 1', 'Person 4']));
  const phases: [number, VersionReason][] = [
    [20, 'phase'], // Goal
    [25, 'phase'], // Timeline
    [32, 'phase'], // Brainstorm
    [38, 'reveal'], // Cluster: the cards are revealed on entering it
    [46, 'phase'], // Discuss
    [71, 'phase'], // Actions
    [86, 'phase'], // Owner
    [89, 'phase'], // Follow-up
    [90, 'phase'], // finished
  ];
  return {
    steps: steps.sort((a, b) => a[0] - b[0]),
    phases: phases.map(([m, r]) => [START + m * MINUTE, r]),
    end: START + 90 * MINUTE,
  };
}

export function runSessionHistory(): SessionHistoryResult {
  const doc = new Y.Doc();
  const history = new SimulatedHistory(doc);
  const { steps, phases, end } = sessionScript();
  let p = 0;
  for (const [time, edit] of steps) {
    while (p < phases.length && phases[p]![0] <= time) {
      history.tick(phases[p]![0]);
      history.take(phases[p]![0], phases[p]![1]);
      p++;
    }
    edit(doc);
    history.edited(time);
  }
  for (; p < phases.length; p++) history.take(phases[p]![0], phases[p]![1]);
  // The board closes 30 s after the last person leaves.
  history.close(end + 30_000);

  const kept = history.versions;
  const byReason: Record<string, number> = {};
  for (const v of kept) byReason[v.reason] = (byReason[v.reason] ?? 0) + 1;
  const later = [2, 40].map((days) => {
    const left = kept.filter((v) => !versionsToDrop(kept, end + days * DAY).includes(v.id));
    return { days, kept: left.length, bytes: left.reduce((n, v) => n + v.bytes, 0) };
  });
  return {
    taken: history.taken,
    kept: kept.length,
    keptBytes: kept.reduce((n, v) => n + v.bytes, 0),
    largestBytes: Math.max(...kept.map((v) => v.bytes)),
    boardBytes: Y.encodeStateAsUpdate(doc).length,
    byReason,
    later,
  };
}

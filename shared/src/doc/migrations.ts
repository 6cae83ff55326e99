/**
 * Named, ordered steps that bring each kind of doc from one layout version to the next.
 *
 * Only the server runs them, when it loads a room, under its own origin, so two clients
 * never race to migrate the same doc. The version a doc is at is recorded by the server
 * beside the doc's stored state (never in the doc, where its writers could change it),
 * and a browser whose code expects another version is told to reload
 * (`CloseCode.VersionMismatch`).
 *
 * A step must not throw on content it does not expect: a doc holds whatever its writers
 * put there, and a step that throws makes the board unavailable. A step writes its own
 * doc only; one that moves state out of the board doc reads the board doc (given in the
 * context) and leaves it as it is, so the order in which rooms load does not matter.
 */
import * as Y from 'yjs';
import type { DocKind } from '../rooms.ts';
import { ACTION_PROSE_KEYS } from '../entities/actionItem.ts';
import { INCIDENT_PROSE_KEYS } from '../entities/incident.ts';
import {
  DEFAULT_OWNER_RESPONSIBILITIES,
  ResponsibilitiesSchema,
} from '../entities/postmortemOwner.ts';
import { stringToProse } from './prose.ts';
import {
  actionAcceptancesMap,
  actionItemsMap,
  discussionsMap,
  facilitationMap,
  incidentMap,
  legacyMetaMap,
  ownerConfirmationsMap,
  postmortemMap,
  proposalDecisionsMap,
  responsibilitiesArray,
  SCHEMA_VERSIONS,
  timelineMap,
  timelineProposalsMap,
} from './layout.ts';

/** Other docs of the board a step may read. */
export interface MigrationContext {
  /** The board doc, as stored, for steps that move state out of it. */
  readonly board?: Y.Doc;
}

export interface Migration {
  /** The version the doc has after this step. */
  readonly to: number;
  /** What the step does, for logs and reviews. */
  readonly name: string;
  /** True when the step reads the board doc (the server loads it first). */
  readonly needsBoard?: boolean;
  readonly up: (doc: Y.Doc, context: MigrationContext) => void;
}

/** The layout as first released, before versions were recorded outside the docs. */
const baseline = (name: string): Migration => ({ to: 1, name, up: () => undefined });

export const MIGRATIONS: Readonly<Record<DocKind, readonly Migration[]>> = {
  board: [
    baseline('initial layout: meta, cards, incident facts and timeline'),
    {
      to: 2,
      name: 'board meta leaves the board doc: title, template and creation time are the board row, the version is recorded by the server',
      up: (doc) => {
        const meta = legacyMetaMap(doc);
        for (const key of [...meta.keys()]) meta.delete(key);
      },
    },
    {
      to: 3,
      name: 'prose fields become texts: the notes, impact answer, whys, answers and factors of every discussion merge as text',
      up: discussionsToProse,
    },
    {
      to: 4,
      name: 'incident prose becomes texts: the summary and the impact in words merge as text',
      up: incidentToProse,
    },
    {
      to: 5,
      name: 'action prose becomes texts: the title and details of every action merge as text',
      up: actionsToProse,
    },
    {
      to: 6,
      name: 'timeline prose becomes texts: the text of every timeline event merges as text',
      up: timelineToProse,
    },
  ],
  facilitation: [
    baseline('initial layout: plan, session, counts, voting and revealed cards'),
    {
      to: 2,
      name: 'the facilitator decides in the facilitation doc: timeline decisions, postmortem owners and confirmed action owners move out of the board doc',
      needsBoard: true,
      up: (doc, { board }) => {
        if (!board) throw new Error('this step reads the board doc');
        moveDecisions(board, doc);
      },
    },
    {
      to: 3,
      name: 'owner responsibilities become texts: each item of the list merges as text',
      up: responsibilitiesToProse,
    },
    {
      to: 4,
      name: "accepted won't dos move out of the board doc: only the facilitator and the server accept one",
      needsBoard: true,
      up: (doc, { board }) => {
        if (!board) throw new Error('this step reads the board doc');
        moveAcceptances(board, doc);
      },
    },
  ],
  private: [baseline('initial layout: cards, profile and votes')],
};

/**
 * Facilitation layout 2: copies what the board doc held that only the facilitator (or
 * the server) may decide. Values are copied as found; readers validate them as they do
 * everything else. What is already in the facilitation doc wins.
 */
function moveDecisions(board: Y.Doc, facilitation: Y.Doc): void {
  const decisions = proposalDecisionsMap(facilitation);
  timelineProposalsMap(board).forEach((proposal, id) => {
    if (!(proposal instanceof Y.Map) || decisions.has(id)) return;
    const status: unknown = proposal.get('status');
    if (status !== 'accepted' && status !== 'rejected') return;
    const decision: Record<string, unknown> = { status, decidedAt: proposal.get('decidedAt') ?? 0 };
    const result: unknown = proposal.get('resultEventId');
    if (typeof result === 'string') decision.resultEventId = result;
    decisions.set(id, decision);
  });

  const state = facilitationMap(facilitation);
  const postmortem = postmortemMap(board);
  for (const key of ['owners', 'responsibilities']) {
    const value: unknown = postmortem.get(key);
    if (!state.has(key) && Array.isArray(value)) state.set(key, value);
  }

  const confirmations = ownerConfirmationsMap(facilitation);
  actionItemsMap(board).forEach((item, id) => {
    if (!(item instanceof Y.Map) || confirmations.has(id)) return;
    const owner: unknown = item.get('owner');
    if (item.get('ownerConfirmed') !== true || typeof owner !== 'string') return;
    const at: unknown = item.get('confirmedAt');
    confirmations.set(id, [{ owner, at: typeof at === 'number' ? at : 0 }]);
  });
}

/**
 * Facilitation layout 4: a won't do marked accepted on its item in the board doc is
 * accepted with the reason it has. The flag is copied as found, as the owners'
 * confirmations were (whoever wrote it); from here on only this map is read, and the
 * board doc's flag is left where it is, never read again. What is already here wins.
 */
function moveAcceptances(board: Y.Doc, facilitation: Y.Doc): void {
  const acceptances = actionAcceptancesMap(facilitation);
  actionItemsMap(board).forEach((item, id) => {
    if (!(item instanceof Y.Map) || acceptances.has(id)) return;
    const reason: unknown = item.get('reason');
    if (item.get('accepted') !== true || item.get('status') !== "won't do") return;
    if (typeof reason !== 'string' || reason.trim() === '') return;
    const at: unknown = item.get('updatedAt');
    acceptances.set(id, {
      reason: reason.trim(),
      at: typeof at === 'number' && at >= 0 ? Math.round(at) : 0,
    });
  });
}

/**
 * Board layout 3: each discussion's prose strings become `Y.Text`s in place. Whatever
 * else is there (a value no reader accepts, a level that is not a map) is left as it is.
 */
function discussionsToProse(board: Y.Doc): void {
  discussionsMap(board).forEach((discussion) => {
    if (!(discussion instanceof Y.Map)) return;
    stringToProse(discussion, 'notes');
    stringToProse(discussion, 'reduceImpact');
    for (const [list, keys] of [
      ['whys', ['why', 'because']],
      ['factors', ['text']],
    ] as const) {
      const items: unknown = discussion.get(list);
      if (!(items instanceof Y.Array)) continue;
      for (const item of items.toArray()) {
        if (item instanceof Y.Map) for (const key of keys) stringToProse(item, key);
      }
    }
  });
}

/**
 * Board layout 4: the incident's summary and impact in words, plain strings until now,
 * become `Y.Text`s in place. Anything else stored there is left as it is.
 */
function incidentToProse(board: Y.Doc): void {
  const incident = incidentMap(board);
  for (const key of INCIDENT_PROSE_KEYS) stringToProse(incident, key);
}

/**
 * Board layout 5: each action's title and details, plain strings until now, become
 * `Y.Text`s in place. An entry that is not a map, or a value that is not a string, is
 * left as it is.
 */
function actionsToProse(board: Y.Doc): void {
  actionItemsMap(board).forEach((item) => {
    if (!(item instanceof Y.Map)) return;
    for (const key of ACTION_PROSE_KEYS) stringToProse(item, key);
  });
}

/**
 * Board layout 6: each timeline event's text, a plain string until now, becomes a
 * `Y.Text` in place. An entry that is not a map, or a text that is not a string, is left
 * as it is.
 */
function timelineToProse(board: Y.Doc): void {
  timelineMap(board).forEach((event) => {
    if (event instanceof Y.Map) stringToProse(event, 'text');
  });
}

/**
 * Facilitation layout 3: the owners' responsibilities, one list value until now, become
 * one `Y.Text` per item in their own array; a list no reader accepted (or none) becomes
 * the default list, which readers showed for it. A list already there is kept.
 */
function responsibilitiesToProse(facilitation: Y.Doc): void {
  const state = facilitationMap(facilitation);
  const array = responsibilitiesArray(facilitation);
  if (array.length === 0) {
    const stored = ResponsibilitiesSchema.safeParse(state.get('responsibilities'));
    const list = stored.success ? stored.data : DEFAULT_OWNER_RESPONSIBILITIES;
    array.push(list.map((item) => new Y.Text(item)));
  }
  if (state.has('responsibilities')) state.delete('responsibilities');
}

/** Origin of every transaction a migration runs in. */
export const MIGRATION_ORIGIN = Symbol('hindsight:migration');

/** A stored doc is at a layout this code does not know: written by a newer Hindsight. */
export class NewerLayoutError extends Error {
  constructor(
    readonly kind: DocKind,
    readonly version: number,
  ) {
    super(`${kind} doc has layout ${version}, newer than ${SCHEMA_VERSIONS[kind]}`);
    this.name = 'NewerLayoutError';
  }
}

/**
 * The layout version of a stored doc. `recorded` is what the server stored beside it;
 * a doc stored before versions were recorded is at layout 1 (the first release wrote no
 * other), and an empty doc is at the current layout, with nothing to migrate.
 */
export function storedLayoutVersion(
  kind: DocKind,
  recorded: number | null,
  empty: boolean,
): number {
  if (recorded !== null) return recorded;
  return empty ? SCHEMA_VERSIONS[kind] : 1;
}

/**
 * Applies every step of `kind` above `from`, in one transaction.
 * @returns the version the doc is at now, and the names of the steps that ran.
 * @throws NewerLayoutError when `from` is newer than this code.
 */
export function migrateDoc(
  kind: DocKind,
  doc: Y.Doc,
  from: number,
  context: MigrationContext = {},
): { version: number; steps: string[] } {
  const current = SCHEMA_VERSIONS[kind];
  if (from > current) throw new NewerLayoutError(kind, from);
  const steps = pendingMigrations(kind, from);
  if (steps.length > 0) {
    doc.transact(() => {
      for (const step of steps) step.up(doc, context);
    }, MIGRATION_ORIGIN);
  }
  return { version: current, steps: steps.map((s) => s.name) };
}

/** The steps a doc of `kind` at layout `from` still needs. */
export function pendingMigrations(kind: DocKind, from: number): readonly Migration[] {
  return MIGRATIONS[kind].filter((m) => m.to > from);
}

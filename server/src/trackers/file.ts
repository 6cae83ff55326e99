/**
 * Files an action's issue in its postmortem's tracker. The claim comes first
 * (TrackerStore.claimTrackerIssue): a double click or a retry finds it and gets the issue
 * already filed, or a 409 while the first call is still out, never a second issue. A
 * failed call releases the claim. The issue's link is then written on the action in the
 * board doc, as the server, so the board and the ledger show it.
 */
import type { FastifyInstance } from 'fastify';
import {
  editActionItem,
  readActionItems,
  roomName,
  TrackerTargetSchema,
  type TrackerIssue,
} from '@hindsight/shared';
import type { LedgerListed } from '../ledger/ledgerStore.ts';
import { LEDGER_ORIGIN } from '../ledger/change.ts';
import { TRACKER_CLIENTS } from './clients.ts';
import { openConnection } from './connections.ts';
import type { SecretBox } from './secretBox.ts';
import type { TrackerIssueRow } from './trackerStore.ts';
import { logOf, problemOf } from './failure.ts';

/** A claim older than this is a process that died mid-call: another may take it over. */
export const CLAIM_STALE_MS = 5 * 60 * 1000;

export type FileOutcome =
  | { readonly kind: 'filed' | 'existing'; readonly issue: TrackerIssue }
  | { readonly kind: 'no-target' | 'no-connection' | 'in-progress' | 'gone' }
  | { readonly kind: 'failed'; readonly message: string };

export function issueOfRow(row: TrackerIssueRow): TrackerIssue | null {
  if (row.state === 'creating' || !row.key || !row.url) return null;
  return { kind: row.kind, key: row.key, url: row.url, state: row.state };
}

export async function fileIssue(
  app: FastifyInstance,
  box: SecretBox,
  row: LedgerListed,
  origin: string,
): Promise<FileOutcome> {
  const { store } = app;
  const stored = await store.getTrackerTarget(row.boardId);
  const target = stored ? TrackerTargetSchema.safeParse(JSON.parse(stored)) : null;
  if (!target?.success) return { kind: 'no-target' };
  const client = TRACKER_CLIENTS[target.data.kind];
  const conn = await openConnection(store, box, target.data.kind);
  if (!client || !conn) return { kind: 'no-connection' };

  const action = await app.rooms.withRooms([roomName(row.boardId)], ([room]) =>
    readActionItems(room!.doc).find((a) => a.id === row.actionId),
  );
  if (!action) return { kind: 'gone' };

  const now = Date.now();
  const claim = await store.claimTrackerIssue(
    row.boardId,
    row.actionId,
    target.data.kind,
    now,
    now - CLAIM_STALE_MS,
  );
  if (!claim.claimed) {
    const issue = issueOfRow(claim.existing);
    return issue ? { kind: 'existing', issue } : { kind: 'in-progress' };
  }
  let filed;
  try {
    filed = await client.create(conn, target.data, {
      title: action.title.trim(),
      details: action.details?.trim() || null,
      owner: action.owner ?? null,
      due: action.due ?? null,
      postmortemUrl: `${origin}/postmortems/${row.boardId}`,
      postmortemTitle: row.postmortemTitle,
    });
  } catch (err) {
    await store.releaseTrackerIssue(row.boardId, row.actionId, now);
    const message = problemOf(err, target.data.kind, target.data);
    app.log.warn(
      { board: row.boardId, action: row.actionId, tracker: target.data.kind, ...logOf(err) },
      `could not file the issue: ${message}`,
    );
    return { kind: 'failed', message };
  }
  await store.linkTrackerIssue(row.boardId, row.actionId, filed, Date.now());
  await app.rooms.withRooms([roomName(row.boardId)], ([room]) =>
    editActionItem(room!.doc, row.actionId, { link: filed.url }, LEDGER_ORIGIN),
  );
  app.searchIndexer.schedule(row.boardId);
  await app.searchIndexer.flush(row.boardId);
  return {
    kind: 'filed',
    issue: { kind: target.data.kind, key: filed.key, url: filed.url, state: filed.state },
  };
}

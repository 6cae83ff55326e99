/**
 * The history of changes made live on a board: the server watches each resident board
 * doc's actions and records a change to a status, owner, due date or reason, and each
 * facilitation doc's acceptances (entities/actionAcceptance.ts), with the connection it
 * came from (the transaction's origin is the peer that sent the
 * update, sync/room.ts): the signed-in person's name when the browser came with a
 * session, else the board member's id. The server's own writes (the ledger's PATCH,
 * an import) are not peers: the route that makes them records them with the person.
 */
import * as Y from 'yjs';
import { actionAcceptancesMap, actionItemsMap } from '@hindsight/shared';
import type { Peer } from '../sync/peer.ts';
import type { HistoryRecord } from './ledgerStore.ts';

/** An `accepted` on the item is not tracked: it is never read (entities/actionItem.ts). */
const TRACKED = ['status', 'owner', 'due', 'reason'] as const;
type Tracked = (typeof TRACKED)[number];

const isTracked = (key: string): key is Tracked => (TRACKED as readonly string[]).includes(key);

/** A peer as the origin of a transaction: the shape sync/peer.ts gives it. */
export function asPeer(origin: unknown): Peer | null {
  return typeof origin === 'object' && origin !== null && 'canWrite' in origin && 'role' in origin
    ? (origin as Peer)
    : null;
}

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

type By = Pick<HistoryRecord, 'byKind' | 'byId' | 'byName'>;

/** Who a transaction's origin is, when it is a peer. */
function byPeer(origin: unknown): By | null {
  const peer = asPeer(origin);
  if (!peer) return null;
  return peer.person
    ? { byKind: 'person', byId: null, byName: peer.person.name }
    : { byKind: 'member', byId: peer.memberId, byName: null };
}

/** The tracked changes of one transaction on a board's action items, by a peer. */
export function historyOfEvents(
  boardId: string,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  origin: unknown,
  at: number,
): HistoryRecord[] {
  const by = byPeer(origin);
  if (!by) return [];
  const records: HistoryRecord[] = [];
  for (const event of events) {
    // Only a field of an existing item: a new item is not a change of one.
    if (!(event instanceof Y.YMapEvent) || event.path.length !== 1) continue;
    const actionId = String(event.path[0]);
    const item = event.target as Y.Map<unknown>;
    for (const [key, change] of event.changes.keys) {
      if (!isTracked(key)) continue;
      const from = text(change.oldValue);
      const to = change.action === 'delete' ? null : text(item.get(key));
      if (from === to) continue;
      records.push({ boardId, actionId, at, field: key, from, to, ...by, via: 'board' });
    }
  }
  return records;
}

/** The acceptances a peer (the facilitator's tab) gave or withdrew in one transaction. */
export function historyOfAcceptances(
  boardId: string,
  event: Y.YMapEvent<unknown>,
  origin: unknown,
  at: number,
): HistoryRecord[] {
  const by = byPeer(origin);
  if (!by) return [];
  return [...event.changes.keys].flatMap(([actionId, change]) => {
    const from = change.action === 'add' ? null : 'true';
    const to = change.action === 'delete' ? null : 'true';
    if (from === to) return [];
    return [
      { boardId, actionId, at, field: 'accepted' as const, from, to, ...by, via: 'board' as const },
    ];
  });
}

/** Starts watching a facilitation doc's acceptances; answers the function that stops. */
export function watchAcceptances(
  boardId: string,
  doc: Y.Doc,
  record: (records: HistoryRecord[]) => void,
): () => void {
  const map = actionAcceptancesMap(doc);
  const observer = (event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    const records = historyOfAcceptances(boardId, event, tr.origin, Date.now());
    if (records.length > 0) record(records);
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}

/** Starts watching a board doc; answers the function that stops. */
export function watchActions(
  boardId: string,
  doc: Y.Doc,
  record: (records: HistoryRecord[]) => void,
): () => void {
  const items = actionItemsMap(doc);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    const records = historyOfEvents(boardId, events, tr.origin, Date.now());
    if (records.length > 0) record(records);
  };
  items.observeDeep(observer);
  return () => items.unobserveDeep(observer);
}

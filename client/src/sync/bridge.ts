/**
 * The board doc's Yjs -> zustand bridge: observers on the doc and awareness push plain
 * snapshots into the board store. Components read the store, never the doc. For the
 * facilitator it also counts what the readers had to leave out (shared doc/audit.ts),
 * a moment after the doc stops changing.
 */
import {
  auditBoardDoc,
  canWrite,
  PRESENCE_ID_MESSAGE,
  readPresenceId,
  type UnreadablePart,
} from '@hindsight/shared';
import type { BoardStore } from '../state/boardStore.ts';
import { bindConnectionFacts } from './connectionFacts.ts';
import type { DocConnection } from './docConnection.ts';
import { readPeers, samePeers } from './presence.ts';

/** How long the doc must stay still before it is audited again, ms. */
const AUDIT_DELAY_MS = 300;

const sameParts = (a: readonly UnreadablePart[], b: readonly UnreadablePart[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Wires `connection` to `store`; returns the function that unwires it. */
export function bindBoard(connection: DocConnection, store: BoardStore): () => void {
  const { awareness, doc } = connection;
  const set = store.setState;
  const audits = canWrite(store.getState().role, 'facilitation');
  let auditTimer: ReturnType<typeof setTimeout> | undefined;

  // Who this tab is in presence, as the server tells it on each connection.
  let selfPerson: string | null = null;
  const pushPeers = () => {
    const peers = readPeers(awareness, selfPerson);
    if (!samePeers(peers, store.getState().peers)) set({ peers });
  };
  connection.provider.messageHandlers[PRESENCE_ID_MESSAGE] = (_encoder, decoder) => {
    selfPerson = readPresenceId(decoder);
    pushPeers();
  };

  const audit = () => {
    const unreadable = auditBoardDoc(doc);
    if (!sameParts(unreadable, store.getState().unreadable)) set({ unreadable });
  };
  const scheduleAudit = () => {
    clearTimeout(auditTimer);
    auditTimer = setTimeout(audit, AUDIT_DELAY_MS);
  };

  awareness.on('change', pushPeers);
  if (audits) doc.on('update', scheduleAudit);
  const unbindFacts = bindConnectionFacts(connection, store);

  // Catch up with whatever happened before the observers were attached.
  pushPeers();
  if (audits) audit();

  return () => {
    clearTimeout(auditTimer);
    awareness.off('change', pushPeers);
    doc.off('update', scheduleAudit);
    unbindFacts();
  };
}

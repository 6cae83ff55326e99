/**
 * Keeps what peers write to the postmortem document's parts within the model's limits
 * (DESIGN.md, "Integrity and history"). The commands check them, but a participant may
 * send the board doc any Yjs update, and the facilitator the facilitation doc: right after
 * a peer's transaction changes the findings (trigger, leadup, detection, recovery notes,
 * lessons, supporting links) or the document template, the server cuts an over-long finding to its
 * limit, keeps only the valid supporting links (at most the limit, never a `javascript:`
 * address) and removes a template id that is none (shared entities/findings.ts and
 * documentTemplate.ts), in its own transaction, stored and relayed like any write. What
 * is stored from before is repaired as the room loads. Who may write which doc at all is
 * the sync endpoint's rule: an observer's write, or a participant's to the facilitation
 * doc, is refused there.
 */
import fp from 'fastify-plugin';
import type * as Y from 'yjs';
import {
  facilitationMap,
  findingsMap,
  parseRoom,
  repairDocumentTemplate,
  repairFindings,
} from '@hindsight/shared';
import { asPeer } from '../ledger/liveHistory.ts';

/** Origin of the server's repairs. */
export const GUARD_ORIGIN = Symbol('hindsight:document-guard');

/** Runs `repair` after every peer's transaction that changes `map`; answers what stops it. */
function guard(map: Y.Map<unknown>, repair: () => void): () => void {
  const observer = (_events: unknown, tr: Y.Transaction) => {
    if (asPeer(tr.origin)) repair();
  };
  map.observeDeep(observer);
  return () => map.unobserveDeep(observer);
}

export default fp(
  async (app) => {
    const stops = new Map<string, () => void>();
    app.rooms.addHooks({
      afterLoad(room) {
        const ref = parseRoom(room.name);
        // A visitor stores nothing: the board's owner guards its docs.
        if (!ref || room.isVisitor) return;
        const { doc } = room;
        if (ref.kind === 'board') {
          repairFindings(doc, GUARD_ORIGIN);
          stops.set(
            room.name,
            guard(findingsMap(doc), () => repairFindings(doc, GUARD_ORIGIN)),
          );
        } else if (ref.kind === 'facilitation') {
          repairDocumentTemplate(doc, GUARD_ORIGIN);
          const repair = () => repairDocumentTemplate(doc, GUARD_ORIGIN);
          stops.set(room.name, guard(facilitationMap(doc), repair));
        }
      },
      beforeUnload(room) {
        stops.get(room.name)?.();
        stops.delete(room.name);
      },
    });
  },
  { name: 'documentGuards', dependencies: ['rooms'] },
);

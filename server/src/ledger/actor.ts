/**
 * Who asks the ledger for a change, as the status rules (shared actions/status.ts) see
 * them: a person with their role, name and whether they facilitate the postmortem (they
 * are recorded on its board as a facilitator under their account's name, matched as an
 * owner's name is), or an API
 * token (a write token as a member who owns nothing, an admin token as an admin).
 */
import type { FastifyInstance } from 'fastify';
import { isOwner, type ActionActor } from '@hindsight/shared';
import type { RequestPrincipal } from '../http/authorize.ts';

export interface LedgerCaller {
  readonly actor: ActionActor;
  /** Who, as the history records it. */
  readonly by: {
    readonly byKind: 'person' | 'token' | 'tracker';
    readonly byId: string;
    readonly byName: string | null;
  };
}

export async function ledgerCaller(
  app: FastifyInstance,
  principal: RequestPrincipal,
  boardId: string,
): Promise<LedgerCaller | null> {
  if (principal.kind === 'token') {
    const role =
      principal.scope === 'admin' ? 'admin' : principal.scope === 'write' ? 'member' : 'viewer';
    return {
      actor: { role, facilitator: false },
      by: { byKind: 'token', byId: principal.tokenId, byName: null },
    };
  }
  if (principal.kind !== 'person') return null;
  const person = await app.workspace.people.find(principal.personId);
  if (!person) return null;
  const attendees = await app.store.listAttendees(boardId);
  const facilitator = attendees.some(
    (a) => a.role === 'facilitator' && isOwner(a.name, person.name),
  );
  return {
    actor: { role: person.role, personId: person.id, name: person.name, facilitator },
    by: { byKind: 'person', byId: person.id, byName: person.name },
  };
}

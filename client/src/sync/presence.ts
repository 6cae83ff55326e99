/**
 * Presence (awareness) as the app sees it: who is here, their role, and the phase they
 * marked done. Awareness states come from other browsers and are untrusted: a state
 * that does not parse is left out, and a bad role or ready flag counts as none.
 */
import { readPresence, type Role } from '@hindsight/shared';
import type { Awareness } from 'y-protocols/awareness';
import type { LocalUser } from '../state/boardCommands.ts';
import type { Peer } from '../state/boardStore.ts';

/**
 * Everyone who published a user, this tab first, then by name. This tab's own state is
 * never stamped by the server: its person is `selfPerson`, as the server told it.
 */
export function readPeers(awareness: Awareness, selfPerson: string | null = null): Peer[] {
  const self = awareness.clientID;
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const presence = readPresence(state);
    if (!presence) return;
    peers.push({
      clientId,
      ...presence.user,
      isSelf: clientId === self,
      role: presence.role,
      ready: presence.ready,
      person: clientId === self ? selfPerson : presence.person,
    });
  });
  return peers.sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      a.name.localeCompare(b.name) ||
      a.clientId - b.clientId,
  );
}

const samePeer = (a: Peer, b: Peer): boolean =>
  a.clientId === b.clientId &&
  a.name === b.name &&
  a.color === b.color &&
  a.isSelf === b.isSelf &&
  a.role === b.role &&
  a.ready === b.ready &&
  a.person === b.person;

/**
 * Whether two lists name the same people with the same fields. Awareness changes many
 * times a second while someone drags (their pointer is in it); the people list rarely
 * does, and whatever shows it need not render again.
 */
export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return a.length === b.length && a.every((p, i) => samePeer(p, b[i]!));
}

/** Publishes this tab's user and role; other browsers see it within one message. */
export function publishUser(awareness: Awareness, user: LocalUser, role: Role): void {
  awareness.setLocalState({
    ...awareness.getLocalState(),
    user: { name: user.name, color: user.color },
    role,
  });
}

/** Publishes the phase this tab is done with, or null; sends nothing when unchanged. */
export function publishReady(awareness: Awareness, phaseId: string | null): void {
  const current = awareness.getLocalState();
  if (current === null || (current.ready ?? null) === phaseId) return;
  awareness.setLocalStateField('ready', phaseId);
}

/**
 * Presence (awareness) as the app sees it. Awareness states come from other browsers and
 * are untrusted: anything that does not parse is left out of the list.
 */
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import type { LocalUser } from '../state/boardCommands.ts';
import type { Peer } from '../state/boardStore.ts';

const UserStateSchema = z.object({
  name: z.string().trim().min(1).max(40),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

/** Everyone who published a user, this tab first, then by name. */
export function readPeers(awareness: Awareness): Peer[] {
  const self = awareness.clientID;
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = UserStateSchema.safeParse((state as { user?: unknown }).user);
    if (user.success) peers.push({ clientId, ...user.data, isSelf: clientId === self });
  });
  return peers.sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      a.name.localeCompare(b.name) ||
      a.clientId - b.clientId,
  );
}

/** Publishes this tab's user; other browsers see it within one message. */
export function publishUser(awareness: Awareness, user: LocalUser): void {
  awareness.setLocalStateField('user', { name: user.name, color: user.color });
}

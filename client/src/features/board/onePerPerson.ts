import type { Peer } from '../../state/boardStore.ts';

/**
 * One avatar per person: the tabs of one browser show the same name, colour and role
 * (they share its member key and identity), so they are one person in the avatar row.
 * This tab stands for its person; otherwise the first in the list does. Order is kept.
 * Presence itself keeps every tab (drags and readiness are per tab).
 */
export function onePerPerson(peers: readonly Peer[]): Peer[] {
  const personOf = (p: Peer) => `${p.name}\u0000${p.color}\u0000${p.role ?? ''}`;
  const selfPerson = peers.find((p) => p.isSelf);
  const seen = new Set<string>(selfPerson ? [personOf(selfPerson)] : []);
  return peers.filter((p) => {
    if (p.isSelf) return true;
    const person = personOf(p);
    if (seen.has(person)) return false;
    seen.add(person);
    return true;
  });
}

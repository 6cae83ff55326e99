import type { Peer } from '../../state/boardStore.ts';

/**
 * One avatar per person: the tabs of one member (its browser's tabs, a reload whose old
 * state lingers) carry the same presence id, so they are one person in the avatar row.
 * This tab stands for its person; otherwise the first in the list does. Order is kept. A
 * tab whose person is not known yet stands alone. Presence itself keeps every tab (drags
 * and readiness are per tab).
 */
export function onePerPerson(peers: readonly Peer[]): Peer[] {
  const personOf = (p: Peer) => p.person ?? `tab:${p.clientId}`;
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

import { describe, expect, it } from 'vitest';
import type { Peer } from '../../state/boardStore.ts';
import { onePerPerson } from './onePerPerson.ts';

const peer = (clientId: number, person: string | null, extra: Partial<Peer> = {}): Peer => ({
  clientId,
  name: 'Fran',
  color: '#123456',
  isSelf: false,
  role: 'facilitator',
  ready: null,
  person,
  ...extra,
});

describe('onePerPerson', () => {
  it('shows a person in two tabs once, as this tab when it is one of them', () => {
    const self = peer(3, 'fran-person', { isSelf: true });
    const alex = peer(1, 'alex-person', { name: 'Alex' });
    expect(onePerPerson([self, alex, peer(7, 'fran-person')])).toEqual([self, alex]);
    expect(onePerPerson([peer(1, 'fran-person'), peer(2, 'fran-person'), alex])).toEqual([
      peer(1, 'fran-person'),
      alex,
    ]);
  });

  it('groups by the presence id, whatever the tabs show: a tab renamed since is the same person', () => {
    const self = peer(3, 'fran-person', { isSelf: true, name: 'Fran F.' });
    expect(onePerPerson([self, peer(7, 'fran-person', { name: 'Fran' })])).toEqual([self]);
  });

  it('keeps apart people with other ids, and tabs whose person is not known yet', () => {
    const peers = [peer(1, 'a'), peer(2, 'b'), peer(3, null), peer(4, null)];
    expect(onePerPerson(peers)).toEqual(peers);
    const self = peer(5, null, { isSelf: true });
    expect(onePerPerson([self, peer(6, null)])).toEqual([self, peer(6, null)]);
  });
});

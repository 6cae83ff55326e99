import { describe, expect, it } from 'vitest';
import type { Peer } from '../../state/boardStore.ts';
import { onePerPerson } from './onePerPerson.ts';

const peer = (clientId: number, name: string, extra: Partial<Peer> = {}): Peer => ({
  clientId,
  name,
  color: '#123456',
  isSelf: false,
  role: 'facilitator',
  ready: null,
  ...extra,
});

describe('onePerPerson', () => {
  it('shows the facilitator in two tabs once, as this tab when it is one of them', () => {
    const self = peer(3, 'Fran', { isSelf: true });
    expect(onePerPerson([self, peer(1, 'Alex'), peer(7, 'Fran')])).toEqual([self, peer(1, 'Alex')]);
    expect(onePerPerson([peer(1, 'Fran'), peer(2, 'Fran'), peer(4, 'Pat')])).toEqual([
      peer(1, 'Fran'),
      peer(4, 'Pat'),
    ]);
  });

  it('keeps people apart who differ in name, colour or role', () => {
    const peers = [
      peer(1, 'Fran'),
      peer(2, 'Fran', { color: '#654321' }),
      peer(3, 'Fran', { role: 'participant' }),
      peer(4, 'Fran (2)'),
    ];
    expect(onePerPerson(peers)).toEqual(peers);
  });
});

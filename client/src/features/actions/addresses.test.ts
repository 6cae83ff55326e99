import { emptyDiscussion } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { addressLabel, addressOptions, addressValue } from './addresses.ts';

const clusters = [
  { id: 'clusterA1234', name: 'Alerting' },
  { id: 'clusterB1234', name: '' },
];
const discussions = {
  clusterA1234: {
    ...emptyDiscussion('clusterA1234'),
    whys: [{ id: 'levelOne1234', why: 'Why no page?', because: 'No pool metric' }],
    rootCauseId: 'levelOne1234',
  },
};

describe('what an action addresses', () => {
  it('offers each cluster, then its root cause when one is marked', () => {
    expect(addressOptions(clusters, discussions).map((o) => [o.value, o.label])).toEqual([
      ['', 'Nothing in particular'],
      ['clusterA1234:', 'Alerting'],
      ['clusterA1234:levelOne1234', 'Alerting: root cause “No pool metric”'],
      ['clusterB1234:', 'Cluster 2'],
    ]);
  });

  it('reads an action back into the same choice', () => {
    const options = addressOptions(clusters, discussions);
    const action = { clusterId: 'clusterA1234', rootCauseId: 'levelOne1234' };
    expect(addressValue(action)).toBe('clusterA1234:levelOne1234');
    expect(addressLabel(action, options)).toBe('Alerting: root cause “No pool metric”');
    // A root cause unmarked since: the cluster still names it.
    expect(addressLabel({ clusterId: 'clusterA1234', rootCauseId: 'gone12345678' }, options)).toBe(
      'Alerting',
    );
    expect(addressLabel({}, options)).toBeNull();
  });
});

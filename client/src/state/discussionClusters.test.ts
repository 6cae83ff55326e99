import { describe, expect, it } from 'vitest';
import { discussionClusters } from './discussionClusters.ts';

describe('clusters for the discussion', () => {
  it('keeps the order, adds the card texts and the column most cards come from', () => {
    const cards = new Map([
      ['card1', { text: 'No alert', column: 'went-wrong' }],
      ['card2', { text: 'Quick rollback', column: 'went-well' }],
      ['card3', { text: 'Muted channel', column: 'went-wrong' }],
    ]);
    const ordered = [
      { id: 'clusterB', name: 'Alerting', votes: 4, cardIds: ['card1', 'card3', 'gone'] },
      { id: 'clusterA', name: '', votes: 1, cardIds: ['card2'] },
    ];
    expect(discussionClusters(ordered, cards, ['went-well', 'went-wrong', 'lucky'])).toEqual([
      {
        id: 'clusterB',
        name: 'Alerting',
        votes: 4,
        column: 'went-wrong',
        cards: [
          { id: 'card1', text: 'No alert', column: 'went-wrong' },
          { id: 'card3', text: 'Muted channel', column: 'went-wrong' },
        ],
      },
      {
        id: 'clusterA',
        name: '',
        votes: 1,
        column: 'went-well',
        cards: [{ id: 'card2', text: 'Quick rollback', column: 'went-well' }],
      },
    ]);
  });
});

import type { ClusterLayout } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { freshSuggestions, suggestFor } from './suggestions.ts';

const texts: Record<string, string> = {
  a: 'Connection pool too small for the traffic',
  b: 'Nobody watched connection pool saturation',
  c: 'Rollback was quick',
  d: 'Connection pool alert missing',
};
const cardOf = (id: string) => ({ text: texts[id]!, column: 'went-wrong' });

describe('suggest groups', () => {
  it('suggests groups of the free cards only, with a label', () => {
    const layout: ClusterLayout = {
      clusters: [],
      free: ['a', 'b', 'c', 'd'].map((cardId) => ({ cardId, at: null })),
    };
    const [first] = suggestFor(layout, cardOf);
    expect(first?.cardIds).toEqual(['a', 'b', 'd']);
    expect(first?.label).toMatch(/Connection pool/);
  });

  it('drops cards clustered since, and a suggestion left with fewer than two', () => {
    const suggestions = [
      { key: 'a,b,d', cardIds: ['a', 'b', 'd'], label: 'Pool' },
      { key: 'c,x', cardIds: ['c', 'x'], label: 'Other' },
    ];
    const now: ClusterLayout = {
      clusters: [],
      free: ['a', 'c', 'd'].map((cardId) => ({ cardId, at: null })),
    };
    expect(freshSuggestions(suggestions, now)).toEqual([
      { key: 'a,b,d', cardIds: ['a', 'd'], label: 'Pool' },
    ]);
  });
});

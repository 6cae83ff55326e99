import { describe, expect, it } from 'vitest';
import cardsJson from '../fixtures/cards.json?raw';
import { clusterColumn } from './clusterColumn.ts';
import { stem, suggestGroups, tokenize } from './similarity.ts';

/** The sample incident's brainstorm cards, with ids c0…c13 in file order. */
const cards = JSON.parse(cardsJson) as { column: string; text: string }[];
const sample = cards.map((c, i) => ({ id: `c${i}`, text: c.text, column: c.column }));
const textOf = (id: string) => sample.find((c) => c.id === id)!.text;

describe('tokenize', () => {
  it('lower-cases, drops stop words and numbers, and trims endings so forms meet', () => {
    expect(tokenize('No alert on connection-pool saturation')).toEqual([
      'alert',
      'connection',
      'pool',
      'saturation',
    ]);
    expect(tokenize('The change hit at 14:02, not at the evening peak')).toEqual([
      'chang',
      'hit',
      'even',
      'peak',
    ]);
    for (const [a, b] of [
      ['connections', 'connection'],
      ['retries', 'retry'],
      ['scaled', 'scaling'],
      ['scale', 'scaling'],
      ['changes', 'change'],
      ['stopped', 'stop'],
    ] as const) {
      expect(stem(a)).toBe(stem(b));
    }
  });
});

describe('suggestGroups', () => {
  it('groups the sample’s cards by topic within each column', () => {
    const groups = suggestGroups(sample);
    expect(groups).toEqual([
      { cardIds: ['c4', 'c5', 'c8', 'c9'], label: 'Config' },
      { cardIds: ['c6', 'c7'], label: 'Connection' },
    ]);
    // The two connection-pool cards of "what went wrong" group together.
    expect(groups[1]!.cardIds.map(textOf)).toEqual([
      'We scaled out first, which made DB connection waits worse',
      'No alert on connection-pool saturation',
    ]);
  });

  it('across columns, finds the payments-gateway retry cards and the pool cards', () => {
    const groups = suggestGroups(sample, { acrossColumns: true });
    expect(groups).toContainEqual({ cardIds: ['c10', 'c13'], label: 'Retry payments gateway' });
    expect(groups).toContainEqual({ cardIds: ['c7', 'c12'], label: 'Pool' });
    // No card is suggested for two groups.
    const ids = groups.flatMap((g) => g.cardIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic: the input order changes neither the groups nor their labels', () => {
    const forward = suggestGroups(sample);
    const backward = suggestGroups([...sample].reverse());
    const norm = (gs: typeof forward) =>
      gs
        .map((g) => ({ ...g, cardIds: [...g.cardIds].sort() }))
        .sort((a, b) => (a.label < b.label ? -1 : 1));
    expect(norm(backward)).toEqual(norm(forward));
  });

  it('suggests nothing for unrelated cards, one card, or no cards', () => {
    expect(
      suggestGroups([
        { id: 'a', text: 'Status page was updated quickly' },
        { id: 'b', text: 'Rollback took under a minute' },
        { id: 'c', text: 'The on-call engineer was new to the service' },
      ]),
    ).toEqual([]);
    expect(suggestGroups([{ id: 'a', text: 'Alert fired' }])).toEqual([]);
    expect(suggestGroups([])).toEqual([]);
  });

  it('a stricter threshold asks for more shared words', () => {
    const strict = suggestGroups(sample, { threshold: 0.8, acrossColumns: true });
    expect(strict).toEqual([{ cardIds: ['c10', 'c13'], label: 'Retry payments gateway' }]);
  });
});

describe('clusterColumn', () => {
  const order = ['went-well', 'went-wrong', 'lucky'];
  it('is the column most cards come from; ties go to the plan’s first column', () => {
    expect(clusterColumn(['lucky', 'went-wrong', 'went-wrong'], order)).toBe('went-wrong');
    expect(clusterColumn(['lucky', 'went-wrong'], order)).toBe('went-wrong');
    expect(clusterColumn(['zeta', 'alpha'], order)).toBe('alpha');
    expect(clusterColumn([], order)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Section } from './entry.ts';
import { parseQuery } from './query.ts';
import { snippetOf, SNIPPET_WORDS, stemOf } from './snippet.ts';

const sections: Section[] = [
  { group: 'title', where: 'Title', text: 'Checkout API 5xx' },
  { group: 'timeline', where: 'Timeline', text: 'Pool size lowered from 50 to 10' },
  {
    group: 'causes',
    where: "Root cause, cluster 'Config review'",
    text: 'The connection pool was exhausted because <script>alert(1)</script> nobody reviewed it',
  },
];

describe('snippetOf', () => {
  it('takes the best section, says where it is and marks the hits as parts', () => {
    const { snippet, where } = snippetOf(sections, parseQuery('pool exhausted'));
    expect(where).toBe("Root cause, cluster 'Config review'");
    expect(snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['pool', 'exhausted']);
    expect(snippet.map((p) => p.text).join('')).toContain('<script>alert(1)</script>');
  });

  it('marks words by stem, as the engines match them', () => {
    expect(stemOf('exhausted')).toBe('exhaust');
    const { snippet } = snippetOf(sections, parseQuery('exhausting'));
    expect(snippet.find((p) => p.hit)?.text).toBe('exhausted');
  });

  it('cuts a long section around the first hit, with ellipses', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const { snippet } = snippetOf(
      [{ group: 'notes', where: 'Notes', text: `${long} needle ${long}` }],
      parseQuery('needle'),
    );
    const text = snippet.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(' ').length).toBeLessThanOrEqual(SNIPPET_WORDS + 2);
    expect(snippet.filter((p) => p.hit)).toEqual([{ text: 'needle', hit: true }]);
  });

  it('starts at the first section when no word is found, and is empty for no text', () => {
    expect(snippetOf(sections, parseQuery('zzz')).where).toBe('Title');
    expect(snippetOf([], parseQuery('zzz'))).toEqual({ snippet: [], where: null });
  });
});

import { describe, expect, it } from 'vitest';
import { highlightTerms, matchRanges } from './highlight.ts';

describe('the highlight of a search', () => {
  it('takes "quoted phrases" whole and words one by one, without operators or exclusions', () => {
    expect(highlightTerms('"connection pool" exhausted OR timeout -dns')).toEqual([
      'connection pool',
      'exhausted',
      'timeout',
    ]);
    expect(highlightTerms('  "Retry Storm"  retry ')).toEqual(['retry storm', 'retry']);
    expect(highlightTerms('(cache) "unclosed phrase')).toEqual(['unclosed phrase', 'cache']);
    expect(highlightTerms('"" - OR')).toEqual([]);
  });

  it('finds every hit case-insensitively, a phrase across any white space', () => {
    const text = 'The Connection\n  pool was exhausted; connection POOL again.';
    const ranges = matchRanges(text, highlightTerms('"connection pool"'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual([
      'Connection\n  pool',
      'connection POOL',
    ]);
  });

  it('prefers the longer term where two start at the same place, and never overlaps', () => {
    const text = 'retry storm, then a retry';
    const ranges = matchRanges(text, highlightTerms('retry "retry storm"'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['retry storm', 'retry']);
  });

  it('treats characters that mean something to a regular expression as text', () => {
    const text = 'cost was $5 (a+b) [x]';
    expect(matchRanges(text, highlightTerms('"$5 (a+b)"')).length).toBe(1);
    expect(matchRanges(text, [])).toEqual([]);
  });
});

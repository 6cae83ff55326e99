import { describe, expect, it } from 'vitest';
import { excludedFts5, parseQuery, toFts5, toWebsearch, wordsOf } from './query.ts';

const words = (...w: string[]) => ({ words: w });

describe('parseQuery', () => {
  it('reads plain words, "exact phrases", -exclusions and OR as web search does', () => {
    expect(parseQuery('pool "connection refused" -staging OR canary')).toEqual({
      clauses: [[words('pool')], [words('connection', 'refused')], [words('canary')]],
      excluded: [words('staging')],
    });
    expect(parseQuery('timeout OR latency deploy')).toEqual({
      clauses: [[words('timeout'), words('latency')], [words('deploy')]],
      excluded: [],
    });
    expect(parseQuery('-"feature flag" rollback').excluded).toEqual([words('feature', 'flag')]);
  });

  it('takes an unclosed quote as a phrase to the end and lone operators as nothing', () => {
    expect(parseQuery('"pool size').clauses).toEqual([[words('pool', 'size')]]);
    expect(parseQuery('OR OR pool OR')).toEqual({ clauses: [[words('pool')]], excluded: [] });
    expect(parseQuery('- -- ""')).toEqual({ clauses: [], excluded: [] });
  });

  it('keeps only letters and digits, so no engine syntax survives', () => {
    for (const text of ['NEAR(a b)', 'title:pool*', '^pool', '(a OR b)', 'a:b -c* "d', '🔥 pool']) {
      const parsed = parseQuery(text);
      for (const term of [...parsed.clauses.flat(), ...parsed.excluded]) {
        for (const word of term.words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
    expect(parseQuery('pool-size').clauses).toEqual([[words('pool', 'size')]]);
    expect(parseQuery('🔥🔥').clauses).toEqual([]);
    expect(wordsOf('Ünïcode café')).toEqual(['ünïcode', 'café']);
  });

  it('lower-cases words but reads only upper-case OR as the operator', () => {
    expect(parseQuery('pool or size').clauses).toHaveLength(3);
  });
});

describe('toFts5', () => {
  it('quotes every term and also matches plain words as the phrase they make', () => {
    expect(toFts5(parseQuery('connection pool'))).toBe(
      '("connection" AND "pool") OR "connection pool"',
    );
    expect(toFts5(parseQuery('"pool size" OR near'))).toBe('("pool size" OR "near")');
    expect(toFts5(parseQuery('-x'))).toBeNull();
    expect(excludedFts5(parseQuery('a -x -"y z"'))).toBe('"x" OR "y z"');
  });
});

describe('toWebsearch', () => {
  it('writes the query back with every term quoted, so `or` and `-` in words stay words', () => {
    expect(toWebsearch(parseQuery('a OR b "c d" -e'))).toBe('"a" or "b" "c d" -"e"');
    expect(toWebsearch(parseQuery('or'))).toBe('"or"');
    expect(toWebsearch(parseQuery('-e'))).toBeNull();
  });
});

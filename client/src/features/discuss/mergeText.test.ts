import { describe, expect, it } from 'vitest';
import { mapIndex, mergeText } from './mergeText.ts';

describe('mergeText', () => {
  it('keeps both people’s additions to one paragraph', () => {
    const base = 'The pool was too small.';
    const mine = 'The pool was too small. Nobody load tested it.';
    const theirs = 'The connection pool was too small.';
    expect(mergeText(base, mine, theirs)).toBe(
      'The connection pool was too small. Nobody load tested it.',
    );
  });

  it('puts two texts written into an empty field one under the other', () => {
    expect(mergeText('', 'Alerting gap', 'Review gap')).toBe('Review gap\nAlerting gap');
  });

  it('returns the stored text when this person changed nothing, and theirs when it did not move', () => {
    expect(mergeText('a', 'a', 'b')).toBe('b');
    expect(mergeText('a', 'b', 'a')).toBe('b');
    expect(mergeText('a', 'b', 'b')).toBe('b');
  });

  it('keeps a deletion made here and an addition made there', () => {
    const base = 'Pager fired late. Runbook was stale. Rollback was fast.';
    const mine = 'Pager fired late. Rollback was fast.';
    const theirs = 'Pager fired late. Runbook was stale. Rollback was fast, under a minute.';
    expect(mergeText(base, mine, theirs)).toBe(
      'Pager fired late. Rollback was fast, under a minute.',
    );
  });

  it('keeps this person’s text whole when it cannot be placed in theirs', () => {
    const base = 'alpha beta gamma';
    const mine = 'alpha BETA gamma';
    const theirs = 'something else entirely, rewritten from scratch';
    expect(mergeText(base, mine, theirs)).toBe(mine);
  });
});

describe('mapIndex', () => {
  it('moves a caret after a change made before it, and keeps it before a change after it', () => {
    const before = 'pool too small';
    const after = 'connection pool too small!';
    expect(mapIndex(before, after, before.indexOf('too'))).toBe(after.indexOf('too'));
    expect(mapIndex(before, 'pool too small, by far', 4)).toBe(4);
    expect(mapIndex(before, before, 5)).toBe(5);
  });

  it('stays inside the new text when it shrank', () => {
    expect(mapIndex('a long sentence', 'a', 15)).toBeLessThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import { editBetween, mapIndex, mergeText, missesSave, receiveText } from './mergeText.ts';

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

  it('places a half-typed sentence where it was typed, even when it repeats words of the text', () => {
    const base = 'Pool was too small.';
    const theirs = 'Pool was too small. Nobody load tested it.';
    for (const typed of ['Summary: the pool was', 'Summary: Pool was', 'Pool was', 'P']) {
      expect(mergeText(base, typed + base, theirs)).toBe(typed + theirs);
    }
  });

  it('keeps this person’s text whole when it cannot be placed in theirs', () => {
    const base = 'alpha beta gamma';
    const mine = 'alpha BETA gamma';
    const theirs = 'something else entirely, rewritten from scratch';
    expect(mergeText(base, mine, theirs)).toBe(mine);
  });
});

describe('editBetween', () => {
  it('finds the one stretch that changed', () => {
    expect(editBetween('pool too small', 'pool far too small')).toEqual({
      start: 5,
      end: 5,
      text: 'far ',
    });
    expect(editBetween('pool too small', 'pool small')).toEqual({ start: 5, end: 9, text: '' });
    expect(editBetween('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });
});

describe('missesSave', () => {
  const before = 'Pool was too small.';
  const after = 'Pool was too small. Nobody load tested it. ';
  it('says a text lacking what a save added was written without seeing it', () => {
    expect(missesSave(before, after, 'Summary: Pool was too small.')).toBe(true);
  });
  it('says a text holding it saw it, also when the field was trimmed', () => {
    expect(missesSave(before, after, 'Pool was too small. Nobody load tested it.')).toBe(false);
    expect(missesSave(before, after, 'Hi. Pool was too small. Nobody load tested it. Yes.')).toBe(
      false,
    );
  });
  it('cannot tell for a save that only removed text, and counts it as seen', () => {
    expect(missesSave(after, before, 'anything')).toBe(false);
  });
});

describe('receiveText', () => {
  const before = 'Pool was too small.';
  const saved = 'Pool was too small. Nobody tested it.';
  const save = { from: before, to: saved };

  it('puts back a save of ours that someone else’s crossing save overwrote', () => {
    const theirs = 'Summary: Pool was too small.';
    expect(receiveText(saved, null, theirs, save)).toBe(
      'Summary: Pool was too small. Nobody tested it.',
    );
    expect(receiveText(saved, `${saved} More.`, theirs, save)).toBe(
      'Summary: Pool was too small. Nobody tested it. More.',
    );
  });

  it('takes a text written over our save as it is, adding nothing twice', () => {
    const theirs = `Summary: ${saved}`;
    expect(receiveText(saved, null, theirs, save)).toBe(theirs);
    expect(receiveText(saved, null, theirs, null)).toBe(theirs);
  });

  it('merges the draft when no save of ours is pending', () => {
    expect(receiveText(before, `${before} Mine.`, `Theirs: ${before}`, null)).toBe(
      `Theirs: ${before} Mine.`,
    );
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

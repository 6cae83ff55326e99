import { blameHints } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { blameSegments } from './blameSegments.ts';

describe('blame underlines', () => {
  it('cuts the text around each flagged phrase, losing nothing', () => {
    const text = 'Bob forgot to scale the pool; it was human error.';
    const segments = blameSegments(text, blameHints(text));
    expect(segments.map((s) => [s.text, s.hint?.kind ?? null])).toEqual([
      ['Bob forgot', 'person-as-cause'],
      [' to scale the pool; it was ', null],
      ['human error', 'human-error'],
      ['.', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves blameless text whole', () => {
    const text = 'Redis did not fail over. No blame here.';
    expect(blameSegments(text, blameHints(text))).toEqual([{ text, hint: null }]);
  });

  it('knows the members by name', () => {
    const text = 'kim ignored the alert';
    expect(blameSegments(text, blameHints(text, { names: ['Kim'] }))[0]).toMatchObject({
      text: 'kim ignored',
    });
  });
});

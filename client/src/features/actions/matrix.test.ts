import { describe, expect, it } from 'vitest';
import { MATRIX_CELLS, moveRating, ratingOf } from './matrix.ts';

describe('the impact/effort matrix', () => {
  it('puts quick wins top left and thankless tasks bottom right', () => {
    expect(MATRIX_CELLS.map((c) => c.quadrant)).toEqual([
      'quick win',
      'major project',
      'fill-in',
      'thankless',
    ]);
    expect(ratingOf('major project')).toEqual({ impact: 'high', effort: 'high' });
  });
});

describe('keyboard movement on the matrix', () => {
  it('up and down change the impact, left and right the effort', () => {
    const quickWin = { impact: 'high', effort: 'low' } as const;
    expect(moveRating(quickWin, 'ArrowRight')).toEqual({ impact: 'high', effort: 'high' });
    expect(moveRating(quickWin, 'ArrowDown')).toEqual({ impact: 'low', effort: 'low' });
    expect(moveRating({ impact: 'low', effort: 'high' }, 'ArrowUp')).toEqual({
      impact: 'high',
      effort: 'high',
    });
    expect(moveRating({ impact: 'low', effort: 'high' }, 'ArrowLeft')).toEqual({
      impact: 'low',
      effort: 'low',
    });
  });

  it('stays put at the edge', () => {
    expect(moveRating({ impact: 'high', effort: 'low' }, 'ArrowUp')).toEqual({
      impact: 'high',
      effort: 'low',
    });
  });

  it('places an unrated action with its first arrow, keeping a half rating', () => {
    expect(moveRating({}, 'ArrowUp')).toEqual({ impact: 'high', effort: 'low' });
    expect(moveRating({}, 'ArrowRight')).toEqual({ impact: 'high', effort: 'high' });
    expect(moveRating({ effort: 'high' }, 'ArrowDown')).toEqual({ impact: 'low', effort: 'high' });
  });

  it('ignores other keys', () => {
    expect(moveRating({}, 'Enter')).toBeNull();
    expect(moveRating({ impact: 'high', effort: 'low' }, 'a')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BoardSizes, sizeRefusal } from './sizeLimits.ts';

const limits = { maxUpdateBytes: 10, maxDocBytes: 100, maxBoardBytes: 150 };

describe('size limits', () => {
  it('refuse an update above its limit, then a doc or a board that would pass theirs', () => {
    expect(sizeRefusal(10, 90, 90, limits)).toBeNull();
    expect(sizeRefusal(11, 0, 0, limits)).toBe('the change is larger than one change may be');
    expect(sizeRefusal(10, 91, 91, limits)).toBe('the document is full');
    expect(sizeRefusal(10, 50, 141, limits)).toBe('the board is full');
  });

  it('sum the docs of a board, and keep each doc at its last size', () => {
    const sizes = new BoardSizes();
    sizes.set('AAAAAAAAAAAAAAAAAAAAAA', 40);
    sizes.set('AAAAAAAAAAAAAAAAAAAAAA/facilitation', 30);
    sizes.set('BBBBBBBBBBBBBBBBBBBBBB', 500);
    sizes.set('AAAAAAAAAAAAAAAAAAAAAA', 45);
    expect(sizes.boardBytes('AAAAAAAAAAAAAAAAAAAAAA/facilitation')).toBe(75);
    expect(sizes.boardBytes('CCCCCCCCCCCCCCCCCCCCCC')).toBe(0);
  });
});

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

  it('hold a change that only deletes to the update limit alone', () => {
    expect(sizeRefusal(10, 100, 150, limits, false)).toBeNull();
    expect(sizeRefusal(11, 0, 0, limits, false)).toBe(
      'the change is larger than one change may be',
    );
    expect(sizeRefusal(10, 100, 0, limits, true)).toBe('the document is full');
  });

  it("count a board's stored docs once, keeping the figures of docs already counted", async () => {
    const sizes = new BoardSizes();
    const board = 'AAAAAAAAAAAAAAAAAAAAAA';
    sizes.set(board, 40);
    const reads: string[] = [];
    const read = async (boardId: string) => {
      reads.push(boardId);
      return new Map([
        [board, 7],
        [`${board}/facilitation`, 30],
        [`${board}/private-${'M'.repeat(22)}`, 20],
      ]);
    };
    await Promise.all([
      sizes.countStored(`${board}/facilitation`, read),
      sizes.countStored(board, read),
    ]);
    expect(reads).toEqual([board]);
    expect(sizes.boardBytes(board)).toBe(90);
    await sizes.countStored(`${board}/private-${'M'.repeat(22)}`, read);
    expect(reads).toHaveLength(1);

    // A read that fails is tried again by the next load.
    const other = 'BBBBBBBBBBBBBBBBBBBBBB';
    await expect(
      sizes.countStored(other, () => Promise.reject(new Error('down'))),
    ).rejects.toThrow();
    await sizes.countStored(other, async () => new Map([[other, 5]]));
    expect(sizes.boardBytes(other)).toBe(5);
  });
});

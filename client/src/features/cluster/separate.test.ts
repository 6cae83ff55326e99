import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separate, SEPARATION, type Box } from './separate.ts';

const intersect = (a: Box, b: Box) =>
  a.at.x < b.at.x + b.width &&
  b.at.x < a.at.x + a.width &&
  a.at.y < b.at.y + b.height &&
  b.at.y < a.at.y + a.height;

const drawnBoxes = (boxes: readonly Box[]) => {
  const shown = separate(boxes);
  return boxes.map((b) => ({ ...b, at: shown.get(b.id)! }));
};

const boxes: fc.Arbitrary<Box[]> = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 1200 }),
      y: fc.integer({ min: 0, max: 1200 }),
      width: fc.constantFrom(208, 236),
      height: fc.integer({ min: 1, max: 900 }),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map(({ x, y, width, height }, i) => ({ id: `b${i}`, at: { x, y }, width, height })),
  );

describe('separate: no viewer sees one thing on the canvas over another', () => {
  it('leaves boxes that do not meet where they are, the same objects', () => {
    const a: Box = { id: 'a', at: { x: 24, y: 24 }, width: 236, height: 200 };
    const b: Box = { id: 'b', at: { x: 284, y: 24 }, width: 236, height: 400 };
    const shown = separate([a, b]);
    expect(shown.get('a')).toBe(a.at);
    expect(shown.get('b')).toBe(b.at);
  });

  it('moves a box drawn taller here than on the screen that placed it down, below the one it covers', () => {
    // Tidied on a screen where the first cluster was 200 tall; here it is 320 (a vote bar).
    const first: Box = { id: 'first', at: { x: 24, y: 24 }, width: 236, height: 320 };
    const second: Box = { id: 'second', at: { x: 24, y: 248 }, width: 236, height: 150 };
    const third: Box = { id: 'third', at: { x: 24, y: 422 }, width: 236, height: 100 };
    const shown = separate([third, second, first]);
    expect(shown.get('first')).toEqual({ x: 24, y: 24 });
    expect(shown.get('second')).toEqual({ x: 24, y: 24 + 320 + SEPARATION });
    expect(shown.get('third')).toEqual({ x: 24, y: 24 + 320 + 150 + 2 * SEPARATION });
  });

  it('never draws two boxes over each other, for any positions and heights', () => {
    fc.assert(
      fc.property(boxes, (list) => {
        const drawn = drawnBoxes(list);
        for (const [i, a] of drawn.entries())
          for (const b of drawn.slice(i + 1))
            expect(intersect(a, b), `${a.id} ${b.id}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('only ever moves a box down, never sideways, and is the same whatever the input order', () => {
    fc.assert(
      fc.property(boxes, (list) => {
        const shown = separate(list);
        for (const b of list) {
          expect(shown.get(b.id)!.x).toBe(b.at.x);
          expect(shown.get(b.id)!.y).toBeGreaterThanOrEqual(b.at.y);
        }
        expect(separate([...list].reverse())).toEqual(shown);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PostmortemCursorSchema } from '@hindsight/shared';
import { cursorOf, parseCursor, type PageCursor } from './cursor.ts';

describe('page cursors', () => {
  it('round-trip list and search positions, and the schema accepts them', () => {
    const cursors: PageCursor[] = [
      { kind: 'list', after: { incidentAt: 1_767_225_600_000, id: 'AbC_-9' } },
      { kind: 'list', after: { incidentAt: -86_400_000, id: 'x' } },
      { kind: 'search', after: { score: 14.601205482729695, id: 'Bench00000007032' } },
      { kind: 'search', after: { score: 6.159926537946061e-6, id: 'a-b' } },
      { kind: 'search', after: { score: -2.5e-300, id: 'z' } },
      { kind: 'search', after: { score: 0.1 + 0.2, id: 'q' } },
    ];
    for (const cursor of cursors) {
      const text = cursorOf(cursor);
      expect(PostmortemCursorSchema.safeParse(text).success, text).toBe(true);
      expect(parseCursor(text)).toEqual(cursor);
    }
  });

  it('refuses what no page gave', () => {
    for (const text of ['', 'r', 'r.1', 'x.1.abc', 'r.NaN.abc', 'd..abc', 'r.1.', 'r.Infinity.a']) {
      expect(parseCursor(text), text).toBeNull();
    }
  });
});

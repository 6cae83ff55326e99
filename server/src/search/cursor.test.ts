import { describe, expect, it } from 'vitest';
import { PostmortemCursorSchema } from '@hindsight/shared';
import { cursorOf, parseCursor, type PageCursor } from './cursor.ts';

describe('page cursors', () => {
  it('round-trip every order’s positions, and the schema accepts them', () => {
    const cursors: PageCursor[] = [
      { sort: 'incident', after: { keys: [1_767_225_600_000], id: 'AbC09xyz' } },
      { sort: 'incident-asc', after: { keys: [-86_400_000], id: 'xxxxxxxx' } },
      { sort: 'relevance', after: { keys: [14.601205482729695], id: 'Bench00000007032' } },
      { sort: 'relevance', after: { keys: [6.159926537946061e-6], id: 'abcdefgh' } },
      { sort: 'relevance', after: { keys: [0.1 + 0.2], id: 'qqqqqqqq' } },
      { sort: 'severity', after: { keys: [4, 1_767_225_600_000], id: 'abcdefgh' } },
      { sort: 'title', after: { keys: ['dns “outage” — 🔥 ü'], id: 'abcdefgh' } },
      { sort: 'open-actions', after: { keys: [0, 5], id: 'abcdefgh' } },
      { sort: 'updated', after: { keys: [1_767_225_600_123], id: 'abcdefgh' } },
    ];
    for (const cursor of cursors) {
      const text = cursorOf(cursor);
      expect(PostmortemCursorSchema.safeParse(text).success, text).toBe(true);
      expect(parseCursor(text)).toEqual(cursor);
    }
  });

  it('refuses what no page gave: other shapes, keys of another order, a bad id', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const texts = [
      '',
      'r.1.abc',
      'not base64 at all!',
      encode({ sort: 'incident' }),
      encode(['incident', [1], 'short']),
      encode(['bogus', [1], 'abcdefgh']),
      encode(['incident', ['1'], 'abcdefgh']),
      encode(['incident', [1.5], 'abcdefgh']),
      encode(['severity', [4], 'abcdefgh']),
      encode(['title', [4], 'abcdefgh']),
      encode(['relevance', ['x'], 'abcdefgh']),
      encode(['updated', [1, 2], 'abcdefgh']),
    ];
    for (const text of texts) expect(parseCursor(text), text).toBeNull();
  });
});

import type { TimelineEvent } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { importUndoneText } from './importUndo.ts';

const some = (n: number) => Array.from({ length: n }, () => ({}) as TimelineEvent);

describe('what undoing an import says', () => {
  it('counts what was removed, and what changed since and was kept', () => {
    expect(importUndoneText({ removed: some(12), kept: [] })).toBe(
      'Import undone: 12 events removed',
    );
    expect(importUndoneText({ removed: some(1), kept: some(1) })).toBe(
      'Import undone: 1 event removed; 1 event changed since was kept',
    );
    expect(importUndoneText({ removed: some(3), kept: some(2) })).toBe(
      'Import undone: 3 events removed; 2 events changed since were kept',
    );
    expect(importUndoneText({ removed: [], kept: some(2) })).toBe(
      'Nothing to undo: every imported event was changed since',
    );
  });
});

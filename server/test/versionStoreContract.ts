/**
 * What every {@link VersionStore} must do, as a suite any implementation runs against
 * itself: `versionStoreContract('SQLite', open)`.
 */
import { describe, expect, it } from 'vitest';
import { randomId } from '@hindsight/shared';
import type { Store } from '../src/storage/store.ts';
import type { VersionStore } from '../src/storage/versionStore.ts';

export interface OpenedStore {
  readonly store: Store & VersionStore;
  close(): Promise<void>;
}

async function newBoard(store: Store): Promise<string> {
  const id = randomId(16);
  await store.createBoard({ id, title: 't', template: 'default', createdAt: 0 }, [], new Map());
  return id;
}

const version = (boardId: string, takenAt: number, label = `at ${takenAt}`) => ({
  id: randomId(16),
  boardId,
  takenAt,
  reason: 'edits' as const,
  label,
  schemaVersion: 2,
  digest: { timeline: { a: '1x', b: '2y' } },
});

export function versionStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`${name} version store`, () => {
    it('keeps versions per board, lists them newest first without content, reads content back', async () => {
      const { store, close } = await open();
      try {
        const board = await newBoard(store);
        const other = await newBoard(store);
        const first = version(board, 1000);
        const second = version(board, 2000);
        await store.addVersion(second, Uint8Array.of(4, 5, 6, 7));
        await store.addVersion(first, Uint8Array.of(1, 2, 3));
        await store.addVersion(version(other, 1500), Uint8Array.of(9));

        const listed = await store.listVersions(board);
        expect(listed).toEqual([
          { ...second, bytes: 4 },
          { ...first, bytes: 3 },
        ]);
        expect(await store.readVersion(board, first.id)).toEqual({
          content: Uint8Array.of(1, 2, 3),
          schemaVersion: 2,
        });
        // A version is read only through its own board.
        expect(await store.readVersion(other, first.id)).toBeNull();
        expect(await store.readVersion(board, 'nonexistent00000')).toBeNull();
      } finally {
        await close();
      }
    });

    it('deletes the versions named, of that board only', async () => {
      const { store, close } = await open();
      try {
        const board = await newBoard(store);
        const other = await newBoard(store);
        const kept = version(board, 1);
        const dropped = version(board, 2);
        const foreign = version(other, 3);
        for (const v of [kept, dropped, foreign]) await store.addVersion(v, Uint8Array.of(1));
        await store.deleteVersions(board, [dropped.id, foreign.id, 'nonexistent00000']);
        expect((await store.listVersions(board)).map((v) => v.id)).toEqual([kept.id]);
        expect((await store.listVersions(other)).map((v) => v.id)).toEqual([foreign.id]);
      } finally {
        await close();
      }
    });
  });
}

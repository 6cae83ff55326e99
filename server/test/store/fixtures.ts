/** The records the store contract tests write, and stores on a test's storage. */
import type { BoardRecord, NewDoc, Store, TokenRecord } from '../../src/storage/store.ts';
import type { StoreKind, TestContext, TestStorage } from '../helpers.ts';

let boardCount = 0;
export const board = (id = `board-${++boardCount}`): BoardRecord => ({
  id,
  title: `Board ${id}`,
  template: 'default',
  createdAt: 1_700_000_000_000 + boardCount,
});
export const tokens: TokenRecord[] = [
  { role: 'facilitator', hash: 'f'.repeat(64) },
  { role: 'participant', hash: 'p'.repeat(64) },
  { role: 'observer', hash: 'o'.repeat(64) },
];
export const bytes = (...values: number[]) => Uint8Array.from(values);
export const noRooms = new Map<string, NewDoc>();
/** A doc as a new board's: its state and its layout version. */
export const newDoc = (...values: number[]): NewDoc => ({
  state: bytes(...values),
  schemaVersion: 2,
});

/**
 * `fresh()` opens a store on new storage of `kind`; `open()` another on the same storage
 * ("two processes" are two stores on one storage, each with its own connections). Both
 * are closed after the test.
 */
export function contractStores(t: TestContext, kind: StoreKind) {
  let storage: TestStorage | undefined;
  const open = async (): Promise<Store> => {
    storage ??= await t.storage(kind);
    const store = await storage.open();
    t.defer(() => store.close());
    return store;
  };
  const fresh = async (): Promise<Store> => {
    storage = await t.storage(kind);
    return open();
  };
  return { open, fresh };
}

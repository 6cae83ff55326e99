/**
 * The stores the persistence scenario runs on: SQLite in a temporary DATA_DIR, and
 * Postgres in a database of its own on the server DATABASE_URL names (else the local
 * default), created for the run and dropped after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../server/src/storage/postgresStore.ts';
import { openSqliteStore } from '../../server/src/storage/sqliteStore.ts';
import type { Store } from '../../server/src/storage/store.ts';
import { createDatabase, postgresAdminUrl } from '../../server/test/postgres.ts';

export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface BenchStore {
  readonly store: Store;
  /** Closes the store and removes everything it wrote. */
  remove(): Promise<void>;
}

export async function openBenchStore(kind: StoreKind): Promise<BenchStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-store-'));
    const store = openSqliteStore(dir);
    return {
      store,
      remove: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createDatabase(postgresAdminUrl(), 'hindsight_bench');
  const store = await openPostgresStore(database.url);
  return {
    store,
    remove: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/**
 * `hindsight reindex`: rebuilds the postmortem library's index from the stored boards,
 * in the store the server uses (DATABASE_URL, else the SQLite file in DATA_DIR). Safe
 * while a server runs on the same store: a board it changes meanwhile is indexed again
 * by the server a few seconds later.
 */
import { openPostgresStore } from '../storage/postgresStore.ts';
import { openSqliteStore } from '../storage/sqliteStore.ts';
import { knownPeopleOf } from '../ledger/projection.ts';
import { openWorkspaceStore } from '../storage/openWorkspaceStore.ts';
import { reindex } from '../search/reindex.ts';
import type { CliIo } from './run.ts';

export async function reindexCommand(io: CliIo): Promise<number> {
  const store = io.databaseUrl
    ? await openPostgresStore(io.databaseUrl, { poolSize: 2 })
    : openSqliteStore(io.dataDir);
  const workspace = await openWorkspaceStore(io);
  try {
    const started = Date.now();
    const { indexed, failed } = await reindex(
      store,
      knownPeopleOf((id) => workspace.findPerson(id)),
    );
    for (const { id, reason } of failed) io.err(`Could not index board ${id}: ${reason}\n`);
    io.err(`Indexed ${indexed} postmortems in ${Date.now() - started} ms.\n`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    await workspace.close();
    await store.close();
  }
}

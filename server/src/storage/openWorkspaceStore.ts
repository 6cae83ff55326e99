/** The workspace store the configuration names: Postgres when DATABASE_URL is set, else SQLite. */
import { openPostgresWorkspaceStore } from './postgresWorkspaceStore.ts';
import { openSqliteWorkspaceStore } from './sqliteWorkspaceStore.ts';
import type { WorkspaceStore } from './workspaceStore.ts';

export interface WorkspaceStoreLocation {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
}

export async function openWorkspaceStore({
  dataDir,
  databaseUrl,
}: WorkspaceStoreLocation): Promise<WorkspaceStore> {
  return databaseUrl ? openPostgresWorkspaceStore(databaseUrl) : openSqliteWorkspaceStore(dataDir);
}

/**
 * Opens the store named by the config (Postgres when DATABASE_URL is set, else the SQLite
 * file in DATA_DIR), with its schema steps applied, and closes it last on shutdown.
 */
import fp from 'fastify-plugin';
import { openPostgresStore } from '../storage/postgresStore.ts';
import { openSqliteStore } from '../storage/sqliteStore.ts';
import type { Store } from '../storage/store.ts';
import type { VersionStore } from '../storage/versionStore.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** Boards' versions (plugins/history.ts), kept in the same database. */
    versions: VersionStore;
  }
}

export interface StorePluginOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly databasePoolSize?: number;
}

/** The URL without its password, for the log. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export default fp<StorePluginOptions>(
  async (app, { dataDir, databaseUrl, databasePoolSize }) => {
    const log = app.log.child({ component: 'store' });
    const warn = (message: string, err?: unknown) => log.warn({ err }, message);
    const store = databaseUrl
      ? await openPostgresStore(databaseUrl, { poolSize: databasePoolSize, warn })
      : openSqliteStore(dataDir, { warn });
    app.decorate('store', store);
    app.decorate('versions', store);
    app.addHook('onClose', async () => store.close());
    if (databaseUrl) log.info({ database: redactDatabaseUrl(databaseUrl) }, 'store: Postgres');
    else log.info({ dataDir }, 'store: SQLite');
  },
  { name: 'store' },
);

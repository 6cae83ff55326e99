/**
 * Opens the store named by the config (Postgres when DATABASE_URL is set, else the SQLite
 * file in DATA_DIR), with its schema steps applied, and closes it last on shutdown. Every
 * write goes through the storage health (storage/storageHealth.ts), which rooms, the
 * boards API and `/readyz` consult.
 */
import { existsSync } from 'node:fs';
import fp from 'fastify-plugin';
import { openPostgresStore } from '../storage/postgresStore.ts';
import { openSqliteStore } from '../storage/sqliteStore.ts';
import { StorageHealth } from '../storage/storageHealth.ts';
import type { Store } from '../storage/store.ts';
import type { VersionStore } from '../storage/versionStore.ts';
import { watchWrites } from '../storage/watchedStore.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** Boards' versions (plugins/history.ts), kept in the same database. */
    versions: VersionStore;
    /** Whether the store takes writes now, and why not. */
    storageHealth: StorageHealth;
  }
}

export interface StorePluginOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly databasePoolSize?: number;
  /** Free bytes in DATA_DIR below which writes are refused (SQLite); 0 turns it off. */
  readonly minFreeDiskBytes?: number;
  /** Tests only: while this file exists, every store write fails as on a full disk. */
  readonly storeFaultFile?: string | undefined;
  /** How often free space is checked (and a failing store probed), ms. */
  readonly healthCheckMs?: number;
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
  async (
    app,
    {
      dataDir,
      databaseUrl,
      databasePoolSize,
      minFreeDiskBytes = 0,
      storeFaultFile,
      healthCheckMs = 1000,
    },
  ) => {
    const log = app.log.child({ component: 'store' });
    const warn = (message: string, err?: unknown) => log.warn({ err }, message);
    const opened = databaseUrl
      ? await openPostgresStore(databaseUrl, { poolSize: databasePoolSize, warn })
      : openSqliteStore(dataDir, { warn });
    const health = new StorageHealth({
      log,
      // Postgres keeps its data elsewhere: its own disk is its operator's to watch, and a
      // failed write still pauses edits here.
      dataDir: databaseUrl ? null : dataDir,
      minFreeBytes: minFreeDiskBytes,
      checkEveryMs: healthCheckMs,
    });
    const failWrites = storeFaultFile ? () => existsSync(storeFaultFile) : undefined;
    if (storeFaultFile) log.warn({ storeFaultFile }, 'store: writes fail while this file exists');
    const store = watchWrites(opened, health, failWrites);
    health.probe = () => store.probeWrite();
    app.decorate('store', store);
    app.decorate('versions', store);
    app.decorate('storageHealth', health);
    health.start();
    app.addHook('onClose', async () => {
      health.stop();
      await opened.close();
    });
    if (databaseUrl) log.info({ database: redactDatabaseUrl(databaseUrl) }, 'store: Postgres');
    else log.info({ dataDir }, 'store: SQLite');
  },
  { name: 'store' },
);

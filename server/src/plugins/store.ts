/** Opens the store named by the config and closes it last on shutdown. */
import fp from 'fastify-plugin';
import { openSqliteStore } from '../storage/sqliteStore.ts';
import type { Store } from '../storage/store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export interface StorePluginOptions {
  readonly dataDir: string;
}

export default fp<StorePluginOptions>(
  async (app, { dataDir }) => {
    const store = openSqliteStore(dataDir);
    app.decorate('store', store);
    app.addHook('onClose', async () => store.close());
    app.log.info({ dataDir }, 'store: SQLite');
  },
  { name: 'store' },
);

import { openSqliteStore } from '../src/storage/sqliteStore.ts';
import { tempDataDir } from './helpers.ts';
import { versionStoreContract } from './versionStoreContract.ts';

versionStoreContract('SQLite', async () => {
  const dir = tempDataDir();
  const store = openSqliteStore(dir.path);
  return {
    store,
    async close() {
      await store.close();
      dir.remove();
    },
  };
});

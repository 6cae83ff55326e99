import { ledgerContract } from './ledgerContract.ts';
import { STORE_KINDS, testContext } from './helpers.ts';

const t = testContext();

for (const kind of STORE_KINDS) {
  ledgerContract(kind === 'sqlite' ? 'SQLite' : 'Postgres', async () => {
    const storage = await t.storage(kind);
    const store = await storage.open();
    return { store, close: () => store.close() };
  });
}

import { reminderContract } from './reminderContract.ts';
import { STORE_KINDS, testContext } from './helpers.ts';

const t = testContext();

for (const kind of STORE_KINDS) {
  reminderContract(kind === 'sqlite' ? 'SQLite' : 'Postgres', async () => {
    const storage = await t.storage(kind);
    const a = await storage.open();
    const b = await storage.open();
    return {
      stores: [a, b],
      close: async () => {
        await a.close();
        await b.close();
      },
    };
  });
}

/**
 * `/readyz` says whether this process can serve boards: the leases that say who serves
 * each board must answer. A lock held on their table stands for a coordination outage.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { testContext } from '../helpers.ts';

const t = testContext();

describe('readiness', () => {
  it("answers 503 coordination while the boards' leases do not answer, 200 again after", async () => {
    const server = await t.server({ storage: await t.storage('postgres') });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    const blocker = new pg.Client({ connectionString: server.storage.databaseUrl });
    await blocker.connect();
    t.defer(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE board_leases IN ACCESS EXCLUSIVE MODE');
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', reason: 'coordination' });

    await blocker.query('ROLLBACK');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 60_000);
});

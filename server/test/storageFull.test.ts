/**
 * Storage failure is never silent: a DATA_DIR that runs low on space, a disk that fills
 * up, a store that fails its writes. New boards get 507, `/readyz` 503 with the reason,
 * edits are refused (4507) and kept by their client, the log says it once at error level
 * and once when it is over; afterwards the edits land for everyone and survive a restart.
 *
 * The disk is a tmpfs of 4 MiB the test mounts (root only); without root, the test says
 * so and the tmpfs cases do not run, while the store that fails its writes
 * (STORE_FAULT_FILE) runs everywhere, on SQLite and on Postgres.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { addCard, CARD_TEXT_MAX } from '@hindsight/shared';
import { type StoreKind, testContext, WAIT_MS } from './helpers.ts';
import { mountSmallDisk } from './smallDisk.ts';
import { failingStorage, readyz, storageTests, texts } from './storageFull/support.ts';

const t = testContext();
const { start, meeting, pausedThenLanded } = storageTests(t);

const canMount = (() => {
  const probe = mountSmallDisk(1);
  probe?.remove();
  if (!probe)
    console.info('storageFull: cannot mount a tmpfs here (not root): tmpfs cases skipped');
  return probe !== null;
})();

describe.runIf(canMount)('on a 4 MiB tmpfs', () => {
  function disk() {
    const small = mountSmallDisk(4)!;
    t.defer(() => small.remove());
    return small;
  }

  it('below MIN_FREE_DISK_MB: boards get 507, readyz says low-disk, edits pause and then land', async () => {
    const small = disk();
    const env = { DATA_DIR: small.path, MIN_FREE_DISK_MB: '1' };
    const server = await start(env);
    const m = await meeting(server);
    addCard(m.writer.doc, { text: 'before', column: 'went-wrong' });
    await vi.waitFor(() => expect(texts(m.reader.doc).has('before')).toBe(true), {
      timeout: WAIT_MS,
    });

    await small.fill(512 * 1024);
    const refused = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.apiToken}` },
      body: JSON.stringify({ title: 'one too many' }),
    });
    expect(refused.status).toBe(507);
    expect(await refused.json()).toMatchObject({ error: 'insufficient_storage' });
    expect(await readyz(server)).toMatchObject({ status: 503, body: { reason: 'low-disk' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await pausedThenLanded(
      server,
      m,
      () => small.unfill(),
      () => start(env),
    );
    expect(server.errors()).toHaveLength(1);
    expect(server.errors()[0]!.msg).toMatch(/^storage: free space/);
  });

  it('a full disk: the failed append is logged once, edits pause, and land once the disk grows', async () => {
    const small = disk();
    const env = { DATA_DIR: small.path, MIN_FREE_DISK_MB: '0' };
    const server = await start(env);
    const m = await meeting(server);
    await small.fill(0);

    // Edits until one cannot be stored: those of the failed append are applied but not
    // relayed (the room keeps them and retries); after it, nothing more is applied.
    let n = 0;
    const text = (i: number) => `${i} `.padEnd(CARD_TEXT_MAX, 'x');
    await vi.waitFor(
      () => {
        if (!server.app.storageHealth.writable) return;
        m.writer.doc.transact(() => {
          for (let i = 0; i < 40; i++) addCard(m.writer.doc, { text: text(n++), column: 'lucky' });
        });
        throw new Error('the store still writes');
      },
      { timeout: WAIT_MS, interval: 50 },
    );
    expect(await readyz(server)).toMatchObject({ status: 503, body: { reason: 'store' } });
    const relayedBeforePause = texts(m.reader.doc).size;

    const outcome = await pausedThenLanded(
      server,
      m,
      () => small.resize(16),
      () => start(env),
    );
    console.info(
      `full disk: ${n} cards written before the store failed, ${relayedBeforePause} relayed; ` +
        `after recovery ${outcome.seen} seen by the reader, ${outcome.restored} after a restart ` +
        `(0 lost); ${outcome.pauses} closes with 4507; ${server.errors().length} error line`,
    );
    expect(server.errors()).toHaveLength(1);
    expect(server.errors()[0]!.msg).toMatch(/^storage: a write failed/);
  });
});

describe.each<StoreKind>(['sqlite', 'postgres'])(
  'with a store that fails its writes (%s)',
  (kind) => {
    it('edits pause with 4507 and land once writes work; readyz 503 meanwhile; one error line', async () => {
      const { faultFile, env } = await failingStorage(t, kind);
      const server = await start(env);
      const m = await meeting(server);
      writeFileSync(faultFile, '');
      await vi.waitFor(async () => expect((await readyz(server)).body.reason).toBe('store'), {
        timeout: WAIT_MS,
      });
      const refused = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.apiToken}` },
        body: JSON.stringify({ title: 'one too many' }),
      });
      expect(refused.status).toBe(507);
      const undo = await fetch(`${server.url}/api/boards/${m.board.id}/restores/undo`, {
        method: 'POST',
        headers: { authorization: `Bearer ${m.board.tokens.facilitator}` },
      });
      expect(undo.status).toBe(507);
      // Someone arrives while the store fails: their attendance cannot be recorded, and
      // the log does not say so again at error level.
      m.reader.provider.awareness.setLocalStateField('user', { name: 'Olive Observer' });
      await vi.waitFor(() => expect(server.said('could not record an attendee')).not.toEqual([]), {
        timeout: WAIT_MS,
      });

      await pausedThenLanded(
        server,
        m,
        () => rmSync(faultFile),
        () => start(env),
      );
      expect(server.errors()).toHaveLength(1);
      expect(server.errors()[0]!.msg).toMatch(/^storage: a write failed/);
    });
  },
);

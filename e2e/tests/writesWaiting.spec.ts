/**
 * The writes-waiting story: the server's store stops taking writes (STORE_FAULT_FILE on a
 * server of the story's own, which fails every write in the real store path). The
 * facilitator's board page says that the server's own writes wait; the participant's
 * does not. A card written meanwhile waits on its writer's page; once the store writes
 * again the notice goes and the card lands.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from './axe.ts';
import { addCard, expect, expectLive, test } from './fixtures.ts';
import { meetingOn, ownServer } from './ownServer.ts';

const FAULT = 'fail-writes';

const ownServerOf = ownServer((dataDir) => ({ STORE_FAULT_FILE: join(dataDir, FAULT) }));

test('the facilitator is told while the server’s writes wait for its store, and when they flow again', async ({
  browser,
  request,
}) => {
  const server = ownServerOf();
  const { fPage, pPage, close } = await meetingOn(
    server,
    { browser, request },
    'Replica lag on orders-db',
  );
  const waiting = fPage.getByTestId('writes-waiting');
  await expect(waiting).toHaveCount(0);

  // The store stops taking writes: Fran's page says so, Pat's does not.
  writeFileSync(join(server.dataDir, FAULT), '');
  await expect.poll(async () => (await request.get(`${server.url}/readyz`)).status()).toBe(503);
  await expect(waiting).toHaveText(/^The server cannot save right now: .*Nothing is lost/);
  expect(await seriousViolations(fPage, '.banner')).toEqual([]);
  await fPage.screenshot({ path: test.info().outputPath('writes-waiting.png') });
  await expect(pPage.getByTestId('writes-waiting')).toHaveCount(0);

  // A card written meanwhile waits on Pat's page.
  await addCard(pPage, 'What went wrong', 'Replica fell behind under the batch job');
  await expect(pPage.getByRole('alert').filter({ hasText: 'Saving is paused' })).toBeVisible();
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('No cards yet');

  // The store writes again: the notice goes and the card lands.
  rmSync(join(server.dataDir, FAULT));
  await expect(waiting).toHaveCount(0);
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');
  await expectLive(fPage);
  await close();
});

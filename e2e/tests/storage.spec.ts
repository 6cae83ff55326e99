/**
 * The saving-paused story: the server's store stops taking writes (a test switch on a
 * server of the story's own, STORE_FAULT_FILE, which fails every write in the real store
 * path as a full disk would). A participant's new card is refused: their page keeps it
 * and says saving is paused; the facilitator does not see it counted. Once the store
 * writes again the card lands, the facilitator sees it counted, and the notice goes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seriousViolations } from './axe.ts';
import { addCard, expect, expectLive, test } from './fixtures.ts';
import { meetingOn, ownServer } from './ownServer.ts';

const SCREENSHOT = fileURLToPath(
  new URL('../../docs/screenshot-saving-paused.png', import.meta.url),
);
const FAULT = 'fail-writes';

const ownServerOf = ownServer((dataDir) => ({ STORE_FAULT_FILE: join(dataDir, FAULT) }));

test('a participant’s edits pause while the server cannot store them, then land for the facilitator', async ({
  browser,
  request,
}) => {
  test
    .info()
    .annotations.push({ type: 'store', description: 'fails its writes via STORE_FAULT_FILE' });
  const server = ownServerOf();
  const { fPage, pPage, close } = await meetingOn(
    server,
    { browser, request },
    'Disk full on db-3',
  );

  await addCard(pPage, 'What went wrong', 'Alert fired only at 100% disk');
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');

  // The store stops taking writes: the next card is kept on Pat's page, not counted.
  writeFileSync(join(server.dataDir, FAULT), '');
  await expect.poll(async () => (await request.get(`${server.url}/readyz`)).status()).toBe(503);
  await addCard(pPage, 'What went wrong', 'Nobody owned the disk alert');
  const paused = pPage.getByRole('alert').filter({ hasText: 'Saving is paused' });
  await expect(paused).toHaveText(/^Saving is paused: .*Your edits are kept on this page/);
  await expect(pPage.getByText('Nobody owned the disk alert')).toBeVisible();
  await expect(pPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'paused');
  await expect(pPage.getByTestId('connection-status')).toContainText('Saving paused');
  expect(await seriousViolations(pPage, '.banner, [data-testid="connection-status"]')).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS) await pPage.screenshot({ path: SCREENSHOT });
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');

  // The store writes again: Pat's page sends the kept card, Fran sees it counted.
  rmSync(join(server.dataDir, FAULT));
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('2 cards from 1 person');
  await expect(paused).toBeHidden();
  await expectLive(pPage);

  // It was stored: a reload brings it back from the server.
  await pPage.reload();
  await expectLive(pPage);
  await expect(pPage.getByText('Nobody owned the disk alert')).toBeVisible();
  await close();
});

/**
 * The board-full story: a board doc has reached its size limit (a server of the story's
 * own with MAX_DOC_BYTES at 256 KiB, filled from Node up to the limit). A participant's
 * next action does not fit: their page says the board is full and to ask the facilitator,
 * and stops writing to it. The facilitator's page keeps working: the meeting moves on
 * and the participant still follows it; a reload brings the board back, live, without
 * the change that did not fit.
 */
import { fileURLToPath } from 'node:url';
import { CloseCode } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { fillUntilRefused } from './nodeDocs.ts';
import { expect, expectLive, goToPhase, test } from './fixtures.ts';
import { meetingOn, ownServer } from './ownServer.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-board-full.png', import.meta.url));
const LIMIT = 256 * 1024;

const ownServerOf = ownServer(() => ({ MAX_DOC_BYTES: String(LIMIT) }));

test('a participant whose action does not fit is told the board is full; the facilitator’s board keeps working', async ({
  browser,
  request,
}) => {
  const server = ownServerOf();
  const { board, fPage, pPage, close } = await meetingOn(
    server,
    { browser, request },
    'Runaway log export',
  );
  await fPage.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fPage, 'actions');
  await expect(pPage.getByRole('form', { name: 'New action' })).toBeVisible();

  // The board doc is filled up to its limit, in large changes then in small ones.
  for (const chunk of [4096, 128]) {
    expect(await fillUntilRefused(server.url, board.id, board.tokens.participant, chunk)).toBe(
      CloseCode.BoardFull,
    );
  }

  // Pat's next action does not fit: Pat is told, and nobody sees half of it.
  const form = pPage.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill('Cap the size of log exports');
  await form.getByLabel('Owner').fill('Pat');
  await form.getByRole('button', { name: 'Add action' }).click();
  const full = pPage.getByTestId('board-read-only');
  await expect(full).toHaveText(/^This board is full; ask the facilitator\./);
  await expect(pPage.getByTestId('connection-status')).toHaveAttribute('data-state', 'closed');
  expect(await seriousViolations(pPage, '.banner')).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS) await pPage.screenshot({ path: SCREENSHOT });
  await expect(fPage.getByTestId('action-card')).toHaveCount(0);
  await expect(fPage.getByTestId('board-read-only')).toHaveCount(0);
  await expectLive(fPage);

  // The meeting goes on: Fran moves to the next phase (the session lives in another doc)
  // and Pat's page follows it.
  await goToPhase(fPage, 'owner');
  await expect(fPage.getByTestId('phase-title')).toHaveText('Owner');
  await expect(pPage.getByTestId('phase-title')).toHaveText('Owner');

  // A reload reads the board again, live, without the change that did not fit.
  await goToPhase(fPage, 'actions');
  await pPage.reload();
  await expectLive(pPage);
  await expect(pPage.getByTestId('phase-title')).toHaveText('Actions');
  await expect(pPage.getByTestId('action-card')).toHaveCount(0);
  await close();
});

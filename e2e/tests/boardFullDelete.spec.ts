/**
 * Making room on a full board: a board doc at its size limit (a server of the story's own
 * with MAX_DOC_BYTES at 48 KiB) takes deletions and nothing else. A participant's new
 * action does not fit: their page says the board is full and to ask the facilitator. The
 * facilitator deletes two long actions, which makes room, and writes again: a new action
 * lands for both, and the participant, reloaded, writes again too.
 */
import type { Page } from '@playwright/test';
import { ACTION_DETAILS_MAX, addActionItem, CloseCode } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { expect, expectLive, goToPhase, test } from './fixtures.ts';
import { fillUntilRefused, nodeDocs } from './nodeDocs.ts';
import { meetingOn, ownServer } from './ownServer.ts';

const LIMIT = 48 * 1024;
/** Long actions written before the board is full, each about 2 KiB. */
const LONG_ACTIONS = 12;

const ownServerOf = ownServer(() => ({ MAX_DOC_BYTES: String(LIMIT) }));

async function addAction(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill(title);
  await form.getByRole('button', { name: 'Add action' }).click();
}

test('on a full board the facilitator deletes actions to make room, then everyone writes again', async ({
  browser,
  request,
}) => {
  const server = ownServerOf();
  const { board, fPage, pPage, close } = await meetingOn(
    server,
    { browser, request },
    'Queue backlog',
  );
  await fPage.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fPage, 'actions');
  await expect(pPage.getByRole('form', { name: 'New action' })).toBeVisible();

  // Long actions, then filler up to the limit, written from Node.
  const docs = await nodeDocs(server.url);
  const doc = await docs.open(board.id, { token: board.tokens.participant });
  for (let i = 1; i <= LONG_ACTIONS; i++) {
    addActionItem(doc, { title: `Long action ${i}`, details: 'x'.repeat(ACTION_DETAILS_MAX) });
  }
  await expect(fPage.getByTestId('action-card')).toHaveCount(LONG_ACTIONS);
  docs.close();
  for (const chunk of [1024, 128]) {
    expect(await fillUntilRefused(server.url, board.id, board.tokens.participant, chunk)).toBe(
      CloseCode.BoardFull,
    );
  }

  // Pat's next action does not fit: Pat's page says so.
  await addAction(pPage, 'Alert on queue depth');
  const full = pPage.getByTestId('board-read-only');
  await expect(full).toHaveText(/^This board is full; ask the facilitator\./);
  expect(await seriousViolations(pPage, '.banner')).toEqual([]);
  await expect(fPage.getByTestId('action-card')).toHaveCount(LONG_ACTIONS);

  // Fran makes room: deleting is what a full board still takes. By keyboard.
  for (const n of [1, 2]) {
    const remove = fPage.getByRole('button', {
      name: `Delete action Long action ${n}`,
      exact: true,
    });
    await remove.focus();
    await fPage.keyboard.press('Enter');
    await expect(remove).toHaveCount(0);
  }
  await expect(fPage.getByTestId('action-card')).toHaveCount(LONG_ACTIONS - 2);
  await expect(fPage.getByTestId('board-read-only')).toHaveCount(0);

  // Then writes again: the new action lands for Fran, and for Pat once reloaded.
  await addAction(fPage, 'Drain the queue before deploys');
  const landed = (page: Page) =>
    page.locator('[data-testid="action-card"][data-title="Drain the queue before deploys"]');
  await expect(landed(fPage)).toHaveCount(1);
  await expectLive(fPage);
  await pPage.reload();
  await expectLive(pPage);
  await expect(landed(pPage)).toHaveCount(1);
  await expect(pPage.getByTestId('board-read-only')).toHaveCount(0);
  await addAction(pPage, 'Alert on queue depth');
  const patAction = '[data-testid="action-card"][data-title="Alert on queue depth"]';
  await expect(fPage.locator(patAction)).toHaveCount(1);
  await expect(pPage.locator(patAction)).toHaveCount(1);
  await expectLive(pPage);
  await close();
});

/**
 * The action ledger (issue #18): an owner, signed in, sees "My actions" across two
 * postmortems and marks one done; the other postmortem's facilitator, on that board's
 * follow-up view in another browser, sees it done without reloading.
 */
import { randomUUID } from 'node:crypto';
import type { CreateBoardResponse } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { account, expect, joinBoard, signIn, test, type App } from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';

/** Writes an action into a board from Node, as a facilitator's browser would. */
const writeAction = (app: App, board: CreateBoardResponse, title: string, owner: string) =>
  writeActions(app, board, [title], owner);

test('an owner marks one of their actions done from the ledger; the facilitator sees it live on the follow-up view', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const first = await app.createBoard(`Checkout outage ${tag}`);
  const second = await app.createBoard(`Search outage ${tag}`);
  const mine = [`Alert on checkout ${tag}`, `Runbook for search ${tag}`];
  await writeAction(app, first, mine[0]!, 'Pat Lee');
  await writeAction(app, second, mine[1]!, 'Pat Lee');
  await writeAction(app, second, `Someone else's ${tag}`, 'Sam Roe');

  // The facilitator of the second postmortem watches its follow-up view.
  const fac = await joinBoard(app, second.links.facilitator, 'Fran Facilitator');
  await fac.getByRole('button', { name: 'Follow-up', exact: true }).click();
  const row = fac.getByTestId('after-action').filter({ hasText: mine[1]! });
  await expect(row.getByLabel('Status')).toHaveValue('open');

  // Pat, signed in, opens the ledger from the home page and keeps to their own actions.
  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Pat Lee'));
  await page.getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByRole('heading', { name: 'Actions', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'My actions' }).click();
  await expect(page).toHaveURL(/\/actions\?owner=me/);
  const rows = page.getByTestId('ledger-row').filter({ hasText: tag });
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(2);
  }).toPass();
  await expect(rows.filter({ hasText: 'Sam Roe' })).toHaveCount(0);
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/ledger-mine.png', fullPage: true });

  // By keyboard: select the search runbook, choose Done, apply.
  const select = page.getByRole('checkbox', { name: `Select “${mine[1]}”` });
  await select.focus();
  await page.keyboard.press('Space');
  await expect(select).toBeChecked();
  await page.getByLabel('New status').selectOption('done');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toHaveText('1 changed.');
  await expect(rows.filter({ hasText: mine[1]! })).toContainText('Done');

  // The facilitator sees it on the board, live.
  await expect(row.getByLabel('Status')).toHaveValue('done');
});

/**
 * The ledger past its first page (issue #18): an owner pages through more actions than
 * one page holds, exports and ticks every action of the view (not only those shown),
 * narrows the view to one postmortem from its row, changes an action there from the
 * keyboard and reads its history: who changed what, from and to, and when.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';

test('an owner pages through every action of a view, narrows it to one postmortem, changes one and reads its history', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const owner = `Ola ${tag}`;
  const big = await app.createBoard(`Queue backlog ${tag}`);
  const small = await app.createBoard(`Cache stampede ${tag}`);
  const steps = Array.from({ length: 104 }, (_, i) => `Backlog step ${i} ${tag}`);
  const guard = `Stampede guard ${tag}`;
  await writeActions(app, big, steps, owner);
  await writeActions(app, small, [guard], owner);

  const { page } = await app.newPerson();
  // The member owns them all: "My actions" is the view.
  await signIn(page, account('member', owner));
  await page.goto(`${app.url}/actions?owner=me`);
  const rows = page.getByTestId('ledger-row');
  const more = page.getByRole('button', { name: 'Load more' });
  // The ledger follows the boards a moment after they change.
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(100);
    await more.click();
    await expect(rows).toHaveCount(105);
  }).toPass();
  await expect(page.getByText('105 actions shown, all of this view')).toBeVisible();
  await expect(more).toHaveCount(0);

  // The CSV holds every action the filters select.
  await page.reload();
  await expect(rows).toHaveCount(100);
  await expect(page.getByText('100 actions shown, more in this view')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV of every action in this view' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\n').filter((line) => line.includes(tag))).toHaveLength(105);
  await page.getByRole('button', { name: 'Tick every action in this view' }).click();
  await expect(page.getByText('105 actions selected')).toBeVisible();
  await expect(page.getByText('5 ticked but not shown')).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/ledger-pages.png', fullPage: true });

  // Narrowed to one postmortem from its row, which may be among the five past the first page.
  await more.click();
  await expect(rows).toHaveCount(105);
  await page.getByRole('button', { name: `Only this postmortem: Cache stampede ${tag}` }).click();
  await expect(page).toHaveURL(new RegExp(`postmortem=${small.id}`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Postmortem' })).toHaveValue(
    `Cache stampede ${tag}`,
  );

  // Marked done from the keyboard, then its history says so.
  const tick = page.getByRole('checkbox', { name: `Select “${guard}”` });
  await tick.focus();
  await page.keyboard.press('Space');
  await page.getByLabel('New status').selectOption('done');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toHaveText('1 changed.');
  const history = page.getByRole('button', { name: `History of “${guard}”` });
  await history.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `History of “${guard}”` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('ledger-history')).toContainText('Status: Open → Done');
  await expect(dialog.getByTestId('ledger-history')).toContainText(owner);
  await expect(dialog.getByTestId('ledger-history')).toContainText('in the ledger');
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await page.screenshot({ path: 'test-results/ledger-history.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Show every postmortem' }).click();
  await expect(rows).toHaveCount(100);
});

/**
 * Owners chosen from the workspace's people (issue #18): a signed-in facilitator picks a
 * member as an action's owner from the keyboard on the board; the member finds it under
 * "My actions"; an admin narrows the ledger to the postmortem with its picker and gives
 * the action to another person; the facilitator's board shows the new owner live.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { account, expect, expectLive, goToPhase, pathOf, signIn, test } from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';

/** Types a name into a combobox within `scope` and chooses its one suggestion by keyboard. */
async function chooseByKeyboard(
  page: Page,
  scope: Page | Locator,
  label: string,
  text: string,
): Promise<void> {
  const field = scope.getByRole('combobox', { name: label, exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  const option = scope.getByRole('option', { name: new RegExp(text) });
  await expect(option).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
}

test('a facilitator picks a member as owner on the board, the member sees it in My actions, an admin hands it to someone else and the board follows live', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const title = `Payments latency ${tag}`;
  const action = `Alert on queue depth ${tag}`;
  const board = await app.createBoard(title);
  await writeActions(app, board, [action], 'Ops team');
  const mia = account('member', `Mia ${tag}`);
  const noa = `Noa ${tag}`;
  account('member', noa);

  // Fran, signed in, runs the board from its facilitator link.
  const { page: fac } = await app.newPerson();
  await signIn(fac, account('member', `Fran ${tag}`));
  await fac.goto(pathOf(board.links.facilitator));
  await expectLive(fac);
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'actions');
  const card = fac.getByTestId('action-card');
  await expect(card.getByTestId('owner-reach')).toHaveText('Not reminded — pick a person');
  await chooseByKeyboard(fac, card, 'Owner', `Mia ${tag}`);
  await expect(card.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue(
    `Mia ${tag}`,
  );
  await expect(card.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
  expect(await seriousViolations(fac, '[data-testid="action-card"]')).toEqual([]);
  await fac.screenshot({ path: 'test-results/owner-picked.png' });

  // Mia opens the ledger: the action is hers by her id.
  const { page: member } = await app.newPerson();
  await signIn(member, mia);
  await member.goto('/actions');
  await member.getByRole('button', { name: 'My actions' }).click();
  await expect(member.getByTestId('my-actions-hint')).toContainText('also matched by name');
  const mine = member.getByTestId('ledger-row').filter({ hasText: tag });
  await expect(async () => {
    await member.reload();
    await expect(mine).toHaveCount(1);
  }).toPass();
  await expect(mine).toContainText(action);
  await expect(mine.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');

  // An admin narrows the ledger to the postmortem with its picker, by keyboard.
  const { page: admin } = await app.newPerson();
  await signIn(admin, account('admin', `Ada ${tag}`));
  await admin.goto('/actions');
  await expect(async () => {
    await chooseByKeyboard(admin, admin, 'Postmortem', title);
  }).toPass();
  await expect(admin).toHaveURL(new RegExp(`postmortem=${board.id}`));
  const row = admin.getByTestId('ledger-row').filter({ hasText: action });
  await expect(row).toHaveCount(1);
  expect(await seriousViolations(admin, '.ledger-filters')).toEqual([]);

  // … and gives the action to Noa.
  await row.getByRole('button', { name: `Change owner of “${action}”` }).click();
  await chooseByKeyboard(admin, admin, `Owner of “${action}”`, noa);
  await expect(admin.getByRole('status')).toHaveText(`${action}: owner is now ${noa}.`);
  await expect(row).toContainText(noa);
  await expect(row.getByRole('button', { name: `Change owner of “${action}”` })).toBeFocused();
  expect(await seriousViolations(admin, '.ledger-table')).toEqual([]);
  await admin.screenshot({ path: 'test-results/owner-ledger.png', fullPage: true });

  // Fran's board shows the new owner without reloading.
  await expect(card.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue(noa);
  await expect(card.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
});

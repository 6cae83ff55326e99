/**
 * Owners chosen from the workspace's people (issue #18): a signed-in facilitator picks a
 * member as an action's owner from the keyboard on the board; the member finds it under
 * "My actions"; an admin narrows the ledger to the postmortem with its picker and gives
 * the action to another person; the facilitator's board shows the new owner live.
 */
import { randomUUID } from 'node:crypto';
import type { CreateBoardResponse } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { chooseByKeyboard } from './combobox.ts';
import {
  account,
  expect,
  expectLive,
  goToPhase,
  pathOf,
  signIn,
  test,
  type App,
} from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';

/** A member signed in opens the board's facilitator link and runs it to the Actions phase. */
async function facilitatorOnActions(app: App, board: CreateBoardResponse, name: string) {
  const { page } = await app.newPerson();
  await signIn(page, account('member', name));
  await page.goto(pathOf(board.links.facilitator));
  await expectLive(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(page, 'actions');
  return page;
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
  const fac = await facilitatorOnActions(app, board, `Fran ${tag}`);
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

test('a facilitator adds an action choosing its owner from the workspace people by keyboard in the New action form, and the owner finds it in My actions', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const board = await app.createBoard(`Login loop ${tag}`);
  const action = `Cap session retries ${tag}`;
  const mia = account('member', `Mia ${tag}`);

  const fac = await facilitatorOnActions(app, board, `Fran ${tag}`);
  const form = fac.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill(action);
  await chooseByKeyboard(fac, form, 'Owner', `Mia ${tag}`);
  await expect(form.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue(
    `Mia ${tag}`,
  );
  await expect(form.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
  expect(await seriousViolations(fac, '.new-action')).toEqual([]);
  await fac.screenshot({ path: 'test-results/owner-new-action.png' });
  // Enter in the owner field, with no suggestion active, adds the action.
  await fac.keyboard.press('Enter');
  // The board had none: the one card is the new action (its title is an editable field).
  const card = fac.getByTestId('action-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel('Action title')).toHaveValue(action);
  await expect(card.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue(
    `Mia ${tag}`,
  );
  await expect(card.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
  await expect(form.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue('');

  // Mia's My actions has it, by her id.
  const { page: member } = await app.newPerson();
  await signIn(member, mia);
  await member.goto('/actions?owner=me');
  const mine = member.getByTestId('ledger-row').filter({ hasText: action });
  await expect(async () => {
    await member.reload();
    await expect(mine).toHaveCount(1);
  }).toPass();
  await expect(mine.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
});

test('two people change owners in bulk on the ledger: a member hands on only her own action and is told which ones were refused and why, an admin changes the rest', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const board = await app.createBoard(`DNS flap ${tag}`);
  const own = `Lower resolver TTL ${tag}`;
  const others = [`Pin resolver version ${tag}`, `Alert on NXDOMAIN rate ${tag}`];
  await writeActions(app, board, [own], `Mia ${tag}`);
  await writeActions(app, board, others, 'Ops team');
  const noa = `Noa ${tag}`;
  account('member', noa);

  // Mia ticks all three and gives them to Noa, choosing her by keyboard.
  const { page: mia } = await app.newPerson();
  await signIn(mia, account('member', `Mia ${tag}`));
  await mia.goto(`/actions?postmortem=${board.id}`);
  const rows = mia.getByTestId('ledger-row');
  await expect(rows).toHaveCount(3);
  await mia.getByRole('checkbox', { name: 'Select every action shown' }).check();
  const bulk = mia.getByRole('form', { name: 'Change the owner of the selected actions' });
  await chooseByKeyboard(mia, bulk, 'New owner', noa);
  await mia.keyboard.press('Enter');
  const status = mia.getByRole('status');
  await expect(status).toContainText('1 changed, 2 refused: ');
  for (const title of others) {
    await expect(status).toContainText(
      `“${title}”: Only the owner, the facilitator or an admin may change this action`,
    );
  }
  await expect(rows.filter({ hasText: own })).toContainText(noa);
  for (const title of others)
    await expect(rows.filter({ hasText: title })).toContainText('Ops team');
  expect(await seriousViolations(mia, '.ledger')).toEqual([]);
  await mia.screenshot({ path: 'test-results/owner-bulk-refused.png', fullPage: true });

  // An admin gives the other two to a team by name: typed, nobody is reminded.
  const { page: admin } = await app.newPerson();
  await signIn(admin, account('admin', `Ada ${tag}`));
  await admin.goto(`/actions?postmortem=${board.id}`);
  const adminRows = admin.getByTestId('ledger-row');
  await expect(adminRows).toHaveCount(3);
  for (const title of others)
    await admin.getByRole('checkbox', { name: `Select “${title}”` }).check();
  await admin.getByRole('combobox', { name: 'New owner', exact: true }).fill('Resolver team');
  await admin.getByRole('button', { name: 'Set owner' }).click();
  await expect(admin.getByRole('status')).toHaveText('2 changed.');
  for (const title of others) {
    const row = adminRows.filter({ hasText: title });
    await expect(row).toContainText('Resolver team');
    await expect(row.getByTestId('owner-reach')).toHaveText('Not reminded — pick a person');
  }
});

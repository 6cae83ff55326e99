/**
 * From a default due date to a closed postmortem (issue #18), on a server of its own that
 * mails through an in-process SMTP server: a signed-in facilitator makes a SEV2 board,
 * adds an action with no date, and the card shows the policy's date with "SEV2 policy,
 * 8 weeks"; she picks a workspace person as its owner. The owner marks it done on the
 * ledger; the postmortem is then ready to close, which he sees but cannot do; the
 * facilitator gets the notice by mail, opens the ledger from it and closes the postmortem
 * from the keyboard. An action reopened on the ledger reopens it, and the ledger says so.
 */
import { randomUUID } from 'node:crypto';
import { addDays, localDate } from '@hindsight/shared';
import type { BrowserContext } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { chooseByKeyboard } from './combobox.ts';
import { account, expect, expectLive, goToPhase, newPerson, signIn, test } from './fixtures.ts';
import { ownServerWithMail } from './ownServer.ts';

const own = ownServerWithMail();

test('a SEV2 action gets the policy’s date, its owner marks it done on the ledger, the facilitator is mailed and closes the postmortem there', async ({
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  const tag = randomUUID().slice(0, 6);
  const title = `Checkout 5xx ${tag}`;
  const action = `Alert on pool saturation ${tag}`;
  const fran = account('member', `Fran ${tag}`, own.server.dataDir);
  const owen = account('member', `Owen ${tag}`, own.server.dataDir);
  try {
    // Fran makes the board from the home page and gives it its severity.
    const { page: fac } = await newPerson(browser, own.server.url, contexts);
    await signIn(fac, fran);
    const form = fac.getByRole('form', { name: 'New postmortem' });
    await form.getByLabel('Incident title').fill(title);
    await form.getByRole('button', { name: 'Create board' }).click();
    await expectLive(fac);
    const boardId = new URL(fac.url()).pathname.split('/').at(-1)!;
    await fac.getByRole('button', { name: 'Prepare session' }).click();
    await fac.getByRole('tab', { name: 'Incident' }).click();
    await fac.getByLabel('Severity').selectOption('SEV2');
    await fac.getByRole('button', { name: 'Prepare session' }).click();
    await fac.getByRole('button', { name: 'Start session' }).click();
    await goToPhase(fac, 'actions');

    // An action with no date: the server gives it the SEV2 policy's, and says so.
    const newAction = fac.getByRole('form', { name: 'New action' });
    await newAction.getByLabel('What will we do?').fill(action);
    await newAction.getByRole('button', { name: 'Add action' }).click();
    // The board's one action (its title is in a field, which hasText does not read).
    const card = fac.getByTestId('action-card');
    await expect(card.getByLabel('Action title')).toHaveValue(action);
    const due = addDays(localDate(Date.now(), 'UTC'), 56);
    await expect(card.getByLabel('Due')).toHaveValue(due);
    await expect(card.getByText('SEV2 policy, 8 weeks')).toBeVisible();
    await chooseByKeyboard(fac, card, 'Owner', `Owen ${tag}`);
    await expect(card.getByTestId('owner-reach')).toHaveText('Workspace person · reminded');
    expect(await seriousViolations(fac, '[data-testid="action-card"]')).toEqual([]);
    await fac.screenshot({ path: test.info().outputPath('default-due.png') });

    // Owen marks it done from My actions on the ledger, by keyboard.
    const { page: owner } = await newPerson(browser, own.server.url, contexts);
    await signIn(owner, owen);
    await owner.goto('/actions?owner=me');
    const row = owner.getByTestId('ledger-row').filter({ hasText: action });
    await expect(async () => {
      await owner.reload();
      await expect(row).toHaveCount(1);
    }).toPass();
    await expect(row).toContainText(due);
    const select = owner.getByRole('checkbox', { name: `Select “${action}”` });
    await select.focus();
    await owner.keyboard.press('Space');
    await owner.getByLabel('New status').selectOption('done');
    await owner.getByRole('button', { name: 'Apply' }).click();
    await expect(owner.getByRole('status')).toHaveText('1 changed.');

    // Ready to close: Owen owns the action, not the postmortem, so he may not close it.
    await owner.goto(`/actions?postmortem=${boardId}`);
    const ownerPanel = owner.getByTestId('ledger-closing');
    await expect(ownerPanel).toContainText('Ready to close');
    await expect(ownerPanel).toContainText('Its facilitator, its owners or an admin close it.');
    await expect(ownerPanel.getByRole('button')).toHaveCount(0);

    // Fran is told by mail, with the ledger's link for the postmortem.
    const mail = await own.smtp.mailTo(fran.email);
    expect(mail.subject).toBe(`All actions resolved: ${title}`);
    const link = new RegExp(`https?://\\S+/actions\\?postmortem=${boardId}`).exec(mail.text)?.[0];
    expect(link).toBeDefined();

    // She opens it and closes the postmortem from the keyboard.
    await fac.goto(new URL(link!).pathname + new URL(link!).search);
    const panel = fac.getByTestId('ledger-closing');
    await expect(panel).toContainText('Ready to close');
    // The whole page, its Done row included.
    expect(await seriousViolations(fac, 'body')).toEqual([]);
    await fac.screenshot({ path: test.info().outputPath('ready-to-close.png'), fullPage: true });
    const close = panel.getByRole('button', { name: 'Close postmortem' });
    await close.focus();
    await fac.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('data-status', 'closed');
    await expect(panel).toContainText('Closed: every action is resolved.');
    await expect(panel.getByRole('button')).toHaveCount(0);

    // Owen reopens the action: the postmortem is open again, and the ledger says so.
    await owner.reload();
    await owner.getByRole('checkbox', { name: `Select “${action}”` }).check();
    await owner.getByLabel('New status').selectOption('in progress');
    await owner.getByRole('button', { name: 'Apply' }).click();
    await expect(owner.getByRole('status')).toHaveText('1 changed.');
    await expect(ownerPanel).toHaveAttribute('data-status', 'actions open');
    await expect(ownerPanel).toContainText('Not ready to close: 1 action is not resolved yet.');
    await fac.reload();
    await expect(panel).toHaveAttribute('data-status', 'actions open');
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

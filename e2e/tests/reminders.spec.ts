/**
 * Reminders in the browser (issue #18): an admin adds a team channel (a webhook, here a
 * local receiver standing in for the chat service) from the keyboard on the Reminders
 * page, sends it a test message, which arrives and the log shows sent; then removes it.
 * A member mutes their own reminders from the account menu, and it stays so.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';

/** A webhook receiver on port 0 keeping every JSON body posted to it. */
async function receiver() {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString()) as unknown);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/ops-secret`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function openAccountMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('group', { name: 'Account' })).toBeVisible();
}

test('an admin adds a webhook channel and sends it a test that the log shows sent; a member mutes their reminders', async ({
  app,
}) => {
  const hook = await receiver();
  try {
    const { page } = await app.newPerson();
    await signIn(page);
    await openAccountMenu(page, 'Olu Owner');
    await page.getByRole('link', { name: 'Reminders' }).click();
    await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Days before due')).toHaveValue('3');

    // From the keyboard: a name, the JSON format, the URL, Enter.
    const form = page.getByRole('form', { name: 'Add a channel' });
    await form.getByLabel('Channel name').focus();
    await page.keyboard.type('Ops');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Format')).toBeFocused();
    await form.getByLabel('Format').selectOption('json');
    await page.keyboard.press('Tab');
    await page.keyboard.type(hook.url);
    await page.keyboard.press('Enter');

    const row = page.getByRole('listitem').filter({ hasText: 'Ops' }).filter({ hasText: 'JSON' });
    await expect(row).toContainText(new URL(hook.url).host);
    // The URL is a secret: the page shows its host only.
    await expect(page.locator('body')).not.toContainText('ops-secret');

    await row.getByRole('button', { name: 'Send test to Ops' }).click();
    await expect(row.getByRole('status')).toHaveText('Test message sent.');
    expect(hook.bodies).toMatchObject([{ type: 'hindsight.reminder', kind: 'test' }]);
    const log = page.getByRole('list', { name: 'Reminder log' });
    await expect(log.getByRole('listitem').first()).toContainText('Ops · test · sent');
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('reminders.png'), fullPage: true });

    await row.getByRole('button', { name: 'Remove Ops' }).click();
    await expect(row).toHaveCount(0);

    // A member mutes their own reminders; the menu says so after a reload.
    const member = await app.newPerson();
    await signIn(member.page, account('member', 'Mia Member'));
    await openAccountMenu(member.page, 'Mia Member');
    const mute = member.page.getByRole('switch', { name: 'Mute my reminders' });
    await expect(mute).toHaveAttribute('aria-checked', 'false');
    await mute.focus();
    await member.page.keyboard.press('Enter');
    await expect(mute).toHaveAttribute('aria-checked', 'true');
    await expect(member.page.getByRole('link', { name: 'Reminders' })).toHaveCount(0);
    await member.page.reload();
    await openAccountMenu(member.page, 'Mia Member');
    await expect(member.page.getByRole('switch', { name: 'Mute my reminders' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  } finally {
    await hook.close();
  }
});

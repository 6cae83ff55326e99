/**
 * API tokens in the browser (issue #15): an admin makes a write token on the Tokens page,
 * from the keyboard, copies it from the page (it is shown once), and a script uses it to
 * create a board; the list then shows when it was last used; once revoked it is refused.
 * A member sees no Tokens entry, and the page's URL tells them it is for admins.
 * Anyone signed in changes their password from the account menu; their other browsers are
 * signed out, and the new password signs them in.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';

/** Opens the account menu in the header, the one named after `name`. */
async function openAccountMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('group', { name: 'Account' })).toBeVisible();
}

test('an admin makes a write token, a script uses it until it is revoked; a member is told the page is for admins', async ({
  app,
  request,
}) => {
  const name = `deploy pipeline ${randomUUID().slice(0, 6)}`;
  const { context, page } = await app.newPerson();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await signIn(page);
  await openAccountMenu(page, 'Olu Owner');
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

  // From the keyboard: a name, the write scope, 30 days, Enter.
  const form = page.getByRole('form', { name: 'Create a token' });
  await form.getByLabel('Name').focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Scope')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Scope')).toHaveValue('write');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');

  const shown = page.getByTestId('new-token');
  await expect(shown).toContainText('it will not be shown again');
  const field = shown.getByRole('textbox', { name: `Token for ${name}` });
  await expect(field).toHaveAttribute('readonly', '');
  const copy = shown.getByRole('button', { name: `Copy the token for ${name}` });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Copied');
  const token = await page.evaluate(() => navigator.clipboard.readText());
  expect(token).toBe(await field.inputValue());
  expect(token.length).toBeGreaterThan(20);
  expect(await seriousViolations(page, 'body')).toEqual([]);

  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toContainText('Write');
  await expect(row).toContainText('last used never');
  await expect(row.getByTestId('token-state')).toHaveText('Active');

  // A script creates a board with it; after a reload the list says it was used.
  const create = () =>
    request.post(`${app.url}/api/boards`, {
      data: { title: `Made by ${name}` },
      headers: { authorization: `Bearer ${token}` },
    });
  expect((await create()).status()).toBe(201);
  await page.reload();
  await expect(row).toContainText('last used');
  await expect(row).not.toContainText('last used never');
  // Shown once: after the reload the page no longer has it.
  await expect(page.getByTestId('new-token')).toHaveCount(0);

  // Revoke from the keyboard, after a confirmation; the script is refused from then on.
  const revoke = row.getByRole('button', { name: `Revoke ${name}` });
  await revoke.focus();
  await page.keyboard.press('Enter');
  const confirm = row.getByRole('button', { name: `Yes, revoke ${name}` });
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row.getByTestId('token-state')).toContainText('Revoked');
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
  expect((await create()).status()).toBe(401);
  expect(await seriousViolations(page, 'body')).toEqual([]);

  // A member, in another browser: no Tokens entry; the URL says it is for admins.
  const mia = account('member', 'Mia Member');
  const member = await app.newPerson();
  await signIn(member.page, mia);
  await openAccountMenu(member.page, 'Mia Member');
  await expect(member.page.getByRole('link', { name: 'API tokens' })).toHaveCount(0);
  await expect(member.page.getByRole('link', { name: 'People' })).toHaveCount(0);
  await member.page.goto('/tokens');
  await expect(
    member.page.getByRole('heading', { name: 'Only admins manage API tokens' }),
  ).toBeVisible();
  expect(await seriousViolations(member.page, 'body')).toEqual([]);
});

test('a person changes their password: wrong or too short is refused, other browsers are signed out, the new one signs in', async ({
  app,
}) => {
  const pia = account('member', 'Pia Person');
  const here = await app.newPerson();
  const elsewhere = await app.newPerson();
  await signIn(here.page, pia);
  await signIn(elsewhere.page, pia);

  const { page } = here;
  await openAccountMenu(page, 'Pia Person');
  await page.getByRole('link', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Change password' });
  const current = form.getByLabel('Current password');
  const next = form.getByLabel('New password');
  const submit = form.getByRole('button', { name: 'Change password' });
  expect(await seriousViolations(page, 'body')).toEqual([]);

  // Too short: refused next to the field, nothing sent.
  await current.fill(pia.password);
  await next.fill('short');
  await submit.click();
  await expect(form.getByText('A password has at least')).toBeVisible();
  await expect(next).toHaveAttribute('aria-invalid', 'true');

  // The wrong current password: the server's sentence.
  const chosen = 'a brand new passphrase for Pia';
  await current.fill('not the password at all');
  await next.fill(chosen);
  await submit.click();
  await expect(form.getByRole('alert')).toHaveText('The current password is not right.');

  await current.fill(pia.password);
  await submit.click();
  await expect(form.getByRole('status')).toContainText('other browser signed in');
  await expect(form.getByRole('status')).toContainText('was signed out');
  expect(await seriousViolations(page, 'body')).toEqual([]);

  // The other browser's session ended; this one goes on, then signs out and back in.
  await elsewhere.page.goto('/');
  await expect(elsewhere.page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Postmortems' })).toBeVisible();
  await openAccountMenu(page, 'Pia Person');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await signIn(page, { email: pia.email, password: chosen });
});

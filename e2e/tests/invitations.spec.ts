/**
 * Invitations and password resets in the browser, with mail read from a real SMTP server
 * in-process (the story's own server is started with SMTP_URL pointing at it). An admin
 * invites a member by email; the member opens the mailed link in their own browser, sets
 * a name and a password, and is signed in; the link then shows a page saying it was used.
 * A forgotten password is reset from the mailed link; the old session ends. Every step is
 * done from the keyboard, and axe finds nothing serious on the new pages.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { InvitationLinkResponseSchema } from '@hindsight/shared';
import type { ReceivedMail } from '../../server/test/support/smtpServer.ts';
import { seriousViolations } from './axe.ts';
import { expect, newPerson, pathOf, test } from './fixtures.ts';
import { ownServerWithMail } from './ownServer.ts';

const own = ownServerWithMail();

/** The link to `path` in a mail's text. */
function linkIn(mail: ReceivedMail, path: string): string {
  const link = new RegExp(`https?://\\S+${path}#token=[\\w-]+`).exec(mail.text)?.[0];
  if (!link) throw new Error(`no ${path} link in: ${mail.text}`);
  return link;
}

/** Whoever is signed in in this page's browser, as `GET /api/me` says. */
async function signedInAs(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const res = await fetch('/api/me');
    return res.ok ? ((await res.json()) as { person: { email: string } }).person.email : null;
  });
}

/** Fills the focused field, then moves on with Tab: the keyboard only. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

test('an invited member opens the mailed link, sets a password and is signed in; the link then works no more', async ({
  browser,
  request,
}) => {
  const contexts: BrowserContext[] = [];
  const invited = await request.post(`${own.server.url}/api/invitations`, {
    data: { email: 'sam@example.com', role: 'member' },
    headers: { authorization: `Bearer ${own.server.apiToken}` },
  });
  expect(invited.status()).toBe(201);
  const answer = InvitationLinkResponseSchema.parse(await invited.json());
  expect(answer.mail).toEqual({ sent: true, reason: 'sent' });

  const mail = await own.smtp.mailTo('sam@example.com');
  expect(mail.subject).toBe('You are invited to Hindsight');
  const link = linkIn(mail, '/invite');

  const { page } = await newPerson(browser, own.server.url, contexts);
  await page.goto(pathOf(link));
  await expect(page.getByRole('heading', { name: 'Join Hindsight' })).toBeVisible();
  await expect(page.getByText('You are invited as sam@example.com, a member')).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);

  // Too short a password is refused in the page, next to the field.
  await expect(page.getByLabel('Your name')).toBeFocused();
  await typeAndTab(page, 'Sam Member');
  await typeAndTab(page, 'short');
  await page.keyboard.press('Enter');
  await expect(page.getByText('A password has at least 10 characters.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).focus();
  await page.keyboard.type(' is now long enough');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${own.server.url}/`);
  expect(await signedInAs(page)).toBe('sam@example.com');

  // The same link, opened again anywhere, says it was used.
  const { page: again } = await newPerson(browser, own.server.url, contexts);
  await again.goto(pathOf(link));
  await expect(again.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(again.getByText(/used already/)).toBeVisible();
  expect(await seriousViolations(again, 'body')).toEqual([]);
  await Promise.all(contexts.map((c) => c.close()));
});

test('a forgotten password is reset from the mailed link, and the old session ends', async ({
  browser,
  request,
}) => {
  const contexts: BrowserContext[] = [];
  const invited = await request.post(`${own.server.url}/api/invitations`, {
    data: { email: 'riley@example.com', role: 'viewer' },
    headers: { authorization: `Bearer ${own.server.apiToken}` },
  });
  const { link } = InvitationLinkResponseSchema.parse(await invited.json());
  const { page: old } = await newPerson(browser, own.server.url, contexts);
  await old.goto(pathOf(link));
  await old.getByLabel('Your name').fill('Riley');
  await old.getByLabel('Password', { exact: true }).fill('the first passphrase');
  await old.getByRole('button', { name: 'Create account and sign in' }).click();
  await old.waitForURL(`${own.server.url}/`);
  expect(await signedInAs(old)).toBe('riley@example.com');

  const { page } = await newPerson(browser, own.server.url, contexts);
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await expect(page.getByLabel('Email', { exact: true })).toBeFocused();
  const mailsBefore = own.smtp.received.length;
  await page.keyboard.type('riley@example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(
    'is on its way. It works once, for 30 minutes.',
  );

  const resetLink = linkIn(await own.smtp.mailTo('riley@example.com', mailsBefore), '/reset');
  await page.goto(pathOf(resetLink));
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByText('For riley@example.com.')).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await expect(page.getByLabel('New password', { exact: true })).toBeFocused();
  await page.keyboard.type('the second passphrase');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${own.server.url}/`);
  expect(await signedInAs(page)).toBe('riley@example.com');
  // The browser signed in before the reset is signed out.
  expect(await signedInAs(old)).toBeNull();
  await Promise.all(contexts.map((c) => c.close()));
});

test('an admin invites from the People page, changes a role and deactivates someone, from the keyboard', async ({
  browser,
  request,
}) => {
  const contexts: BrowserContext[] = [];
  // The first admin comes in by an invitation a script made with an admin API token.
  const first = await request.post(`${own.server.url}/api/invitations`, {
    data: { email: 'ada@example.com', role: 'admin' },
    headers: { authorization: `Bearer ${own.server.apiToken}` },
  });
  const { link: adaLink } = InvitationLinkResponseSchema.parse(await first.json());
  const { page: ada } = await newPerson(browser, own.server.url, contexts);
  await ada.goto(pathOf(adaLink));
  await ada.getByLabel('Your name').fill('Ada Admin');
  await ada.getByLabel('Password', { exact: true }).fill('ada’s long passphrase');
  await ada.getByRole('button', { name: 'Create account and sign in' }).click();
  await ada.waitForURL(`${own.server.url}/`);

  await ada.goto('/people');
  await expect(ada.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(
    ada.getByText('The link works once, for 7 days unless you choose otherwise.'),
  ).toBeVisible();
  expect(await seriousViolations(ada, 'body')).toEqual([]);

  // Invite Sam as a member, from the keyboard only.
  const mailsBefore = own.smtp.received.length;
  await ada.getByLabel('Email', { exact: true }).focus();
  await typeAndTab(ada, 'sam.member@example.com');
  await expect(ada.getByLabel('Role', { exact: true })).toBeFocused();
  await ada.keyboard.press('Tab');
  await ada.keyboard.press('Tab');
  await expect(ada.getByRole('button', { name: 'Send invitation' })).toBeFocused();
  await ada.keyboard.press('Enter');
  await expect(ada.getByTestId('invitation-link').getByRole('status')).toHaveText(
    'Invitation mailed to sam.member@example.com.',
  );
  const pending = ada.getByTestId('invitation-row').filter({ hasText: 'sam.member@example.com' });
  await expect(pending).toContainText('Member · invited by Ada Admin');

  // Sam opens the mailed link in a browser of their own and joins.
  const samLink = linkIn(await own.smtp.mailTo('sam.member@example.com', mailsBefore), '/invite');
  const { page: sam } = await newPerson(browser, own.server.url, contexts);
  await sam.goto(pathOf(samLink));
  await sam.getByLabel('Your name').fill('Sam Member');
  await sam.getByLabel('Password', { exact: true }).fill('sam’s long passphrase');
  await sam.keyboard.press('Enter');
  await sam.waitForURL(`${own.server.url}/`);
  expect(await signedInAs(sam)).toBe('sam.member@example.com');
  // Signed in, Sam starts a postmortem from the home page.
  await sam.getByLabel('Incident title').fill('Checkout latency spike');
  await sam.getByRole('button', { name: 'Create board' }).click();
  await sam.waitForURL(/\/b\//);

  // Ada sees Sam among everyone (the invitation is gone), and makes Sam a viewer.
  await ada.reload();
  await expect(pending).toHaveCount(0);
  const samRow = ada.getByTestId('person-row').filter({ hasText: 'Sam Member' });
  await expect(samRow).toContainText('sam.member@example.com · Active');
  const role = samRow.getByLabel('Role of Sam Member');
  await role.focus();
  await role.selectOption('viewer');
  await expect(role).toHaveValue('viewer');

  // Ada deactivates Sam: Sam's session ends at once.
  const deactivate = samRow.getByRole('button', { name: 'Deactivate Sam Member' });
  await deactivate.focus();
  await ada.keyboard.press('Enter');
  await expect(samRow).toContainText('Deactivated');
  await expect(samRow.getByRole('button', { name: 'Reactivate Sam Member' })).toBeVisible();
  expect(await signedInAs(sam)).toBeNull();

  // A pending invitation: a new link to copy, then revoked.
  await ada.getByLabel('Email', { exact: true }).fill('pat@example.com');
  await ada.getByRole('button', { name: 'Send invitation' }).click();
  const pat = ada.getByTestId('invitation-row').filter({ hasText: 'pat@example.com' });
  await pat.getByRole('button', { name: 'Copy link for pat@example.com' }).click();
  await expect(pat.getByRole('status')).toContainText('the one before no longer works');
  await expect(
    pat.getByRole('textbox', { name: 'Invitation link for pat@example.com' }),
  ).toHaveValue(/\/invite#token=/);
  expect(await seriousViolations(ada, 'body')).toEqual([]);
  await pat.getByRole('button', { name: 'Revoke the invitation of pat@example.com' }).click();
  await expect(pat).toHaveCount(0);
  await Promise.all(contexts.map((c) => c.close()));
});

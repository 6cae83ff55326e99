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
import { startServer, type RunningServer } from '../server.ts';
import {
  startSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../../server/test/support/smtpServer.ts';
import { seriousViolations } from './axe.ts';
import { expect, newPerson, pathOf, test } from './fixtures.ts';

let smtp: TestSmtpServer;
let server: RunningServer;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer(() => ({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Hindsight <hindsight@example.com>',
  }));
});
test.afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

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
  const invited = await request.post(`${server.url}/api/invitations`, {
    data: { email: 'sam@example.com', role: 'member' },
    headers: { authorization: `Bearer ${server.apiToken}` },
  });
  expect(invited.status()).toBe(201);
  const answer = InvitationLinkResponseSchema.parse(await invited.json());
  expect(answer.mail).toEqual({ sent: true, reason: 'sent' });

  const mail = await smtp.mailTo('sam@example.com');
  expect(mail.subject).toBe('You are invited to Hindsight');
  const link = linkIn(mail, '/invite');

  const { page } = await newPerson(browser, server.url, contexts);
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
  await page.waitForURL(`${server.url}/`);
  expect(await signedInAs(page)).toBe('sam@example.com');

  // The same link, opened again anywhere, says it was used.
  const { page: again } = await newPerson(browser, server.url, contexts);
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
  const invited = await request.post(`${server.url}/api/invitations`, {
    data: { email: 'riley@example.com', role: 'viewer' },
    headers: { authorization: `Bearer ${server.apiToken}` },
  });
  const { link } = InvitationLinkResponseSchema.parse(await invited.json());
  const { page: old } = await newPerson(browser, server.url, contexts);
  await old.goto(pathOf(link));
  await old.getByLabel('Your name').fill('Riley');
  await old.getByLabel('Password', { exact: true }).fill('the first passphrase');
  await old.getByRole('button', { name: 'Create account and sign in' }).click();
  await old.waitForURL(`${server.url}/`);
  expect(await signedInAs(old)).toBe('riley@example.com');

  const { page } = await newPerson(browser, server.url, contexts);
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await expect(page.getByLabel('Email', { exact: true })).toBeFocused();
  const mailsBefore = smtp.received.length;
  await page.keyboard.type('riley@example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(
    'is on its way. It works once, for 30 minutes.',
  );

  const resetLink = linkIn(await smtp.mailTo('riley@example.com', mailsBefore), '/reset');
  await page.goto(pathOf(resetLink));
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByText('For riley@example.com.')).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await expect(page.getByLabel('New password', { exact: true })).toBeFocused();
  await page.keyboard.type('the second passphrase');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.url}/`);
  expect(await signedInAs(page)).toBe('riley@example.com');
  // The browser signed in before the reset is signed out.
  expect(await signedInAs(old)).toBeNull();
  await Promise.all(contexts.map((c) => c.close()));
});

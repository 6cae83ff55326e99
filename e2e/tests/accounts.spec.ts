/**
 * The workspace's accounts in real Chromium: a fresh server prints its setup link on the
 * console; the owner is created from it, signs out, signs back in and starts a
 * postmortem; a guest joins from the participant link in another browser with no account.
 * An account made headless with `hindsight user create` gets its password from its link.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateBoardResponseSchema } from '@hindsight/shared';
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from '../server.ts';
import { seriousViolations } from './axe.ts';
import { expect, expectLive, giveName, pathOf, test } from './fixtures.ts';

const SETUP_LINK = /http:\/\/\S+\/setup#[A-Za-z0-9_-]{43}/;
const OWNER = {
  name: 'Noor Owner',
  email: 'noor@example.com',
  password: 'noor owns this workspace',
};

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each story's own fresh server, stopped after it. */
let server: RunningServer | undefined;

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page, 'body')).toEqual([]);
}

async function signIn(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(OWNER.email);
  await form.getByLabel('Password').fill(OWNER.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('the setup link creates the owner, who signs out, signs in and starts a postmortem a guest joins', async ({
  browser,
}) => {
  const fresh = await startServer(() => ({}), { owner: false });
  server = fresh;
  await expect.poll(() => SETUP_LINK.test(fresh.output())).toBe(true);
  const setupLink = SETUP_LINK.exec(fresh.output())?.[0] ?? '';

  const owner = await browser.newContext({ baseURL: fresh.url });
  const page = await owner.newPage();
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'This workspace is not set up yet' }),
  ).toBeVisible();
  await expect(page.getByText('Open the setup link printed by the server.')).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(pathOf(setupLink));
  const setup = page.getByRole('form', { name: 'Set up this workspace' });
  await expect(setup).toBeVisible();
  // The token leaves the address bar once read.
  await expect(page).toHaveURL(/\/setup$/);
  await expectAccessible(page);
  await setup.getByLabel('Your name').fill(OWNER.name);
  await setup.getByLabel('Email').fill(OWNER.email);
  await setup.getByLabel(/^Password/).fill(OWNER.password);
  await setup.getByRole('button', { name: 'Create the owner account' }).click();

  // Signed in at home; the account menu signs out, from the keyboard.
  await expect(page.getByRole('form', { name: 'New postmortem' })).toBeVisible();
  const account = page.getByRole('button', { name: new RegExp(OWNER.name) });
  await account.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(OWNER.email)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);

  // A wrong password is refused without saying whether the email exists.
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(OWNER.email);
  await form.getByLabel('Password').fill('not the password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'That email and password do not match an account.',
  );
  await signIn(page);

  // New postmortem works with the session cookie and its CSRF header.
  const newBoard = page.getByRole('form', { name: 'New postmortem' });
  await newBoard.getByLabel('Incident title').fill('Login outage');
  await newBoard.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9]+/);
  const boardId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const created = CreateBoardResponseSchema.parse(
    JSON.parse(
      (await page.evaluate((key) => sessionStorage.getItem(key), `hindsight:board:${boardId}`)) ??
        'null',
    ),
  );
  // Signed in, the owner is known by their account name: no name is asked.
  await expectLive(page);
  await expect(page.getByRole('dialog', { name: 'Who are you?' })).toHaveCount(0);

  // A guest in another browser joins from the participant link: no account, no sign-in.
  const guest = await browser.newContext({ baseURL: fresh.url });
  const guestPage = await guest.newPage();
  await guestPage.goto(pathOf(created.links.participant));
  await giveName(guestPage, 'Gus Guest');
  await expectLive(guestPage);
  await expect(guestPage.getByRole('form', { name: 'Sign in' })).toHaveCount(0);

  await guest.close();
  await owner.close();
});

test('a set-password link from hindsight user create signs the new member in', async ({
  browser,
}) => {
  const own = await startServer();
  server = own;
  const link = execFileSync(
    'pnpm',
    ['-s', 'hindsight', 'user', 'create', '--email', 'bo@example.com', '--role', 'member'],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: own.dataDir, PUBLIC_URL: own.url },
      encoding: 'utf8',
    },
  ).trim();
  expect(link).toMatch(/\/set-password#[A-Za-z0-9_-]{43}$/);

  const context = await browser.newContext({ baseURL: own.url });
  const page = await context.newPage();
  await page.goto(pathOf(link));
  const form = page.getByRole('form', { name: 'Choose your password' });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel(/^Password/).fill('bo picks a passphrase');
  await form.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('form', { name: 'New postmortem' })).toBeVisible();
  await expect(page.getByRole('button', { name: /bo\s*member/ })).toBeVisible();

  // The link is spent: opening it again is refused with a sentence.
  await page.goto(pathOf(link));
  await page.getByLabel(/^Password/).fill('another passphrase');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('was used');
  await context.close();
});

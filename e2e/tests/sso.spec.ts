/**
 * Single sign-on in a real browser: a person signs in through the test OpenID provider
 * the suite starts (../oidc.ts) — its own login page, on its own origin — and lands on
 * the workspace home signed in; a refused one, or a provider that does not answer, is
 * said on the sign-in page. The sign-in page passes axe.
 */
import { SSO_PASSWORD, SSO_PERSON } from '../oidc.ts';
import { startServer } from '../server.ts';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

test('a person signs in with SSO at the provider and lands on the workspace home', async ({
  app,
}) => {
  const { page } = await app.newPerson();
  await page.goto('/');
  const sso = page.getByRole('link', { name: 'Sign in with SSO' });
  await expect(sso).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);

  // From the keyboard: the link is reachable and Enter follows it.
  await sso.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sign in to the test provider' })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(app.url);
  await page.getByLabel('Email').fill(SSO_PERSON.email);
  await page.getByLabel('Password').fill(SSO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(`${app.url}/`);
  await expect(page.getByRole('heading', { name: 'New postmortem' })).toBeVisible();
  const me = await page.evaluate(async () => (await fetch('/api/me')).json());
  expect(me).toMatchObject({ person: { email: SSO_PERSON.email, name: SSO_PERSON.name } });

  // Nobody who signs in only with SSO is offered a password change: there is none.
  await page.getByRole('button', { name: new RegExp(SSO_PERSON.name) }).click();
  const menu = page.getByRole('group', { name: 'Account' });
  await expect(menu.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Change password' })).toHaveCount(0);
  await page.goto('/account/password');
  await expect(page.getByText('You sign in with single sign-on')).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveCount(0);
});

test('a refused SSO sign-in ends on the sign-in page with a sentence', async ({ app }) => {
  const { page } = await app.newPerson();
  // The callback without the flow the start sealed in a cookie, as from another browser.
  await page.goto('/api/oidc/callback?code=stolen&state=forged');
  await expect(page.getByRole('alert')).toHaveText(
    'The sign-in took too long or was started in another browser. Start again.',
  );
  // The address loses the reason once it is shown: a reload does not show it again.
  await expect(page).toHaveURL(`${app.url}/`);
  expect(await seriousViolations(page, 'body')).toEqual([]);
});

test('while the provider does not answer, the sign-in page says SSO is unavailable', async ({
  browser,
}) => {
  // A server whose issuer is a closed port: it starts all the same and keeps trying.
  const server = await startServer(() => ({
    OIDC_ISSUER: 'http://127.0.0.1:9',
    OIDC_CLIENT_ID: 'hindsight',
    OIDC_CLIENT_SECRET: 'not used',
  }));
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(
      'Single sign-on is unavailable right now: the sign-in provider does not answer.',
    );
    await expect(page.getByRole('link', { name: 'Sign in with SSO' })).toHaveCount(0);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await context.close();
  } finally {
    await server.stop();
  }
});

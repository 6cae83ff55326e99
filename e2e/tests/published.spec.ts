/**
 * The published postmortem (issue #17): the read-only page of a workspace postmortem, a
 * public link that an outsider without an account reads until it is revoked, and a
 * search's phrase marked on the page.
 */
import { randomUUID } from 'node:crypto';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';

test('an admin makes a public link, an outsider reads it without an account, and after the revoke it is gone', async ({
  app,
}) => {
  const title = `Checkout 5xx ${randomUUID().slice(0, 6)}`;
  const board = await app.createBoard(title);

  const { page: admin } = await app.newPerson();
  await signIn(admin, account('admin', 'Ada Admin'));
  await admin.goto(`/postmortems/${board.id}`);
  await expect(admin.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(admin.getByTestId('public-link-state')).toContainText('No public link');
  await expect(admin.getByRole('button', { name: 'Open board' })).toBeVisible();
  expect(await seriousViolations(admin, 'body')).toEqual([]);

  // Made from the keyboard; the link is shown this once, to copy.
  await admin.getByRole('button', { name: 'Make a public link' }).press('Enter');
  const field = admin.getByRole('textbox', { name: 'Public link' });
  await expect(field).toHaveValue(/\/p\/[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByTestId('public-link-state')).toContainText('made by Ada Admin');
  await expect(admin.getByRole('button', { name: 'Copy public link' })).toBeVisible();
  const link = await field.inputValue();
  await admin.screenshot({ path: test.info().outputPath('admin-published.png'), fullPage: true });

  // Someone outside the workspace, never signed in, reads the same page and nothing more.
  const { page: outsider } = await app.newPerson();
  const answer = await outsider.goto(link);
  expect(answer?.headers()['x-robots-tag']).toContain('noindex');
  await expect(outsider.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(outsider.getByText('Shared by a public link: read-only.')).toBeVisible();
  await expect(outsider.getByRole('button', { name: 'Open board' })).toHaveCount(0);
  await expect(outsider.getByRole('heading', { name: 'Public link' })).toHaveCount(0);
  expect(await seriousViolations(outsider, 'body')).toEqual([]);
  await outsider.screenshot({ path: test.info().outputPath('outsider.png'), fullPage: true });

  // The admin revokes it; the outsider's reload says it is gone.
  await admin.getByRole('button', { name: 'Revoke public link' }).press('Enter');
  await expect(admin.getByTestId('public-link-state')).toContainText('No public link');
  await expect(admin.getByRole('status').filter({ hasText: 'revoked' })).toBeVisible();
  await outsider.reload();
  await expect(outsider.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(outsider.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
});

test('a search phrase in the highlight parameter is marked on the published page', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const board = await app.createBoard(`Queue backlog in billing ${tag}`);
  const { page } = await app.newPerson();
  await signIn(page, account('viewer', 'Vic Viewer'));
  const query = '"queue BACKLOG" -payments';
  await page.goto(`/postmortems/${board.id}?highlight=${encodeURIComponent(query)}`);

  const hits = page.locator('mark.published__hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveText('Queue backlog');
  await expect(hits.first()).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: '1 match' })).toBeVisible();
  // A viewer reads; publishing is for members and admins.
  await expect(page.getByRole('button', { name: 'Make a public link' })).toHaveCount(0);
  expect(await seriousViolations(page, 'body')).toEqual([]);
});

/**
 * The library (issue #17): every postmortem of the workspace on the signed-in home page,
 * searched down to the five whys, filtered from the URL. Someone writes a five-whys
 * answer in one postmortem; a member in another browser finds the phrase, sees where it
 * was found with the hit marked, and opens the published page with it highlighted. A
 * filtered view survives a reload, opens the same for another person from its link, and
 * back returns to the view before.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';
import { answerFirstWhy, untilIndexed, writeFacts } from './pastPostmortem.ts';

const row = (page: Page, title: string): Locator =>
  page.getByTestId('library-row').filter({ hasText: title });

test('a member searches the library for a phrase from another postmortem’s five whys and opens it highlighted on its published page', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const title = `Payments outage ${tag}`;
  const phrase = `vault token rotated ${tag}`;
  const board = await app.createBoard(title);
  // Pat, with the board's link and no account, writes the answer in Discuss.
  await answerFirstWhy(app, board, `Payments failed ${tag}`, `The ${phrase} without notice`);

  // Mia, a member, in another browser, searches for the phrase.
  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Mia Member'));
  const search = page.getByRole('searchbox', { name: 'Search postmortems' });
  await search.fill(`"${phrase}"`);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/\?q=%22vault/);
  const hit = row(page, title);
  await untilIndexed(page, hit, 1);

  // The snippet says where the hit is and marks it.
  const snippet = hit.getByTestId('library-snippet');
  await expect(snippet).toContainText(phrase);
  await expect(snippet).toContainText(/why|root cause/i);
  await expect(snippet.locator('mark').first()).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/library-search.png', fullPage: true });

  // From the search box, the keyboard reaches the result and opens it.
  await search.focus();
  const link = hit.getByRole('link', { name: title });
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    `${app.url}/postmortems/${board.id}?highlight=${encodeURIComponent(`"${phrase}"`)}`,
  );
  // The published page marks the phrase, whole, where the five whys say it.
  await expect(
    page.locator('mark.published__hit').filter({ hasText: phrase }).first(),
  ).toBeVisible();
});

test('a filtered view lives in the URL: it survives a reload, opens the same from its link, and back returns', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const service = `ledger-${tag}`;
  const lag = `Ledger lag ${tag}`;
  const drift = `Ledger drift ${tag}`;
  await writeFacts(app, await app.createBoard(lag), { services: [service], severity: 'SEV1' });
  await writeFacts(app, await app.createBoard(drift), { services: [service], severity: 'SEV3' });

  const { page } = await app.newPerson();
  await signIn(page, account('viewer', 'Val Viewer'));
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Service').fill(service);
  await filters.getByLabel('Service').press('Enter');
  await expect(page).toHaveURL(`${app.url}/?service=${service}`);
  const both = page.getByTestId('library-row').filter({ hasText: tag });
  await untilIndexed(page, both, 2);

  await filters.getByLabel('Severity').selectOption('SEV1');
  await expect(page).toHaveURL(`${app.url}/?severity=SEV1&service=${service}`);
  await expect(row(page, lag)).toBeVisible();
  await expect(row(page, drift)).toHaveCount(0);

  // A reload shows the same view.
  await page.reload();
  await expect(filters.getByLabel('Severity')).toHaveValue('SEV1');
  await expect(filters.getByLabel('Service')).toHaveValue(service);
  await expect(row(page, lag)).toBeVisible();
  await expect(row(page, drift)).toHaveCount(0);

  // Someone else opens the link and sees the same view.
  const { page: other } = await app.newPerson();
  await signIn(other, account('member', 'Max Member'));
  await other.goto(page.url());
  await expect(other.getByRole('group', { name: 'Filters' }).getByLabel('Severity')).toHaveValue(
    'SEV1',
  );
  await expect(row(other, lag)).toBeVisible();
  await expect(row(other, drift)).toHaveCount(0);

  // Back returns to the service alone; forward to the severity again.
  await page.goBack();
  await expect(page).toHaveURL(`${app.url}/?service=${service}`);
  await expect(filters.getByLabel('Severity')).toHaveValue('');
  await expect(both).toHaveCount(2);
  await page.goForward();
  await expect(filters.getByLabel('Severity')).toHaveValue('SEV1');
  await expect(both).toHaveCount(1);

  // A view that finds nothing says so and offers to clear the filters.
  await filters.getByLabel('Severity').selectOption('SEV4');
  const empty = page.getByTestId('library-empty');
  await expect(empty).toContainText('No postmortem matches');
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/library-empty.png', fullPage: true });
  await empty.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(`${app.url}/`);
  await expect(filters.getByLabel('Service')).toHaveValue('');
});

test('a member orders the library by severity from the keyboard, the URL carries the order, and another person opening it sees the same order', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const service = `sorted-${tag}`;
  // Made in this order: newest incident first is Bravo, Charlie, Alpha.
  for (const [title, severity] of [
    [`Alpha ${tag}`, 'SEV3'],
    [`Charlie ${tag}`, 'SEV1'],
    [`Bravo ${tag}`, 'SEV2'],
  ] as const) {
    await writeFacts(app, await app.createBoard(title), { services: [service], severity });
  }
  const titles = async (page: Page) =>
    (await page.getByTestId('library-row').filter({ hasText: tag }).allTextContents()).map(
      (text) => /(Alpha|Bravo|Charlie)/.exec(text)?.[1],
    );

  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Max Member'));
  await page.goto(`${app.url}/?service=${service}`);
  await untilIndexed(page, page.getByTestId('library-row').filter({ hasText: tag }), 3);
  await expect.poll(() => titles(page)).toEqual(['Bravo', 'Charlie', 'Alpha']);

  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('incident');
  // Relevance is offered only while searching.
  await expect(sort.getByRole('option', { name: 'Best match first' })).toHaveCount(0);
  await sort.selectOption({ label: 'Title, A to Z' });
  await expect(page).toHaveURL(`${app.url}/?service=${service}&sort=title`);
  await expect.poll(() => titles(page)).toEqual(['Alpha', 'Bravo', 'Charlie']);
  // From the keyboard: the option above Title is Most severe first.
  await sort.focus();
  await page.keyboard.press('ArrowUp');
  await expect(sort).toHaveValue('severity');
  await expect(page).toHaveURL(`${app.url}/?service=${service}&sort=severity`);
  await expect.poll(() => titles(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
  await expect(page.getByRole('status').filter({ hasText: 'Most severe first' })).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/library-sorted.png', fullPage: true });

  // Someone else opens the link and sees the same order.
  const { page: other } = await app.newPerson();
  await signIn(other, account('viewer', 'Val Viewer'));
  await other.goto(page.url());
  await expect(other.getByLabel('Sort by')).toHaveValue('severity');
  await expect.poll(() => titles(other)).toEqual(['Charlie', 'Bravo', 'Alpha']);

  // Searching offers relevance; the order chosen is kept while searching.
  await page.getByRole('searchbox', { name: 'Search postmortems' }).fill(tag);
  await page.getByRole('searchbox', { name: 'Search postmortems' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`sort=severity`));
  await expect(sort.getByRole('option', { name: 'Best match first' })).toHaveCount(1);
  await expect.poll(() => titles(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
});

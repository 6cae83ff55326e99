/**
 * The workspace's own views on a phone (390 × 844): the library, the published page (for
 * a member and for an outsider with a public link), the import page, the similar
 * incidents beside a new postmortem's facts and the action ledger. On each: nothing scrolls sideways, the main
 * controls are on the screen and work, and axe finds no serious issue.
 *
 * Then the meeting on a phone (issue 21, item 8): the fields of "Propose a missing event"
 * side by side without one running under the other, a phase change that opens the new
 * phase at its top with focus on its title, the canvas hint whole, and Group on the
 * screen once cards are ticked, wherever the page was scrolled to tick them.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  account,
  expect,
  expectLive,
  giveName,
  goToPhase,
  joinBoard,
  pathOf,
  signIn,
  test,
} from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';
import { writeCards } from './nodeDocs.ts';
import { untilIndexed, writeFacts } from './pastPostmortem.ts';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true });

/** The page is no wider than the screen: nothing to scroll sideways. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const { width, screen, wider } = await page.evaluate(() => {
    const edge = window.innerWidth + 0.5;
    const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > edge;
    // The outermost elements reaching past the screen's edge, to name in a failure.
    const wider = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && !past(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`);
    return { width: document.documentElement.scrollWidth, screen: window.innerWidth, wider };
  });
  expect(width, `wider than the screen: ${wider.join(', ')}`).toBeLessThanOrEqual(screen);
}

/**
 * Shown whole across the screen where it is (nothing to scroll sideways to reach it, in
 * the page or in a box of it), and once scrolled down to, whole on the screen.
 */
async function expectOnScreen(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  const width = await control.page().evaluate(() => window.innerWidth);
  expect(box, 'a box on the page').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport({ ratio: 1 });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('the library on a phone: search, filters, results and the new-postmortem form fit the screen', async ({
  app,
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  const service = `checkout-api-${tag}`;
  const title = `Checkout requests timed out behind the load balancer ${tag}`;
  await writeFacts(app, await app.createBoard(title), { services: [service], severity: 'SEV2' });

  await signIn(page, account('member', 'Pia Phone'));
  const search = page.getByRole('searchbox', { name: 'Search postmortems' });
  await expectOnScreen(search);
  await search.fill(tag);
  await search.press('Enter');
  const hit = page.getByTestId('library-row').filter({ hasText: title });
  await untilIndexed(page, hit, 1);
  await expectNoSideScroll(page);

  const filters = page.getByRole('group', { name: 'Filters' });
  for (const label of ['Service', 'Severity']) await expectOnScreen(filters.getByLabel(label));
  // The whole row is on the screen: the title, severity, status and the rest below it.
  await expectOnScreen(hit.getByRole('link', { name: title }));
  await expectOnScreen(hit.getByText('SEV2', { exact: true }));
  await expectOnScreen(hit.getByText(service));
  await expectOnScreen(hit.getByText(/\d+ open/));
  await expectOnScreen(page.getByRole('button', { name: 'Create board' }));
  await expectOnScreen(page.getByRole('link', { name: 'import a postmortem' }));
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await shot(page, 'library-phone');

  // The result opens by touch.
  await hit.getByRole('link', { name: title }).tap();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('the published page on a phone, for a member and for an outsider with its public link', async ({
  app,
  page,
}) => {
  const title = `Search cluster lost a node during the reindex ${randomUUID().slice(0, 6)}`;
  const board = await app.createBoard(title);

  await signIn(page, account('member', 'Pia Phone'));
  await page.goto(`/postmortems/${board.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoSideScroll(page);
  await expectOnScreen(page.getByRole('button', { name: 'Open board' }));
  await expectOnScreen(page.getByRole('group', { name: 'Download' }).getByRole('button').first());
  const make = page.getByRole('button', { name: 'Make a public link' });
  await expectOnScreen(make);
  expect(await seriousViolations(page, 'body')).toEqual([]);

  await make.tap();
  const field = page.getByRole('textbox', { name: 'Public link' });
  await expect(field).toHaveValue(/\/p\/[A-Za-z0-9_-]{43}$/);
  await expectOnScreen(field);
  await expectOnScreen(page.getByRole('button', { name: 'Copy public link' }));
  await expectOnScreen(page.getByRole('button', { name: 'Revoke public link' }));
  await expectNoSideScroll(page);
  await shot(page, 'published-phone');
  const link = await field.inputValue();

  // An outsider's phone, never signed in.
  const { page: outsider } = await app.newPerson();
  await outsider.setViewportSize(PHONE);
  await outsider.goto(link);
  await expect(outsider.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(outsider.getByText('Shared by a public link: read-only.')).toBeVisible();
  await expectNoSideScroll(outsider);
  await expectOnScreen(
    outsider.getByRole('group', { name: 'Download' }).getByRole('button').first(),
  );
  expect(await seriousViolations(outsider, 'body')).toEqual([]);
  await shot(outsider, 'public-phone');
});

test('the import page on a phone: the file picker and the Import button fit and work', async ({
  app,
  page,
}) => {
  const title = `Imported on a phone ${randomUUID().slice(0, 6)}`;
  const board = await app.createBoard('Source board');
  const exported = await fetch(`${app.url}/api/boards/${board.id}/export?format=json`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  expect(exported.status).toBe(200);
  const file = JSON.stringify({ ...((await exported.json()) as object), title });

  await signIn(page, account('member', 'Pia Phone'));
  await page.goto('/import');
  const form = page.getByRole('form', { name: 'Import a postmortem' });
  await expect(form).toBeVisible();
  await expectNoSideScroll(page);
  const picker = form.getByLabel('JSON export file');
  await expectOnScreen(picker);
  await expectOnScreen(form.getByRole('button', { name: 'Import' }));
  await expectOnScreen(page.getByRole('link', { name: /Back to the workspace/ }));
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await shot(page, 'import-phone');

  await picker.setInputFiles({
    name: 'postmortem.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await form.getByRole('button', { name: 'Import' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoSideScroll(page);
});

test('similar incidents on a phone: the panel beside a new postmortem’s facts fits the screen', async ({
  app,
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  const service = `ledger-${tag}`;
  const pastTitle = `Ledger writes lagged behind the batch window ${tag}`;
  await writeFacts(app, await app.createBoard(pastTitle), {
    services: [service],
    severity: 'SEV2',
  });

  await signIn(page, account('member', 'Pia Phone'));
  const form = page.getByRole('form', { name: 'New postmortem' });
  await form.getByLabel('Incident title').fill(`Ledger slow again ${tag}`);
  await form.getByRole('button', { name: 'Create board' }).tap();
  await expectLive(page);
  await page.getByRole('button', { name: 'Prepare session' }).tap();
  await page.getByRole('tab', { name: 'Incident' }).tap();
  const services = page.getByLabel('Services affected');
  await services.fill(service);
  await services.press('Enter');
  await expect(page.getByTestId('service-chip')).toHaveText([`${service}×`]);

  const panel = page.getByRole('region', { name: 'Have we seen this before?' });
  const item = panel.getByTestId('similar-item').filter({ hasText: pastTitle });
  const refresh = panel.getByRole('button', { name: 'Refresh' });
  await expect(async () => {
    await refresh.tap();
    await expect(panel.getByRole('status')).toHaveCount(0);
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(service);
  }).toPass();
  await expectNoSideScroll(page);
  await expectOnScreen(refresh);
  await expectOnScreen(item.getByRole('link', { name: pastTitle }));
  expect(await seriousViolations(page, '[data-testid="similar-panel"]')).toEqual([]);
  await shot(page, 'similar-phone');
});

test('the ledger on a phone: filters, each action with its status and history, and the bulk change fit the screen', async ({
  app,
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  const owner = `Pia ${tag}`;
  const board = await app.createBoard(`Payment webhooks were dropped for an hour ${tag}`);
  const title = `Retry dropped payment webhooks with backoff and alert on the dead-letter queue ${tag}`;
  await writeActions(app, board, [title, `Document the webhook replay ${tag}`], owner);

  await signIn(page, account('member', 'Pia Phone'));
  await page.goto(`${app.url}/actions?owner=${encodeURIComponent(owner)}`);
  const rows = page.getByTestId('ledger-row');
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(2);
  }).toPass();
  await expectNoSideScroll(page);
  const row = rows.filter({ hasText: title });
  await expectOnScreen(page.getByRole('button', { name: 'My actions' }));
  await expectOnScreen(page.getByLabel('Status', { exact: true }));
  await expectOnScreen(row.getByRole('checkbox'));
  await expectOnScreen(row.getByText('Open', { exact: true }));
  await expectOnScreen(page.getByRole('button', { name: 'Apply' }));
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await shot(page, 'ledger-phone');

  const history = row.getByRole('button', { name: `History of “${title}”` });
  await expectOnScreen(history);
  await history.tap();
  const dialog = page.getByRole('dialog', { name: `History of “${title}”` });
  await expect(dialog).toBeVisible();
  await expectOnScreen(dialog.getByRole('button', { name: 'Close' }));
  await expectNoSideScroll(page);
  await shot(page, 'ledger-history-phone');
  await dialog.getByRole('button', { name: 'Close' }).tap();
  await expect(dialog).toHaveCount(0);
});

/** The boxes of two elements share no area. */
async function expectApart(a: Locator, b: Locator): Promise<void> {
  const [p, q] = [(await a.boundingBox())!, (await b.boundingBox())!];
  const overlapX = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const overlapY = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  expect(
    overlapX <= 0 || overlapY <= 0,
    `apart, not overlapping by ${overlapX} × ${overlapY} px`,
  ).toBe(true);
}

test('the meeting on a phone: the proposal form, a phase change, the canvas hint and Group fit the screen', async ({
  app,
  page,
}) => {
  const board = await app.createBoard(`Search results went stale ${randomUUID().slice(0, 6)}`);
  const facilitator = await joinBoard(app, board.links.facilitator, 'Fran Facilitator', {
    width: 1440,
    height: 900,
  });
  await page.goto(pathOf(board.links.participant));
  await giveName(page, 'Pat Phone');
  await expectLive(page);
  const title = page.getByTestId('phase-title');

  // Timeline: the proposal's time and kind side by side, neither under the other.
  await facilitator.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(facilitator, 'timeline');
  await expect(title).toHaveText('Timeline');
  const propose = page.getByRole('form', { name: 'Propose a missing event' });
  const time = propose.getByLabel(/^Time/);
  const kind = propose.getByLabel('Kind');
  await expectOnScreen(time);
  await expectOnScreen(kind);
  await expectApart(time, kind);
  await expectNoSideScroll(page);

  // Read down to the bottom; the next phase opens at its top, its title in focus.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await goToPhase(facilitator, 'brainstorm');
  await expect(title).toHaveText('Brainstorm');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(title).toBeFocused();

  // Cluster: the hint on the empty canvas is whole, within the canvas and the screen.
  const cards = ['Index rebuild ran behind for an hour', 'No alert on index lag'];
  await writeCards(app.url, board, {
    'Alex Participant': cards.map((text) => ({ column: 'went-wrong', text })),
  });
  await goToPhase(facilitator, 'cluster');
  await expect(title).toHaveText('Cluster');
  const hint = page.getByText('Drag a card onto another to start a cluster');
  // The page scrolls to the canvas, the canvas itself stays where it opens.
  await page.getByTestId('cluster-canvas').evaluate((el) => el.scrollIntoView());
  const canvas = (await page.getByTestId('cluster-canvas').boundingBox())!;
  const box = (await hint.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  expect(
    await hint.evaluate((el) => el.scrollHeight - el.clientHeight),
    'the hint shows all its lines',
  ).toBeLessThanOrEqual(0);

  // Cards ticked where the page was scrolled to them: Group is on the screen, and works.
  for (const text of cards) {
    const tick = page.getByRole('checkbox', { name: new RegExp(`Select card “${text}`) });
    await tick.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await tick.tap();
    await expect(tick).toBeChecked();
  }
  const group = page.getByRole('button', { name: 'Group', exact: true });
  await expect(group).toBeInViewport({ ratio: 1 });
  await group.tap();
  await expect(page.getByTestId('cluster')).toHaveCount(1);
  await expectNoSideScroll(page);
  await shot(page, 'cluster-phone');
});

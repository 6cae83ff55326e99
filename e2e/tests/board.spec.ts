/**
 * The walking-skeleton story: a facilitator opens a new board, a
 * participant joins from the share link, both see each other live; a card stays its
 * author's alone until the facilitator reveals the cards, then both see it and its
 * author's changes; an observer follows read-only. Each person is a separate context.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  addCard,
  COLUMN_TITLES,
  expect,
  expectLive,
  giveName,
  goToPhase,
  openAsCreator,
  pathOf,
  revealCards,
  SAMPLE_CARDS,
  signIn,
  test,
} from './fixtures.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-board.png', import.meta.url));

const column = (page: Page, title: string) => page.getByRole('region', { name: title });
const card = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test('facilitator and participant build the board together; an observer follows read-only', async ({
  app,
}) => {
  // A workspace member created the board; the facilitator opens its link.
  const board = await app.createBoard('Checkout latency spike');
  const facilitator = await app.newPerson();
  const fPage = facilitator.page;
  await openAsCreator(fPage, board);
  await giveName(fPage, 'Fran Facilitator');
  await expectLive(fPage);
  await expect(fPage.getByTestId('board-title')).toHaveText('Checkout latency spike');
  await expect(fPage.getByTestId('role-badge')).toHaveText('Facilitator');

  // The share menu holds the participant and observer links.
  await fPage.getByRole('button', { name: 'Share' }).click();
  const participantLink = await fPage.getByTestId('share-link-participant').inputValue();
  const observerLink = await fPage.getByTestId('share-link-observer').inputValue();
  await expect(fPage.getByRole('button', { name: 'Copy participant link' })).toBeVisible();
  await fPage.keyboard.press('Escape');

  // The participant joins from the link and gives a name; each sees the other.
  const participant = await app.newPerson();
  const pPage = participant.page;
  await pPage.goto(pathOf(participantLink));
  await giveName(pPage, 'Pat Participant');
  await expectLive(pPage);
  await expect(
    fPage.getByRole('listitem').filter({ has: fPage.getByTitle('Pat Participant') }),
  ).toBeVisible();
  await expect(
    pPage.getByRole('listitem').filter({ has: pPage.getByTitle('Fran Facilitator') }),
  ).toBeVisible();
  await expect(pPage.getByTitle('Pat Participant (you)')).toBeVisible();

  // A card typed by one stays theirs alone until the reveal; the other sees a count.
  await addCard(pPage, 'What went wrong', 'No alert on connection-pool saturation');
  await expect(card(pPage, 'No alert on connection-pool saturation')).toBeVisible();
  await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');
  await expect(fPage.getByRole('article')).toHaveCount(0);
  await expect(fPage.getByText('No alert on connection-pool saturation')).toHaveCount(0);

  // The facilitator reveals the cards: now the other sees it, without its author.
  // Once the session runs: before it, nobody was asked to write.
  await fPage.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fPage, 'brainstorm');
  await revealCards(fPage);
  await expect(card(fPage, 'No alert on connection-pool saturation')).toBeVisible();
  await expect(column(fPage, 'What went wrong').getByRole('article')).toHaveCount(1);
  await expect(card(pPage, 'No alert on connection-pool saturation')).toHaveAttribute(
    'data-mine',
    'true',
  );

  // Its author's edit propagates; nobody else may edit it.
  await expect(
    card(fPage, 'No alert on connection-pool saturation').getByRole('button', {
      name: 'Edit card',
    }),
  ).toHaveCount(0);
  const pCard = card(pPage, 'No alert on connection-pool saturation');
  await pCard.hover();
  await pCard.getByRole('button', { name: 'Edit card' }).click();
  const editor = pPage.getByRole('textbox', { name: 'Edit card text' });
  await editor.fill('No alert on DB connection-pool saturation');
  await editor.press('Enter');
  await expect(card(fPage, 'No alert on DB connection-pool saturation')).toBeVisible();

  // After the reveal a new card shows at once; its author withdraws it for everyone.
  await addCard(fPage, 'Where we got lucky', 'It happened off-peak');
  await expect(card(pPage, 'It happened off-peak')).toBeVisible();
  const fLucky = card(fPage, 'It happened off-peak');
  await expect(fLucky).toHaveAttribute('data-mine', 'true');
  await fLucky.hover();
  await fLucky.getByRole('button', { name: 'Delete card' }).click();
  await expect(card(fPage, 'It happened off-peak')).toHaveCount(0);
  await expect(card(pPage, 'It happened off-peak')).toHaveCount(0);

  // After a reload the card is still there, still theirs (and the name is remembered).
  await pPage.reload();
  await expectLive(pPage);
  await expect(card(pPage, 'No alert on DB connection-pool saturation')).toHaveAttribute(
    'data-mine',
    'true',
  );
  await expect(pPage.getByRole('dialog')).toBeHidden();

  // An observer sees the cards but no editing controls.
  const observer = await app.newPerson();
  const oPage = observer.page;
  await oPage.goto(pathOf(observerLink));
  await giveName(oPage, 'Olga Observer');
  await expectLive(oPage);
  await expect(card(oPage, 'No alert on DB connection-pool saturation')).toBeVisible();
  await expect(oPage.getByTestId('role-badge')).toHaveText('Read-only');
  await expect(oPage.getByRole('button', { name: 'Add card' })).toHaveCount(0);
  await expect(oPage.getByRole('button', { name: 'Edit card' })).toHaveCount(0);
  await expect(oPage.getByRole('button', { name: 'Delete card' })).toHaveCount(0);
  // The avatar row tells the observer apart: a hollow badge, and the role after the name.
  const avatar = (name: string) =>
    fPage.getByTestId('presence-peer').and(fPage.locator(`[data-name="${name}"]`));
  await expect(avatar('Olga Observer').getByTitle('Olga Observer, observer')).toHaveClass(
    /avatar--hollow/,
  );
  await expect(
    avatar('Pat Participant').getByTitle('Pat Participant', { exact: true }),
  ).not.toHaveClass(/avatar--hollow/);
  await expect(
    pPage
      .getByTestId('presence-peer')
      .and(pPage.locator('[data-name="Fran Facilitator"]'))
      .getByTitle('Fran Facilitator, facilitator'),
  ).toBeVisible();

  if (process.env.UPDATE_SCREENSHOTS) {
    // A few of each column, so the picture shows a board mid-session.
    const perColumn: Record<string, number> = { 'went-well': 3, 'went-wrong': 4, lucky: 2 };
    const samples = SAMPLE_CARDS.filter(
      (s) => (perColumn[s.column] = (perColumn[s.column] ?? 0) - 1) >= 0,
    );
    for (const sample of samples) {
      const title = COLUMN_TITLES[sample.column];
      if (title) await addCard(pPage, title, sample.text);
    }
    await expect(fPage.getByRole('article')).toHaveCount(samples.length + 1);
    await fPage.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await fPage.mouse.move(1, 890);
    await fPage.screenshot({ path: SCREENSHOT, animations: 'disabled' });
  }
});

test('a link with a wrong token says it is not valid', async ({ app, page }) => {
  const board = await app.createBoard('Wrong token');
  await page.goto(`/b/${board.id}#token=not-the-right-token`);
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  await expect(page.getByTestId('full-page-message')).toContainText('not valid for this board');
});

test('a link without a token, or to an unknown board, explains itself', async ({ app, page }) => {
  const board = await app.createBoard('No token');
  await page.goto(`/b/${board.id}`);
  await expect(page.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();
  await page.goto(`/b/UnknownBoard1234#token=${board.tokens.participant}`);
  await expect(page.getByRole('heading', { name: /not valid|not found/ })).toBeVisible();
});

test('the new-postmortem form checks the title before calling the server', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the postmortem a title');
  await expect(page).toHaveURL(/\/$/);
});

test('the connection pill says offline while the browser is offline, then live again', async ({
  app,
}) => {
  const board = await app.createBoard('Flaky wifi');
  const person = await app.newPerson();
  await person.page.goto(pathOf(board.links.participant));
  await giveName(person.page, 'Wren');
  await expectLive(person.page);
  await person.context.setOffline(true);
  await expect(person.page.getByTestId('connection-status')).toHaveAttribute(
    'data-state',
    'offline',
  );
  // The amber pill keeps its text readable (axe's colour contrast).
  expect(await seriousViolations(person.page, '[data-testid="connection-status"]')).toEqual([]);
  await person.context.setOffline(false);
  await expectLive(person.page);
});

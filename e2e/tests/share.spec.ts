/**
 * Replacing a link: the facilitator makes a new participant link from the Share menu;
 * the participant still on the old one is cut off at once and told why; the new link
 * works. A leaked facilitator link is replaced from the facilitator link itself.
 */
import { seriousViolations } from './axe.ts';
import {
  expect,
  expectLive,
  giveName,
  joinBoard,
  openAsCreator,
  pathOf,
  test,
} from './fixtures.ts';

test('the facilitator replaces the participant link; the old one stops working at once', async ({
  app,
}) => {
  const board = await app.createBoard('Payments queue backlog');
  const facilitator = await app.newPerson();
  const fPage = facilitator.page;
  await openAsCreator(fPage, board);
  await giveName(fPage, 'Fran Facilitator');
  await expectLive(fPage);

  await fPage.getByRole('button', { name: 'Share' }).click();
  const oldLink = await fPage.getByTestId('share-link-participant').inputValue();
  const observerLink = await fPage.getByTestId('share-link-observer').inputValue();

  const participant = await app.newPerson();
  const pPage = participant.page;
  await pPage.goto(pathOf(oldLink));
  await giveName(pPage, 'Pat Participant');
  await expectLive(pPage);

  await fPage.getByRole('button', { name: 'Replace participant link' }).click();
  await expect(fPage.getByRole('status').filter({ hasText: 'New link ready' })).toBeVisible();
  const newLink = await fPage.getByTestId('share-link-participant').inputValue();
  expect(newLink).not.toBe(oldLink);
  expect(await fPage.getByTestId('share-link-observer').inputValue()).toBe(observerLink);

  // The open page on the old link is closed and says why; it does not keep retrying.
  await expect(pPage.getByText(/not valid for this board/)).toBeVisible();

  // Opening the old link again is refused; the new one works.
  const late = await app.newPerson();
  await late.page.goto(pathOf(oldLink));
  await expect(late.page.getByText(/not valid for this board/)).toBeVisible();
  await late.page.goto('about:blank');
  await late.page.goto(pathOf(newLink));
  await giveName(late.page, 'Sam Participant');
  await expectLive(late.page);
  await expect(fPage.getByTitle('Sam Participant')).toBeVisible();
});

test('the facilitator replaces their own link from it; every tab on the old one stops at once', async ({
  app,
}) => {
  const board = await app.createBoard('Leaked facilitator link');
  const fPage = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  // Someone else holding the leaked facilitator link.
  const leaked = await joinBoard(app, board.links.facilitator, 'Mallory');

  await fPage.getByRole('button', { name: 'Share' }).click();
  const panel = fPage.getByRole('region', { name: 'Invite people' });
  await expect(panel).toBeVisible();
  expect(await seriousViolations(fPage, '.share__panel')).toEqual([]);
  const replace = panel.getByRole('button', { name: 'Replace facilitator link' });
  await replace.focus();
  await fPage.keyboard.press('Enter');

  // The tab on the old link is closed and says why; this page reopens on the new link.
  await expect(leaked.getByText(/not valid for this board/)).toBeVisible();
  await expect.poll(() => fPage.url()).not.toContain(board.tokens.facilitator);
  await expectLive(fPage);
  await fPage.getByRole('button', { name: 'Share' }).click();
  const newLink = await fPage.getByTestId('share-link-facilitator').inputValue();
  expect(newLink).not.toContain(board.tokens.facilitator);

  // Opening the old link again is refused.
  const late = await app.newPerson();
  await late.page.goto(pathOf(board.links.facilitator));
  await expect(late.page.getByText(/not valid for this board/)).toBeVisible();
});

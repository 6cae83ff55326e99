/**
 * Replacing a link: the facilitator makes a new participant link from the Share menu,
 * after being told what stops working; the participant still on the old one is cut off at
 * once and told the link was replaced; the new link works. A leaked facilitator link is
 * replaced from the facilitator link itself. A facilitator whose tab did not create the
 * board (the facilitator link opened in another browser) makes new links all the same.
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
  const confirm = fPage.getByRole('group', { name: 'Make a new participant link?' });
  await expect(confirm).toContainText('stop working at once');
  await confirm.getByRole('button', { name: 'Make new link' }).click();
  await expect(fPage.getByRole('status').filter({ hasText: 'New link ready' })).toBeVisible();
  const newLink = await fPage.getByTestId('share-link-participant').inputValue();
  expect(newLink).not.toBe(oldLink);
  expect(await fPage.getByTestId('share-link-observer').inputValue()).toBe(observerLink);

  // The open page on the old link is closed and says why; it does not keep retrying.
  await expect(pPage.getByText(/This link was replaced/)).toBeVisible();

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
  // Focus lands on Cancel; the confirmation is one Shift+Tab away.
  const confirm = panel.getByRole('group', { name: 'Make a new facilitator link?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await fPage.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Make new link' })).toBeFocused();
  await fPage.keyboard.press('Enter');

  // The tab on the old link is closed and says why; this page reopens on the new link.
  await expect(leaked.getByText(/This link was replaced/)).toBeVisible();
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

test('from the facilitator link opened in another browser, the facilitator makes a new participant link; a newcomer joins with it; the old one says it was replaced', async ({
  app,
}) => {
  const board = await app.createBoard('Search index lag');
  const creator = await app.newPerson();
  await openAsCreator(creator.page, board);
  await giveName(creator.page, 'Fran Facilitator');
  await expectLive(creator.page);
  const onOldLink = await joinBoard(app, board.links.participant, 'Pat Participant');

  // The facilitator link in another browser: the participant, observer and survey links
  // are not in this tab, and Share offers to make new ones.
  const elsewhere = await joinBoard(app, board.links.facilitator, 'Fran Elsewhere');
  await elsewhere.getByRole('button', { name: 'Share' }).click();
  const panel = elsewhere.getByRole('region', { name: 'Invite people' });
  await expect(panel.getByTestId('share-missing-participant')).toContainText('Not in this tab');
  await expect(panel.getByTestId('share-missing-observer')).toBeVisible();
  await expect(panel.getByTestId('share-missing-survey')).toBeVisible();
  expect(await seriousViolations(elsewhere, '.share__panel')).toEqual([]);

  await panel.getByRole('button', { name: 'Make new participant link' }).click();
  const confirm = panel.getByRole('group', { name: 'Make a new participant link?' });
  await expect(confirm).toContainText('survey link made from it, stop working at once');
  expect(await seriousViolations(elsewhere, '.share__panel')).toEqual([]);
  await confirm.getByRole('button', { name: 'Make new link' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'New link ready' })).toBeVisible();
  const newLink = await panel.getByTestId('share-link-participant').inputValue();
  expect(newLink).not.toContain(board.tokens.participant);
  await expect(panel.getByTestId('share-link-survey')).toHaveValue(/view=survey/);
  await expect(panel.getByTestId('share-missing-observer')).toBeVisible();

  // Whoever was on the board with the old link is told it was replaced.
  await expect(onOldLink.getByText(/This link was replaced/)).toBeVisible();

  // A newcomer joins with the new link; everyone sees them.
  await joinBoard(app, newLink, 'Sam Newcomer');
  await expect(elsewhere.getByTitle('Sam Newcomer')).toBeVisible();
  await expect(creator.page.getByTitle('Sam Newcomer')).toBeVisible();

  // The old link, opened afresh, says it is not valid or was replaced.
  const late = await app.newPerson();
  await late.page.goto(pathOf(board.links.participant));
  await expect(late.page.getByRole('heading', { name: /was replaced/ })).toBeVisible();
});

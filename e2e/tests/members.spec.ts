/**
 * One person, one ballot, as the facilitator sees it: the People dialog counts the
 * members who wrote and voted against the people here, and removes a stray, whose page
 * is told at once.
 */
import { seriousViolations } from './axe.ts';
import { addCard, expect, joinBoard, test } from './fixtures.ts';

test('the facilitator sees who wrote against who is here, and removes a stray member', async ({
  app,
}) => {
  const board = await app.createBoard('Ballot check');
  const fPage = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const pat = await joinBoard(app, board.links.participant, 'Pat Participant');
  const stray = await joinBoard(app, board.links.participant, 'Stray Tab');
  await addCard(pat, 'What went wrong', 'No alert on the queue depth');

  const people = fPage.getByRole('button', { name: 'People' });
  const dialog = fPage.getByRole('dialog', { name: 'People' });
  // The card reaches the server on its own time: look again until it counts.
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close' }).click();
    await people.click();
    await expect(dialog.getByTestId('member-totals')).toHaveText(
      '1 member wrote, 0 voted; 3 people here now (3 joined).',
      { timeout: 2000 },
    );
  }).toPass({ timeout: 60_000 });
  await expect(dialog.getByTestId('member-row')).toHaveCount(3);
  expect(await seriousViolations(fPage, 'dialog[open]')).toEqual([]);

  const remove = dialog.getByRole('button', { name: 'Remove Stray Tab' });
  await remove.focus();
  await fPage.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Stray Tab was removed');
  await expect(stray.getByText(/removed you from this board/)).toBeVisible();
  await expect(dialog.getByTestId('member-totals')).toHaveText(
    '1 member wrote, 0 voted; 2 people here now (2 joined).',
  );

  // On a phone the dialog fits the screen: nothing to scroll sideways, Close in reach.
  await fPage.setViewportSize({ width: 390, height: 844 });
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
  expect(await seriousViolations(fPage, 'dialog[open]')).toEqual([]);
});

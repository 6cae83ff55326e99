/**
 * The app is 24-hour (issue #21): the follow-up review's time is typed on a 24-hour
 * clock in any browser locale (a native picker shows 2:30 PM in an American browser),
 * "930" is read as 09:30, and the review is shown on the same clock to everyone.
 */
import { seriousViolations } from './axe.ts';
import { expect, goToPhase, joinBoard, test } from './fixtures.ts';

test('the follow-up time is a 24-hour field in an American browser too', async ({ app }) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const pat = await joinBoard(app, board.links.participant, 'Pat Participant');
  expect(await fran.evaluate(() => navigator.language)).toBe('en-US');
  await fran.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fran, 'followup');

  const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await fran.getByLabel('Date', { exact: true }).fill(date);
  const time = fran.getByLabel('Time', { exact: true });
  await expect(time).toHaveAccessibleDescription('24-hour clock, for example 14:30');
  await time.fill('1730');
  await time.press('Tab');
  await expect(time).toHaveValue('17:30');
  expect(await seriousViolations(fran, '.followup-form')).toEqual([]);
  await fran.getByRole('button', { name: 'Schedule the review' }).click();
  for (const page of [fran, pat])
    await expect(page.getByTestId('followup-when')).toContainText('17:30–18:00');
});

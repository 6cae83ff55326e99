/**
 * The postmortem status as a workflow (issue #21): Finish puts the draft in review, the
 * page says what each status means, and only the facilitator or a postmortem owner moves
 * it: a participant who is not an owner sees who does, and nothing to press.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, finishSession, goToPhase, joinBoard, test } from './fixtures.ts';

const status = (page: Page) => page.getByTestId('postmortem-status');
const option = (page: Page, name: string) => status(page).getByRole('button', { name });

test('Finish puts the postmortem in review; only the facilitator and the owner move it after', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const dana = await joinBoard(app, board.links.participant, 'Dana Owner');
  const pat = await joinBoard(app, board.links.participant, 'Pat Participant');
  await fran.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fran, 'owner');
  await fran.getByLabel('Postmortem owner', { exact: true }).fill('Dana Owner');
  await fran.getByRole('button', { name: 'Add owner' }).click();
  await goToPhase(fran, 'followup');

  await finishSession(fran);
  await expect(fran.getByText('Session finished: the postmortem is now in review.')).toBeVisible();
  for (const page of [fran, dana, pat]) {
    await expect(status(page)).toHaveAttribute('data-status', 'in review');
    await expect(page.getByTestId('status-meanings')).toContainText(
      'the team reads the document and corrects it before it is shared',
    );
  }
  await expect(option(fran, 'In review')).toHaveAccessibleDescription(/corrects it/);

  // A participant who is not an owner is told who moves it, and cannot.
  await expect(pat.getByTestId('status-who')).toHaveText(
    'Only the facilitator or a postmortem owner moves the status.',
  );
  await expect(option(pat, 'Closed')).toBeDisabled();
  await expect(option(pat, 'Actions open')).toBeDisabled();

  // The owner moves it, from the keyboard, and everyone sees it.
  await expect(dana.getByTestId('status-who')).toHaveCount(0);
  await option(dana, 'Actions open').focus();
  await dana.keyboard.press('Enter');
  for (const page of [fran, dana, pat])
    await expect(status(page)).toHaveAttribute('data-status', 'actions open');
  expect(await seriousViolations(pat, '.pm-status')).toEqual([]);
});

test('Finish asks first, says what it does, and Escape cancels it', async ({ app }) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  await fran.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fran, 'followup');
  const finish = fran.getByRole('button', { name: 'Finish session' });
  const dialog = fran.getByRole('dialog', { name: 'Finish the session?' });

  await finish.focus();
  await fran.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Everyone moves to the follow-up review');
  await expect(dialog.getByTestId('finish-status')).toHaveText(
    'The postmortem status moves from Draft to In review, so the team reads the document before it is shared.',
  );
  await expect(dialog).toContainText('Back returns everyone to Follow-up');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousViolations(fran, '[data-testid="finish-dialog"]')).toEqual([]);

  // Escape cancels: nothing finished, focus back on Finish.
  await fran.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(finish).toBeFocused();
  await expect(fran.getByTestId('phase-header')).not.toContainText('Finished');

  // From the keyboard again, this time to the end.
  await fran.keyboard.press('Enter');
  await fran.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Finish now' })).toBeFocused();
  await fran.keyboard.press('Enter');
  await expect(fran.getByTestId('phase-header')).toContainText('Finished');
  await expect(status(fran)).toHaveAttribute('data-status', 'in review');
});

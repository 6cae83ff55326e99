/**
 * The owners' responsibilities are prose: two people with the facilitator link reword the
 * same responsibility at once in the Owner phase, one deleting words while the other types
 * at the end, and both edits survive in every browser, a participant's included. An
 * emptied responsibility shows the reason in its field and is never stored; Escape puts
 * it back.
 */
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { caretAt, deleteWhileTyping, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const ITEM = 'Follow up on the action items';
const CUT = ' with their owners';
const ADDED = ', every Monday';

const second = (page: Page): Locator => page.getByLabel('Responsibility 2', { exact: true });

test('two facilitators reword the same responsibility at once: one deletes words while the other types at the end, and both edits survive', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const gus = await joinBoard(app, board.links.facilitator, 'Gus Cofacilitator');
  const pat = await joinBoard(app, board.links.participant, 'Pat Participant');
  await fran.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fran, 'owner');
  for (const page of [fran, gus]) await expect(second(page)).toHaveValue(`${ITEM}${CUT}`);

  await caretAt(second(fran), 'end');
  await caretAt(second(gus), 'end');
  await deleteWhileTyping(second(fran), CUT.length, second(gus), ADDED);
  const merged = `${ITEM}${ADDED}`;
  for (const page of [fran, gus]) await expect(second(page)).toHaveValue(merged);
  await expect(pat.getByTestId('responsibilities')).toContainText(merged);
  expect(await seriousViolations(fran, '.responsibilities')).toEqual([]);
  await fran
    .getByTestId('responsibilities')
    .screenshot({ path: 'test-results/responsibilities.png' });

  // An emptied responsibility is refused in its field; the others keep it; Escape restores it.
  await second(gus).fill('');
  await expect(gus.getByText('A responsibility needs some text')).toBeVisible();
  await expect(second(gus)).toHaveAttribute('aria-invalid', 'true');
  await expect(second(fran)).toHaveValue(merged);
  await second(gus).press('Escape');
  await expect(second(gus)).toHaveValue(merged);
  await expect(pat.getByTestId('responsibilities').getByRole('listitem')).toHaveCount(4);
});

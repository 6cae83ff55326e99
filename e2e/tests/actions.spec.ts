/**
 * An action's title is prose: two people reword the same action at once in the Actions
 * phase, one deleting a sentence while the other types at the end, and both edits
 * survive in every browser. A title emptied in the field shows the reason and is never
 * stored: the others keep seeing the title, and Escape puts it back. The details merge
 * the same way, and the export shows them as merged.
 */
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { caretAt, deleteWhileTyping, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const FIRST = 'Alert on pool saturation.';
const MIDDLE = ' Soon.';
const ADDED = ' Page the on-call.';
const SCREENSHOT = 'test-results/action-title.png';
const DETAILS_FIRST = 'Page at 80% of the pool.';
const DETAILS_MIDDLE = ' Nobody watched it.';
const DETAILS_ADDED = ' Link the runbook.';

const title = (page: Page): Locator => page.getByLabel('Action title');
const details = (page: Page): Locator => page.getByRole('textbox', { name: 'Details' });

test('two people reword the same action at once: one deletes a sentence while the other types at the end, and both edits survive, in the title and in the details', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const everyone = [fac, alex];

  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'actions');
  const form = alex.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill(`${FIRST}${MIDDLE}`);
  await form.getByRole('button', { name: 'Add action' }).click();
  for (const page of everyone) await expect(title(page)).toHaveValue(`${FIRST}${MIDDLE}`);

  // Fran deletes the last sentence key by key while Alex types at the end.
  await title(fac).click();
  await title(fac).press('End');
  await title(alex).click();
  await title(alex).press('End');
  await deleteWhileTyping(title(fac), MIDDLE.length, title(alex), ADDED);
  for (const page of everyone) await expect(title(page)).toHaveValue(`${FIRST}${ADDED}`);

  // An emptied title is refused with the reason, in the field; the others keep the title.
  await title(alex).fill('');
  await expect(alex.getByText('An action needs a title')).toBeVisible();
  await expect(title(alex)).toHaveAttribute('aria-invalid', 'true');
  await expect(title(fac)).toHaveValue(`${FIRST}${ADDED}`);
  expect(await seriousViolations(alex, '[data-testid="action-card"]')).toEqual([]);
  await alex.screenshot({ path: SCREENSHOT });
  await title(alex).press('Escape');
  await expect(title(alex)).toHaveValue(`${FIRST}${ADDED}`);
  await expect(title(alex)).toHaveAttribute('aria-invalid', 'false');
  for (const page of everyone) await expect(page.getByTestId('action-card')).toHaveCount(1);

  // The details merge the same way: Fran deletes a sentence while Alex types at the end.
  await details(alex).fill(`${DETAILS_FIRST}${DETAILS_MIDDLE}`);
  for (const page of everyone) {
    await expect(details(page)).toHaveValue(`${DETAILS_FIRST}${DETAILS_MIDDLE}`);
  }
  await caretAt(details(fac), 'end');
  await caretAt(details(alex), 'end');
  await deleteWhileTyping(details(fac), DETAILS_MIDDLE.length, details(alex), DETAILS_ADDED);
  const merged = `${DETAILS_FIRST}${DETAILS_ADDED}`;
  for (const page of everyone) await expect(details(page)).toHaveValue(merged);
  expect(await seriousViolations(fac, '[data-testid="action-card"]')).toEqual([]);
  await fac.screenshot({ path: 'test-results/action-details.png' });

  // The export shows them under the action.
  await fac.getByRole('button', { name: 'Export', exact: true }).click();
  const preview = fac
    .getByRole('dialog', { name: 'Export the postmortem' })
    .getByTestId('export-markdown-preview');
  await expect(preview).toContainText(`${FIRST}${ADDED}`);
  await expect(preview).toContainText(merged);
});

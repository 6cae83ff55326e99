/**
 * Undoing an import keeps people's work (issue 21, item 3): it removes only the events
 * the import added that nobody changed since, keeps an imported event someone edited and
 * the events added by hand, says what it did, and is itself undone by "Restore import".
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test, twoFacilitatorsOnIncident } from './fixtures.ts';

const IMPORTED = [
  '2026-11-03 14:02 UTC [trigger] Config change rolled out to production',
  '14:05 [detection] On-call SRE acknowledges the page',
  '14:38 [mitigation] Config change rolled back',
].join('\n');
const EDITED = 'On-call SRE acknowledges the page from the train';
const BY_HAND = 'Support lead joins the incident channel';

const rows = (page: Page) => page.getByTestId('timeline-row');
const toast = (page: Page) => page.getByTestId('toast');

test('undo import keeps an edited event and one added by hand, and can be restored', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx');
  const [fran, gus] = await twoFacilitatorsOnIncident(app, board);

  // Fran imports three events.
  await fran.getByRole('button', { name: 'Import events…' }).click();
  const dialog = fran.getByRole('dialog', { name: 'Import timeline events' });
  await dialog.getByLabel('Events to import').fill(IMPORTED);
  await dialog.getByRole('button', { name: 'Add 3 events' }).click();
  await toast(fran).getByRole('button', { name: 'Dismiss' }).click();
  await expect(rows(gus)).toHaveCount(3);

  // Gus corrects one of them, and adds one by hand.
  await gus.getByRole('button', { name: 'Edit event: On-call SRE acknowledges the page' }).click();
  const editor = gus.getByRole('form', { name: 'Edit event' });
  await editor.getByLabel('What happened').fill(EDITED);
  await editor.getByLabel('What happened').press('Enter');
  await expect(editor).toBeHidden();
  const add = gus.getByRole('form', { name: 'Add an event' });
  await add.getByLabel('Time').fill('2026-11-03T14:20');
  await add.getByLabel('What happened').fill(BY_HAND);
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect(rows(fran)).toHaveCount(4);
  await expect(rows(fran).filter({ hasText: EDITED })).toHaveCount(1);

  // Undo takes back only the two imported events nobody touched, and says so.
  await fran.getByRole('button', { name: /^Undo import/ }).click();
  for (const page of [fran, gus]) {
    await expect(rows(page).filter({ hasText: EDITED })).toHaveCount(1);
    await expect(rows(page).filter({ hasText: BY_HAND })).toHaveCount(1);
    await expect(rows(page)).toHaveCount(2);
  }
  await expect(toast(fran)).toContainText(
    'Import undone: 2 events removed; 1 event changed since was kept',
  );
  expect(await seriousViolations(fran, '[data-testid="toast"]')).toEqual([]);

  // The undo is undone: Restore import puts both back, for everyone.
  await toast(fran).getByRole('button', { name: 'Restore import' }).click();
  await expect(toast(fran)).toContainText('Import restored: 2 events back');
  for (const page of [fran, gus]) await expect(rows(page)).toHaveCount(4);
  await expect(rows(gus).filter({ hasText: 'Config change rolled back' })).toHaveCount(1);

  // And it can be undone again, from the keyboard.
  await toast(fran).getByRole('button', { name: 'Dismiss' }).click();
  await fran.getByRole('button', { name: 'Undo import (2)' }).focus();
  await fran.keyboard.press('Enter');
  for (const page of [fran, gus]) await expect(rows(page)).toHaveCount(2);
  await expect(fran.getByRole('button', { name: 'Restore import (2)' })).toBeVisible();
});

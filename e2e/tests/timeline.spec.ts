/**
 * The timeline story: the facilitator imports the draft timeline (previewed before it is
 * applied), runs the session to the Timeline phase, a participant proposes a missing
 * event, the facilitator accepts it, and both charts show it. An import with mistakes
 * lists them by line and adds nothing.
 *
 * An event's text is prose: two facilitators correct the same event at once, one
 * deleting a sentence while the other types at the end, and both edits survive.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  caretAt,
  deleteWhileTyping,
  expect,
  expectLive,
  giveName,
  pathOf,
  test,
  twoFacilitatorsOnIncident,
} from './fixtures.ts';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../shared/src/fixtures/${name}`, import.meta.url)),
    'utf8',
  );
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-timeline.png', import.meta.url));

const chart = (page: Page) => page.getByRole('img', { name: /^Incident timeline chart/ });

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Prepare session' }).click();
  await page.getByRole('tab', { name: 'Incident' }).click();
  await page.getByRole('button', { name: 'Import events…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import timeline events' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the facilitator imports the timeline; a participant’s proposal, once accepted, is on every chart', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx');
  const facilitator = await app.newPerson();
  const fPage = facilitator.page;
  await fPage.goto(pathOf(board.links.facilitator));
  await giveName(fPage, 'Fran Facilitator');
  await expectLive(fPage);

  // Import: paste the sample timeline, see the preview, apply.
  const dialog = await openImport(fPage);
  await dialog.getByLabel('Events to import').fill(fixture('timeline.txt'));
  await expect(dialog.getByTestId('import-summary')).toHaveText('Text lines: 14 to add.');
  await expect(dialog.getByTestId('import-preview-row')).toHaveCount(14);
  await expect(dialog.getByTestId('import-preview')).toContainText(
    'Config change #8812 rolled back; pool back to 200',
  );
  await dialog.getByRole('button', { name: 'Add 14 events' }).click();
  await expect(dialog).toBeHidden();
  await expect(fPage.getByTestId('toast')).toContainText('Imported 14 events');
  await fPage.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
  await expect(chart(fPage)).toHaveAccessibleName('Incident timeline chart, 14 events');
  await expect(fPage.getByRole('button', { name: 'Undo import (14)' })).toBeVisible();

  // Importing the same text again adds nothing: every event is already there.
  const again = await (async () => {
    await fPage.getByRole('button', { name: 'Import events…' }).click();
    return fPage.getByRole('dialog', { name: 'Import timeline events' });
  })();
  await again.getByLabel('Events to import').fill(fixture('timeline.txt'));
  await expect(again.getByTestId('import-summary')).toContainText(
    '0 to add, 14 already there (skipped)',
  );
  await expect(again.getByRole('button', { name: 'Add events' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();

  // Run the session to the Timeline phase.
  await fPage.getByRole('button', { name: 'Prepare session' }).click(); // back to the board
  const participant = await app.newPerson();
  const pPage = participant.page;
  await pPage.goto(pathOf(board.links.participant));
  await giveName(pPage, 'Pat Participant');
  await expectLive(pPage);
  await fPage.getByRole('button', { name: 'Start session' }).click();
  await fPage.getByRole('button', { name: 'Next: Timeline' }).click();
  for (const page of [fPage, pPage]) {
    await expect(page.getByTestId('phase-title')).toHaveText('Timeline');
    await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 14 events');
  }
  await expect(fPage.getByTestId('metric-timeToDetect')).toHaveText('3 min');
  await expect(fPage.getByTestId('metric-timeToResolve')).toHaveText('47 min');
  if (process.env.UPDATE_SCREENSHOTS) {
    await fPage.getByTestId('timeline-chart').scrollIntoViewIfNeeded();
    await fPage.getByTestId('timeline-overview').screenshot({ path: SCREENSHOT });
  }

  // The participant proposes a missing event.
  const missing = 'Support lead paged by customer escalations';
  const propose = pPage.getByRole('form', { name: 'Propose a missing event' });
  await propose.getByLabel('Time').fill('2026-11-03T14:19');
  await propose.getByLabel('Kind').selectOption('escalation');
  await propose.getByLabel('What happened').fill(missing);
  await propose.getByLabel('Why it matters').fill('Support noticed before the status page');
  await propose.getByRole('button', { name: 'Send proposal' }).click();
  await expect(propose.getByRole('status')).toHaveText('Sent. The facilitator will review it.');
  await expect(chart(pPage)).not.toHaveAccessibleDescription(new RegExp(missing));

  // The facilitator sees it and accepts it; both charts show it.
  const proposal = fPage.getByRole('article', { name: `Proposed event: ${missing}` });
  await expect(proposal).toContainText('Pat Participant');
  await proposal.getByRole('button', { name: 'Accept and add' }).click();
  for (const page of [fPage, pPage]) {
    await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 15 events');
    await expect(chart(page)).toHaveAccessibleDescription(
      new RegExp(`14:19 UTC, escalation: ${missing}`),
    );
  }
  // Decided proposals fold away under "Decided", marked accepted.
  await pPage.getByText('Decided (1)').click();
  await expect(pPage.getByRole('article', { name: `Proposed event: ${missing}` })).toHaveAttribute(
    'data-status',
    'accepted',
  );
});

test('an import with mistakes lists each by line number and adds nothing', async ({ app }) => {
  const board = await app.createBoard('Bad paste');
  const { page } = await app.newPerson();
  await page.goto(pathOf(board.links.facilitator));
  await giveName(page, 'Fran Facilitator');
  await expectLive(page);

  const dialog = await openImport(page);
  await dialog.getByLabel('Events to import').fill(fixture('timeline-bad.txt'));
  const errors = dialog.getByTestId('import-errors').getByRole('listitem');
  await expect(errors).toHaveCount(6);
  await expect(errors).toHaveText([
    /^Line 2: minute 61 is out of range/,
    /^Line 3: hour 25 is out of range/,
    /^Line 4: /,
    /^Line 5: /,
    /^Line 6: month 13 is out of range/,
    /^Line 7: unknown kind 'nonsense-kind'/,
  ]);
  await expect(dialog.getByTestId('import-summary')).toContainText(
    '6 lines have problems. Fix them to import; nothing is added until then.',
  );
  await expect(dialog.getByRole('button', { name: 'Add events' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 0 events');
  await expect(page.getByTestId('timeline-row')).toHaveCount(0);
});

test('two facilitators correct the same event at once: one deletes a sentence while the other types at the end, and both edits survive', async ({
  app,
}) => {
  const FIRST = 'Pool size lowered to 20.';
  const MIDDLE = ' Nobody noticed.';
  const ADDED = ' Deployed by the config bot.';
  const board = await app.createBoard('Checkout API 5xx');
  const both = await twoFacilitatorsOnIncident(app, board);
  const [fran, gus] = both;
  const add = fran.getByRole('form', { name: 'Add an event' });
  await add.getByLabel('Time').fill('2026-11-03T14:02');
  await add.getByLabel('Kind').selectOption('trigger');
  await add.getByLabel('What happened').fill(`${FIRST}${MIDDLE}`);
  await add.getByRole('button', { name: 'Add event' }).click();
  for (const page of both) {
    await expect(page.getByTestId('timeline-row')).toHaveText([/Pool size lowered to 20/]);
    await page.getByRole('button', { name: `Edit event: ${FIRST}${MIDDLE}` }).click();
  }
  const editor = (page: Page) => page.getByRole('form', { name: 'Edit event' });
  const text = (page: Page) => editor(page).getByLabel('What happened');

  // Fran deletes the last sentence key by key while Gus types at the end.
  await caretAt(text(fran), 'end');
  await caretAt(text(gus), 'end');
  await deleteWhileTyping(text(fran), MIDDLE.length, text(gus), ADDED);
  const merged = `${FIRST}${ADDED}`;
  for (const page of both) await expect(text(page)).toHaveValue(merged);
  expect(await seriousViolations(fran, '.tl-editor')).toEqual([]);
  await fran.screenshot({ path: 'test-results/timeline-edit.png' });

  // An emptied text is refused in the field and never stored; Escape leaves the editor.
  await text(gus).fill('');
  await expect(editor(gus).getByText('An event needs some text')).toBeVisible();
  await expect(text(gus)).toHaveAttribute('aria-invalid', 'true');
  await expect(text(fran)).toHaveValue(merged);
  await text(gus).press('Escape');
  await expect(editor(gus)).toBeHidden();
  await expect(gus.getByTestId('timeline-row')).toContainText(merged);

  // The kind is saved with Enter, beside the text everyone already has.
  await editor(fran).getByLabel('Kind').selectOption('action');
  await text(fran).press('Enter');
  await expect(editor(fran)).toBeHidden();
  for (const page of both) {
    await expect(page.getByTestId('timeline-row')).toContainText(merged);
    await expect(page.getByTestId('timeline-row')).toContainText('action');
  }
});

/**
 * The survey, before the meeting. The facilitator takes the survey link from the
 * Prepare page and sends it; two invitees open it in their own browsers. Sam leaves two
 * notes under his name and takes one back (only he is offered that, also after a
 * reload, which also keeps his name); Dee sees his notes as they arrive. The facilitator finds the note that stayed
 * in the survey inbox, with Sam's name, and may remove any note.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectLive, giveName, pathOf, test } from './fixtures.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-survey.png', import.meta.url));

const FIRST = 'The pager was muted on my phone during the deploy window';
const SECOND = 'I restarted the pool by hand at 14:20; it helped for ten minutes';

const noteBox = (page: Page) =>
  page.getByLabel('What did you see, do or wonder about during the incident?');
const notesList = (page: Page) => page.getByTestId('survey-notes');
const removeButton = (page: Page, text: string) =>
  page.getByRole('button', { name: `Remove the note “${text.slice(0, 40)}”` });

async function sendNote(page: Page, text: string) {
  await noteBox(page).fill(text);
  await page.getByRole('button', { name: 'Send note' }).click();
  await expect(page.getByText('Thank you. The facilitator will read it')).toBeVisible();
  await expect(noteBox(page)).toHaveValue('');
}

test('invitees leave notes through the survey, take their own back, and the facilitator reads them', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');

  // The facilitator's tab created the board, so the Prepare page shows the survey link.
  const facilitator = await app.newPerson();
  await facilitator.context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
    `hindsight:board:${board.id}`,
    JSON.stringify(board),
  ] as const);
  const fac = facilitator.page;
  await fac.goto(pathOf(board.links.facilitator));
  await giveName(fac, 'Fran Facilitator');
  await expectLive(fac);
  await fac.getByRole('button', { name: 'Prepare session' }).click();
  await fac.getByRole('tab', { name: 'Incident' }).click();
  const link = await fac.getByTestId('share-link-survey').inputValue();
  expect(link).toContain('view=survey');

  const openSurvey = async () => {
    const { page } = await app.newPerson();
    await page.goto(pathOf(link));
    await expect(page.getByTestId('survey-view')).toBeVisible();
    await expectLive(page);
    return page;
  };
  const sam = await openSurvey();
  const dee = await openSurvey();

  // Sam writes under his name; Dee sees the notes arrive, without a way to remove them.
  await sam.getByLabel(/^Your name/).fill('Sam Invitee');
  await sendNote(sam, FIRST);
  await sendNote(sam, SECOND);
  for (const page of [sam, dee]) {
    await expect(notesList(page).getByRole('listitem')).toHaveCount(2);
    await expect(notesList(page)).toContainText('Sam Invitee');
  }
  await expect(removeButton(sam, FIRST)).toBeVisible();
  await expect(dee.getByRole('button', { name: /^Remove the note/ })).toHaveCount(0);

  // Sam takes the first back; everyone sees it go.
  await removeButton(sam, FIRST).click();
  for (const page of [sam, dee]) {
    await expect(notesList(page).getByRole('listitem')).toHaveCount(1);
    await expect(notesList(page)).not.toContainText(FIRST);
  }

  // His browser still knows the other note is his, and his name, after a reload.
  await sam.reload();
  await expectLive(sam);
  await expect(removeButton(sam, SECOND)).toBeVisible();
  await expect(sam.getByLabel(/^Your name/)).toHaveValue('Sam Invitee');
  if (process.env.UPDATE_SCREENSHOTS) {
    await sam.setViewportSize({ width: 1440, height: 1400 });
    await sam.screenshot({ path: SCREENSHOT, animations: 'disabled', fullPage: true });
  }

  // The facilitator reads it in the survey inbox and may remove any note.
  const inbox = fac.getByTestId('survey-notes');
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(inbox).toContainText(SECOND);
  await expect(inbox).toContainText('Sam Invitee');
  await expect(removeButton(fac, SECOND)).toBeVisible();
});

/**
 * Boards belong to the workspace (issue #15): signed-in people open any board from the
 * home page's list, with no link, as their role allows, and are known by their account
 * name; a guest still joins from the participant link with no account.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  account,
  addCard,
  COLUMN_TITLES,
  expect,
  expectLive,
  giveName,
  signIn,
  test,
} from './fixtures.ts';

/** The row of the home page's list that shows `title`. */
const row = (page: Page, title: string) =>
  page.getByTestId('board-list-item').filter({ has: page.getByRole('heading', { name: title }) });

test('members open a board from the home list with no link; a viewer reads; a guest joins from the link', async ({
  app,
}) => {
  const title = `Queue backlog ${randomUUID().slice(0, 6)}`;
  const ana = account('member', 'Ana Lima');
  const ben = account('member', 'Ben Okafor');
  const vic = account('viewer', 'Vic Viewer');

  // Ana creates the board from the home page and runs it.
  const { page: anaPage } = await app.newPerson();
  await signIn(anaPage, ana);
  const form = anaPage.getByRole('form', { name: 'New postmortem' });
  await form.getByLabel('Incident title').fill(title);
  await form.getByRole('button', { name: 'Create board' }).click();
  await expectLive(anaPage);
  const boardPath = new URL(anaPage.url()).pathname;

  // Ben finds it in the list, joins as a participant with no link, and writes a card.
  const { page: benPage } = await app.newPerson();
  await signIn(benPage, ben);
  await expect(row(benPage, title)).toContainText('Preparing');
  await row(benPage, title)
    .getByRole('button', { name: `Join ${title}` })
    .click();
  await expect(benPage).toHaveURL(new RegExp(`${boardPath}#token=w1\\.participant\\.`));
  await expectLive(benPage);
  // Known by his account name: no name to type.
  await expect(benPage.getByRole('dialog', { name: 'Who are you?' })).toBeHidden();
  await expect(
    anaPage.getByTestId('presence-peer').and(anaPage.locator('[data-name="Ben Okafor"]')),
  ).toBeVisible();
  await addCard(benPage, COLUMN_TITLES['went-wrong']!, 'Alerts fired an hour late');

  // Vic, a viewer, may only observe: read-only.
  const { page: vicPage } = await app.newPerson();
  await signIn(vicPage, vic);
  await expect(row(vicPage, title).getByRole('button', { name: `Join ${title}` })).toHaveCount(0);
  await row(vicPage, title)
    .getByRole('button', { name: `Observe ${title}` })
    .click();
  await expectLive(vicPage);
  await expect(
    vicPage.getByRole('textbox', { name: `New card in ${COLUMN_TITLES['went-wrong']}` }),
  ).toHaveCount(0);

  // A guest joins from the participant link, with no account, as before.
  const participantLink = await anaPage.evaluate((path) => {
    const id = path.split('/').pop()!;
    const created = JSON.parse(sessionStorage.getItem(`hindsight:board:${id}`) ?? '{}') as {
      tokens?: { participant?: string };
    };
    return `${path}#token=${encodeURIComponent(created.tokens?.participant ?? '')}`;
  }, boardPath);
  const { page: guest } = await app.newPerson();
  await guest.goto(participantLink);
  await giveName(guest, 'Gus Guest');
  await expectLive(guest);
  await expect(
    anaPage.getByTestId('presence-peer').and(anaPage.locator('[data-name="Gus Guest"]')),
  ).toBeVisible();
});

test('the home page lists the workspace’s postmortems and passes axe', async ({ app }) => {
  const { page } = await app.newPerson();
  await signIn(page, account('viewer', 'Val Viewer'));
  await expect(page.getByRole('heading', { name: 'Postmortems' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  // A viewer reads: no New postmortem, and each board opens to observe only.
  await expect(page.getByRole('form', { name: 'New postmortem' })).toHaveCount(0);
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: 'test-results/home-board-list.png', fullPage: true });
});

/**
 * A won't do on the board, accepted, and the postmortem offered for closing (issue #18):
 * a participant marks the last open action won't do with its reason from the follow-up
 * view; it waits for the facilitator, who accepts it in another browser; then, every
 * action resolved, the facilitator is offered to close the postmortem and closes it.
 */
import { randomUUID } from 'node:crypto';
import {
  addActionItem,
  readActionItems,
  roomName,
  setActionStatus,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { expect, joinBoard, test, type App } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

/** Two actions, one of them done, written from Node as a facilitator's browser would. */
async function writeActions(app: App, board: CreateBoardResponse, titles: [string, string]) {
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    const done = addActionItem(doc, { title: titles[0], owner: 'Sam Roe' });
    setActionStatus(doc, done, 'done');
    addActionItem(doc, { title: titles[1], owner: 'Pat Lee' });
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect.poll(() => readActionItems(check).length).toBe(2);
  } finally {
    docs.close();
  }
}

test("a participant marks an action won't do with its reason, the facilitator accepts it, and the postmortem is offered for closing", async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const board = await app.createBoard(`Cache outage ${tag}`);
  const titles: [string, string] = [`Alert on hit rate ${tag}`, `Rewrite the cache ${tag}`];
  await writeActions(app, board, titles);

  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const pat = await joinBoard(app, board.links.participant, 'Pat Lee');
  for (const page of [fac, pat]) {
    await page.getByRole('button', { name: 'Follow-up', exact: true }).click();
  }
  const row = (page: typeof fac) => page.getByTestId('after-action').filter({ hasText: titles[1] });
  await expect(row(fac).getByLabel('Status')).toHaveValue('open');
  await expect(fac.getByTestId('close-offer')).toHaveCount(0);

  // Pat, by keyboard: won't do asks why before it is set.
  await row(pat).getByLabel('Status').selectOption("won't do");
  const why = row(pat).getByLabel('Why won’t it be done?');
  await expect(why).toBeFocused();
  await pat.keyboard.type('Replaced by the managed cache');
  await pat.keyboard.press('Enter');
  await expect(row(pat).getByLabel('Status')).toHaveValue("won't do");
  await expect(row(pat).getByText('Replaced by the managed cache')).toBeVisible();
  // It waits for the facilitator: Pat cannot accept it, and nothing is offered yet.
  await expect(row(pat).getByTestId('wont-do-acceptance')).toHaveText('Not accepted yet');
  await expect(row(pat).getByRole('button', { name: 'Accept won’t do' })).toHaveCount(0);
  await expect(pat.getByTestId('close-offer')).toHaveCount(0);

  // Fran sees it live, with its reason, and accepts it by keyboard.
  await expect(row(fac).getByText('Replaced by the managed cache')).toBeVisible();
  const accept = row(fac).getByRole('button', { name: 'Accept won’t do' });
  await accept.focus();
  await fac.keyboard.press('Enter');
  for (const page of [fac, pat]) {
    await expect(row(page).getByTestId('wont-do-acceptance')).toHaveText('Accepted');
    await expect(page.getByTestId('close-offer')).toContainText(
      'Every action is resolved: the postmortem can close.',
    );
  }
  expect(await seriousViolations(fac, '[data-testid="after-view"]')).toEqual([]);
  await fac.screenshot({ path: 'test-results/action-closing-offer.png', fullPage: true });

  // Fran closes it; everyone sees it closed, and the offer is gone.
  await fac.getByRole('button', { name: 'Close the postmortem' }).click();
  for (const page of [fac, pat]) {
    await expect(page.getByTestId('postmortem-status')).toHaveAttribute('data-status', 'closed');
    await expect(page.getByTestId('close-offer')).toHaveCount(0);
  }
});

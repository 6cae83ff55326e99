/**
 * The new-action form in the meeting (issue #21): a due date in the past is said as it is
 * picked and the action shows as overdue in the live meeting, for everyone, not only in
 * the follow-up view; "Addresses" starts afresh for the next action; and the phase's
 * questions are text to think about, not buttons that do nothing.
 */
import { groupCards, readClusters, readRevealedCards, roomName } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { expect, goToPhase, joinBoard, test } from './fixtures.ts';
import { nodeDocs, writeCards } from './nodeDocs.ts';

const CLUSTER = 'Pool alerting';

test('a past due date is said at entry and the action shows overdue in the meeting; Addresses starts afresh', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  await writeCards(app.url, board, {
    Ana: [{ column: 'went-wrong', text: 'Nobody was paged for the pool' }],
    Ben: [{ column: 'went-wrong', text: 'The pool alert was muted' }],
    Cy: [{ column: 'went-well', text: 'Rollback was quick' }],
  });
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  await fran.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fran, 'cluster');

  const docs = await nodeDocs(app.url);
  try {
    const open = (room: string) => docs.open(room, { token: board.tokens.participant });
    const facilitation = await open(roomName(board.id, 'facilitation'));
    await expect.poll(() => readRevealedCards(facilitation).length).toBe(3);
    const ids = readRevealedCards(facilitation)
      .filter((c) => c.text.includes('pool'))
      .map((c) => c.id);
    const boardDoc = await open(roomName(board.id));
    groupCards(boardDoc, ids, undefined, Date.now(), { name: CLUSTER });
    await expect.poll(() => readClusters(boardDoc, ids).clusters.length).toBe(1);
  } finally {
    docs.close();
  }
  await goToPhase(fran, 'actions');

  // The phase's question is a line of text, not a pill that looks pressable.
  const question = alex.locator('.prompts__item').first();
  await expect(question).toHaveText('What is the smallest change with the biggest effect?');
  expect(
    await question.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, radius: style.borderTopRightRadius };
    }),
  ).toEqual({ background: 'rgba(0, 0, 0, 0)', radius: '0px' });

  const form = alex.getByRole('form', { name: 'New action' });
  const due = form.getByLabel('Due');
  const addresses = form.getByLabel('Addresses');
  await form.getByLabel('What will we do?').fill('Alert on pool saturation');
  await due.fill('2020-01-15');
  await expect(due).toHaveAccessibleDescription(
    /^In the past: \d+ days ago\. The action will show as overdue\.$/,
  );
  await addresses.selectOption({ label: CLUSTER });
  expect(await seriousViolations(alex, '.new-action')).toEqual([]);
  await form.getByRole('button', { name: 'Add action' }).click();

  for (const page of [alex, fran]) {
    const card = page.getByTestId('action-card').filter({ hasText: 'Overdue' });
    await expect(card).toHaveAttribute('data-overdue', 'true');
    await expect(card.getByText(/^\d+ days overdue$/)).toBeVisible();
    await expect(card.getByLabel('Addresses')).toHaveValue(/:$/);
  }

  // The next action starts afresh: no date, no warning, addressing nothing in particular.
  await expect(due).toHaveValue('');
  await expect(form.getByText(/In the past/)).toHaveCount(0);
  await expect(addresses).toHaveValue('');
  await expect(addresses.locator('option:checked')).toHaveText('Nothing in particular');
  await form.getByLabel('What will we do?').fill('Page on pool saturation');
  await form.getByRole('button', { name: 'Add action' }).click();
  const second = fran
    .getByTestId('action-card')
    .filter({ hasNot: fran.getByText('Overdue', { exact: true }) });
  await expect(second).toHaveCount(1);
  await expect(second.getByLabel('Addresses')).toHaveValue('');
});

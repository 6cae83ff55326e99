/**
 * The on-time rate on the ledger (issue #18): a SEV1 postmortem with one action done
 * before its due date and one open past it; a member opening the ledger sees SEV1 at
 * 100% on time with one open overdue.
 */
import { randomUUID } from 'node:crypto';
import {
  addActionItem,
  readActionItems,
  roomName,
  setActionStatus,
  updateIncident,
} from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('the ledger shows the on-time rate per severity', async ({ app }) => {
  const tag = randomUUID().slice(0, 6);
  const board = await app.createBoard(`Payments outage ${tag}`);
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    updateIncident(doc, { severity: 'SEV1' });
    const kept = addActionItem(doc, { title: `Kept ${tag}`, due: day(10) });
    setActionStatus(doc, kept, 'done');
    addActionItem(doc, { title: `Late ${tag}`, due: day(-3) });
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect.poll(() => readActionItems(check).length).toBe(2);
  } finally {
    docs.close();
  }

  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Pat Lee'));
  await page.goto('/actions');
  const sev1 = page.getByTestId('on-time').locator('[data-severity="SEV1"]');
  // Other stories' SEV1 actions count too: the figure is the workspace's.
  await expect(async () => {
    await page.reload();
    await expect(sev1).toContainText('resolved by their due date');
    await expect(sev1).toContainText('open overdue');
  }).toPass();
  await expect(page.getByRole('heading', { name: 'On time', level: 2 })).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="on-time"]')).toEqual([]);
  await page.screenshot({ path: 'test-results/ledger-on-time.png' });
});

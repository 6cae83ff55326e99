/**
 * The reveal, asked first (issue 21, item 4): it cannot be undone, so the facilitator is
 * told what happens and, from the server's counts, when too few people wrote for the
 * cards to stay anonymous. It is impossible before the session starts.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addCard, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const ALEX = ['Nobody owned the pool-size dashboard', 'The runbook was out of date'];
const BEA = 'The alert went to a muted channel';

const revealButton = (page: Page) => page.getByRole('button', { name: 'Reveal cards' });
const cards = (page: Page) => page.getByRole('article');

test('the reveal is confirmed, warns when fewer than three people wrote, and waits for the start', async ({
  app,
}) => {
  const board = await app.createBoard('Connection pool exhaustion');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const bea = await joinBoard(app, board.links.participant, 'Bea Participant');

  // Before the start nobody was asked to write: no reveal.
  await expect(revealButton(fac)).toBeDisabled();
  await expect(fac.getByText('Start the session first')).toBeVisible();

  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'brainstorm');
  for (const page of [fac, alex, bea])
    await expect(page.getByTestId('phase-title')).toHaveText('Brainstorm');
  for (const text of ALEX) await addCard(alex, 'What went wrong', text);
  await addCard(bea, 'What went wrong', BEA);
  await expect(fac.getByTestId('brainstorm-counts')).toHaveText('3 cards from 2 people');

  // The dialog says what happens and warns: two authors can tell each other's cards.
  await revealButton(fac).click();
  const dialog = fac.getByRole('dialog', { name: 'Reveal the cards?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Every card becomes visible to everyone on the board');
  await expect(dialog).toContainText('Authors stay hidden');
  await expect(dialog).toContainText('This cannot be undone');
  await expect(dialog.getByTestId('reveal-warning')).toContainText(
    "2 people wrote these 3 cards: each of them can tell which cards are the other's.",
  );
  // Only the number: no name of anyone who wrote.
  await expect(dialog).not.toContainText('Alex');
  await expect(dialog).not.toContainText('Bea');
  expect(await seriousViolations(fac, '[data-testid="reveal-dialog"]')).toEqual([]);

  // Cancel (where focus starts) reveals nothing.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await fac.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(revealButton(fac)).toBeFocused();
  await expect(cards(bea)).toHaveCount(1);
  await expect(cards(fac)).toHaveCount(0);

  // A third author: no warning. Confirmed by keyboard, everyone sees every card.
  const cy = await joinBoard(app, board.links.participant, 'Cy Participant');
  await addCard(cy, 'What went well', 'Rollback took under a minute');
  await expect(fac.getByTestId('brainstorm-counts')).toHaveText('4 cards from 3 people');
  await fac.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('reveal-warning')).toHaveCount(0);
  await fac.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reveal to everyone' })).toBeFocused();
  await fac.keyboard.press('Enter');
  for (const page of [fac, alex, bea, cy]) {
    await expect(cards(page)).toHaveCount(4);
    await expect(page.getByTestId('brainstorm-status')).toHaveAttribute('data-revealed', 'true');
  }
  await expect(revealButton(fac)).toHaveCount(0);
});

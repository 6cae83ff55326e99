/**
 * The reveal, asked first (issue 21, item 4): it cannot be undone, so the facilitator is
 * told what happens and, from the server's counts, when too few people wrote for the
 * cards to stay anonymous. It is impossible before the session starts, and moving on past
 * the brainstorm (Next, the agenda), which reveals too, asks the same.
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

test('Next and the agenda ask before they reveal the cards, and Cancel stays in the brainstorm', async ({
  app,
}) => {
  const board = await app.createBoard('Cache stampede');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'brainstorm');
  await expect(alex.getByTestId('phase-title')).toHaveText('Brainstorm');
  await addCard(alex, 'What went wrong', ALEX[0]!);
  await expect(fac.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');

  // A jump on the agenda past the brainstorm is a reveal: asked, with the warning.
  await fac
    .locator('[data-testid="agenda-item"][data-phase="discuss"]')
    .getByRole('button')
    .click();
  const dialog = fac.getByRole('dialog', { name: 'Reveal the cards?' });
  await expect(dialog).toContainText('Going on to Discuss reveals the cards.');
  await expect(dialog.getByTestId('reveal-warning')).toBeVisible();
  expect(await seriousViolations(fac, '[data-testid="reveal-dialog"]')).toEqual([]);
  await fac.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(fac.getByTestId('phase-title')).toHaveText('Brainstorm');
  await expect(cards(fac)).toHaveCount(0);

  // Next asks too; Cancel keeps the brainstorm and gives focus back to Next.
  const next = fac.getByRole('button', { name: 'Next: Cluster' });
  await next.click();
  await expect(dialog).toContainText('Going on to Cluster reveals the cards.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(next).toBeFocused();
  await expect(alex.getByTestId('phase-title')).toHaveText('Brainstorm');

  // Confirmed by keyboard: everyone moves on and sees the card.
  await fac.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await fac.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reveal and go to Cluster' })).toBeFocused();
  await fac.keyboard.press('Enter');
  for (const page of [fac, alex]) {
    await expect(page.getByTestId('phase-title')).toHaveText('Cluster');
    await expect(page.getByText(ALEX[0]!)).toBeVisible();
  }
  // Once the cards are out, moving around asks nothing.
  await goToPhase(fac, 'brainstorm');
  await fac.getByRole('button', { name: 'Next: Cluster' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(alex.getByTestId('phase-title')).toHaveText('Cluster');
});

/**
 * One meeting walked through every phase (issue 21, item 6 and the accessibility goal):
 * a facilitator, a participant and an observer, each in their own browser. Before the
 * start (and in the facilitator's plan and incident facts), in each phase and once
 * finished, every one of them gets a page that fits a 1440 × 900 window (the page itself
 * never scrolls: the phase's view scrolls inside itself, the header and the agenda stay
 * put), and axe finds no serious or critical issue there, at 1440 × 900 and again on a
 * 390 × 844 phone.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_PHASES } from '@hindsight/shared';
import { seriousViolations } from './axe.ts';
import { expect, goToPhase, joinBoard, test } from './fixtures.ts';
import { writeCards } from './nodeDocs.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page reaches past the bottom of the window (0 or less: it fits). */
const pastTheWindow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);

/** The page fits the window at desktop size, and axe is content there and on a phone. */
async function checkPhase(role: string, page: Page, phase: string): Promise<void> {
  const where = `${role} in ${phase}`;
  const past = await pastTheWindow(page);
  expect.soft(past, `${where}: the page runs ${past} px past the window`).toBeLessThanOrEqual(0);
  expect.soft(await seriousViolations(page, 'body'), `${where} at 1440 × 900`).toEqual([]);
  await page.setViewportSize(PHONE);
  expect.soft(await seriousViolations(page, 'body'), `${where} at 390 × 844`).toEqual([]);
  await page.setViewportSize(DESKTOP);
}

test('every phase fits the window for every role, and axe finds nothing serious, on desktop and phone', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout latency doubled after the cache migration');
  const facilitator = await joinBoard(app, board.links.facilitator, 'Fran Facilitator', DESKTOP);
  const participant = await joinBoard(app, board.links.participant, 'Pat Participant', DESKTOP);
  const observer = await joinBoard(app, board.links.observer, 'Olga Observer', DESKTOP);
  const everyone = { facilitator, participant, observer };

  // Enough cards for the tray, the clusters and the discussion to hold something.
  await writeCards(app.url, board, {
    'Alex Participant': [
      { column: 'went-wrong', text: 'The cache warmed up for forty minutes under full load' },
      { column: 'went-wrong', text: 'No alert on the cache hit ratio' },
    ],
    'Bea Participant': [
      { column: 'went-well', text: 'Rollback took two minutes' },
      { column: 'lucky', text: 'It happened on a quiet Sunday' },
    ],
  });

  // The facilitator's plan and incident facts, before the start.
  await facilitator.getByRole('button', { name: 'Prepare session' }).click();
  for (const tab of ['Incident', 'Session plan']) {
    await facilitator.getByRole('tab', { name: tab }).click();
    await checkPhase('facilitator', facilitator, `Prepare › ${tab}`);
  }
  await facilitator.getByRole('button', { name: 'Back to the board' }).click();

  const phases: { id: string | null; title: string }[] = [
    { id: null, title: 'Not started' },
    ...DEFAULT_PHASES.map((p) => ({ id: p.id, title: p.title })),
  ];
  for (const { id, title } of phases) {
    if (id === DEFAULT_PHASES[0]!.id) {
      await facilitator.getByRole('button', { name: 'Start session' }).click();
    } else if (id) {
      await goToPhase(facilitator, id);
    }
    if (id) {
      for (const page of Object.values(everyone)) {
        await expect(page.getByTestId('phase-title')).toHaveText(title);
      }
    }
    for (const [role, page] of Object.entries(everyone)) await checkPhase(role, page, title);
  }

  // Finished: everyone is in the follow-up review.
  await facilitator.getByRole('button', { name: 'Finish session' }).click();
  await facilitator
    .getByRole('dialog', { name: 'Finish the session?' })
    .getByRole('button', { name: 'Finish now' })
    .click();
  for (const page of Object.values(everyone)) {
    await expect(page.getByTestId('phase-title')).toHaveText('Session finished');
  }
  for (const [role, page] of Object.entries(everyone)) await checkPhase(role, page, 'Finished');
});

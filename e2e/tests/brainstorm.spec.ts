/**
 * The anonymous brainstorm, checked on the bytes each browser receives (DESIGN.md,
 * "Anonymity is enforced, not a display filter"). A facilitator, two participants (A and
 * B) and an observer, each in their own browser context. Before the reveal, neither
 * participant has the other's text on the page or in any websocket frame; after it,
 * everyone sees every card, and the Yjs items holding A's text that B received were not
 * created by any client id B's awareness messages tie to a person.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectLive, giveName, goToPhase, pathOf, revealCards, test } from './fixtures.ts';
import {
  decodeFrame,
  decodeItems,
  framesHolding,
  namedClients,
  recordFrames,
  type Frame,
} from './frames.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-brainstorm.png', import.meta.url));

const A_WRONG = 'Nobody owned the pool-size dashboard';
const A_LUCKY = 'A DBA happened to be online at 2 am';
const A_DRAFT = 'Still thinking about the runbook';
const B_WELL = 'Rollback took under a minute';
const B_WRONG = 'The alert went to a muted channel';

const column = (page: Page, title: string) => page.getByRole('region', { name: title });
const card = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });
const composer = (page: Page, title: string) =>
  page.getByRole('textbox', { name: `New card in ${title}` });

async function addCard(page: Page, columnTitle: string, text: string) {
  const box = composer(page, columnTitle);
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

async function join(app: { newPerson: () => Promise<{ page: Page }> }, link: string, name: string) {
  const { page } = await app.newPerson();
  const frames = recordFrames(page);
  await page.goto(pathOf(link));
  await giveName(page, name);
  await expectLive(page);
  return { page, frames };
}

/** Yjs items holding `text` among `frames`, and the client ids that created them. */
function creatorsOf(frames: readonly Frame[], text: string): Set<number> {
  const decoded = frames.map(decodeFrame);
  const items = decodeItems(decoded.flatMap((d) => d.updates));
  return new Set(items.filter((item) => item.text.includes(text)).map((item) => item.client));
}

test('cards stay private until the reveal, on the page and on the wire; then all see all', async ({
  app,
}) => {
  test.slow(); // four people and a reload
  const board = await app.createBoard('Database failover');
  const fac = await join(app, board.links.facilitator, 'Fran Facilitator');
  const a = await join(app, board.links.participant, 'Alex Participant');
  const b = await join(app, board.links.participant, 'Bea Participant');
  const obs = await join(app, board.links.observer, 'Olga Observer');
  const everyone = [fac.page, a.page, b.page, obs.page];

  // The facilitator starts and goes to the brainstorm.
  await fac.page.getByRole('button', { name: 'Start session' }).click();
  await fac.page
    .locator('[data-testid="agenda-item"][data-phase="brainstorm"]')
    .getByRole('button')
    .click();
  for (const page of everyone)
    await expect(page.getByTestId('phase-title')).toHaveText('Brainstorm');
  await expect(b.page.getByTestId('brainstorm-counts')).toHaveText('No cards yet');

  // While A types, the others see that A writes, never what.
  await composer(a.page, 'What went wrong').fill(A_WRONG);
  await expect(b.page.getByTestId('writers')).toHaveText('Alex Participant is writing…');
  await expect(fac.page.getByTestId('writers')).toHaveText('Alex Participant is writing…');
  await expect(a.page.getByTestId('writers')).toHaveCount(0);
  await composer(a.page, 'What went wrong').press('Enter');
  await expect(b.page.getByTestId('writers')).toHaveCount(0);

  await addCard(a.page, 'Where we got lucky', A_LUCKY);
  await addCard(b.page, 'What went well', B_WELL);
  await addCard(b.page, 'What went wrong', B_WRONG);

  // Each sees their own cards, and everyone the counts.
  await expect(column(a.page, 'What went wrong').getByRole('article')).toHaveCount(1);
  await expect(card(a.page, A_WRONG)).toHaveAttribute('data-state', 'private');
  await expect(card(b.page, B_WELL)).toBeVisible();
  for (const page of everyone)
    await expect(page.getByTestId('brainstorm-counts')).toHaveText('4 cards from 2 people');
  await expect(fac.page.getByRole('article')).toHaveCount(0);
  await expect(obs.page.getByRole('article')).toHaveCount(0);

  // Cards were written as anonymous ones: the facilitator can no longer name them.
  await fac.page.getByRole('button', { name: 'Edit plan' }).click();
  await expect(fac.page.getByRole('checkbox', { name: /Named cards/ })).toBeDisabled();
  await fac.page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(obs.page.getByRole('textbox', { name: /New card/ })).toHaveCount(0);

  // Nobody else has a text: not on the page, not in any frame received.
  for (const text of [A_WRONG, A_LUCKY]) {
    for (const other of [b, fac, obs]) {
      await expect(other.page.getByText(text)).toHaveCount(0);
      expect(framesHolding(other.frames, text), text).toHaveLength(0);
    }
  }
  for (const text of [B_WELL, B_WRONG]) {
    for (const other of [a, fac, obs]) {
      await expect(other.page.getByText(text)).toHaveCount(0);
      expect(framesHolding(other.frames, text), text).toHaveLength(0);
    }
  }

  // A draft survives a reload.
  await composer(a.page, 'What went well').fill(A_DRAFT);
  await a.page.reload();
  await expectLive(a.page);
  await expect(composer(a.page, 'What went well')).toHaveValue(A_DRAFT);
  await expect(card(a.page, A_WRONG)).toBeVisible();
  await composer(a.page, 'What went well').fill('');
  // The reload got the author's own cards back from the server: the check sees text.
  expect(framesHolding(a.frames, A_WRONG).length).toBeGreaterThan(0);

  // The facilitator reveals: everyone, the observer too, sees every card.
  await revealCards(fac.page);
  for (const page of everyone) {
    for (const text of [A_WRONG, A_LUCKY, B_WELL, B_WRONG])
      await expect(card(page, text)).toHaveAttribute('data-state', 'revealed');
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByTestId('brainstorm-status')).toHaveAttribute('data-revealed', 'true');
  }
  await expect(column(obs.page, 'What went wrong').getByRole('article')).toHaveCount(2);
  await expect(fac.page.getByRole('button', { name: 'Reveal cards' })).toHaveCount(0);

  // Each author's own cards are marked, for them alone; nobody else's are.
  await expect(card(a.page, A_WRONG)).toHaveAttribute('data-mine', 'true');
  await expect(card(a.page, B_WRONG)).not.toHaveAttribute('data-mine');
  await expect(card(b.page, A_WRONG)).not.toHaveAttribute('data-mine');
  await expect(card(b.page, B_WRONG)).toHaveAttribute('data-mine', 'true');
  await expect(fac.page.locator('[data-mine]')).toHaveCount(0);
  await expect(obs.page.getByRole('button', { name: 'Edit card' })).toHaveCount(0);
  await expect(b.page.getByTestId('card-author')).toHaveCount(0);

  // B now has A's text on the wire, and the items that hold it were created by a client
  // id that no awareness message B received ties to anyone.
  expect(framesHolding(b.frames, A_WRONG).length).toBeGreaterThan(0);
  const named = namedClients(b.frames.map(decodeFrame));
  expect([...named.values()]).toEqual(
    expect.arrayContaining(['Fran Facilitator', 'Alex Participant', 'Bea Participant']),
  );
  for (const text of [A_WRONG, A_LUCKY]) {
    const creators = creatorsOf(b.frames, text);
    expect(creators.size, `items holding "${text}"`).toBeGreaterThan(0);
    for (const client of creators) expect(named.has(client), `client ${client}`).toBe(false);
  }

  // An author still edits and withdraws their own card, through their private doc.
  const mine = card(a.page, A_WRONG);
  await mine.hover();
  await mine.getByRole('button', { name: 'Edit card' }).click();
  const editor = a.page.getByRole('textbox', { name: 'Edit card text' });
  await editor.fill(`${A_WRONG} for months`);
  await editor.press('Enter');
  await expect(card(b.page, `${A_WRONG} for months`)).toBeVisible();
  await expect(card(a.page, `${A_WRONG} for months`)).toHaveAttribute('data-mine', 'true');
  const lucky = card(a.page, A_LUCKY);
  await lucky.hover();
  await lucky.getByRole('button', { name: 'Delete card' }).click();
  for (const page of everyone) await expect(card(page, A_LUCKY)).toHaveCount(0);
  for (const text of [`${A_WRONG} for months`]) {
    for (const client of creatorsOf(b.frames, text)) expect(named.has(client)).toBe(false);
  }

  if (process.env.UPDATE_SCREENSHOTS) {
    await addCard(a.page, 'Where we got lucky', A_LUCKY);
    await addCard(b.page, 'Where we got lucky', 'The failover replica was warm by chance');
    await addCard(a.page, 'What went well', 'Status page went up within five minutes');
    await expect(a.page.getByRole('article')).toHaveCount(6);
    await expect(a.page.locator('[data-state="pending"]')).toHaveCount(0);
    const toast = a.page.getByTestId('toast');
    if (await toast.isVisible()) await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect(toast).toHaveCount(0);
    await a.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await a.page.mouse.move(1, 890);
    await a.page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
  }
});

test('named cards: everyone is told while writing, and revealed cards show their author', async ({
  app,
}) => {
  const board = await app.createBoard('Cache stampede');
  const fac = await join(app, board.links.facilitator, 'Fran Facilitator');
  await fac.page.getByRole('button', { name: 'Prepare session' }).click();
  await fac.page.getByRole('checkbox', { name: /Named cards/ }).check();
  await fac.page.getByRole('button', { name: 'Back to the board' }).click();

  const a = await join(app, board.links.participant, 'Alex Participant');
  await expect(a.page.getByTestId('named-cards-banner')).toContainText(
    'Cards on this board show their authors',
  );
  await addCard(a.page, 'What went well', 'Cache warmed itself in ten minutes');
  await expect(fac.page.getByTestId('brainstorm-counts')).toHaveText('1 card from 1 person');

  await fac.page.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac.page, 'brainstorm');
  await revealCards(fac.page);
  const revealed = card(fac.page, 'Cache warmed itself in ten minutes');
  await expect(revealed.getByTestId('card-author')).toHaveText('Written by Alex Participant');
  await expect(
    card(a.page, 'Cache warmed itself in ten minutes').getByTestId('card-author'),
  ).toHaveText('Written by Alex Participant');
});

test('a person has at most 20 cards per column, and the box says so', async ({ app }) => {
  const board = await app.createBoard('Runaway cron');
  const a = await join(app, board.links.participant, 'Alex Participant');
  for (let i = 1; i <= 20; i++) await addCard(a.page, 'Where we got lucky', `Lucky thing ${i}`);
  const box = composer(a.page, 'Where we got lucky');
  await expect(box).toBeDisabled();
  await expect(column(a.page, 'Where we got lucky')).toContainText(
    'You have 20 cards here, the most one person can add to a column',
  );
  await expect(
    column(a.page, 'Where we got lucky').getByRole('button', { name: 'Add card' }),
  ).toBeDisabled();
  await expect(composer(a.page, 'What went well')).toBeEnabled();

  // Deleting one opens the box again.
  const last = card(a.page, 'Lucky thing 20');
  await last.hover();
  await last.getByRole('button', { name: 'Delete card' }).click();
  await expect(box).toBeEnabled();
});

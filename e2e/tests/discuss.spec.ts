/**
 * Two people write in the same notes at once. The facilitator starts the notes of the
 * one cluster; then Alex adds a sentence at the end while Bea, at the same time, writes
 * a summary at the start. Alex's save reaches Bea while she is still typing: it is
 * merged into what she has, her caret stays in her sentence, and the text everyone ends
 * with holds both people's words.
 */
import type { Page } from '@playwright/test';
import { addCard, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const CARD_1 = 'Connection pool too small for peak traffic';
const CARD_2 = 'No alert on connection pool saturation';
const START = 'Pool was too small.';
const ALEX = ' Nobody load tested it.';
const BEA = 'Summary: the pool was undersized and nobody watched it. ';

test('two people writing the same notes at once both keep their words', async ({ app }) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const bea = await joinBoard(app, board.links.participant, 'Bea Participant');
  const everyone = [fac, alex, bea];

  // One cluster of two cards, made through the UI.
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'brainstorm');
  for (const text of [CARD_1, CARD_2]) await addCard(alex, 'What went wrong', text);
  await goToPhase(fac, 'cluster');
  for (const text of [CARD_1, CARD_2]) {
    await alex.getByRole('checkbox', { name: new RegExp(`Select card “${text}`) }).check();
  }
  await alex.getByRole('button', { name: 'Group', exact: true }).click();
  await expect(fac.getByTestId('cluster')).toHaveCount(1);
  await goToPhase(fac, 'discuss');

  const notes = (page: Page) => page.getByLabel('Notes on this cluster');
  await notes(fac).fill(START);
  await notes(fac).blur();
  for (const page of [alex, bea]) await expect(notes(page)).toHaveValue(START);

  // Alex appends, Bea writes at the start, at the same time. Alex stops first, so his
  // text is saved while Bea is still typing hers.
  await notes(alex).click();
  await alex.keyboard.press('Control+End');
  await notes(bea).click();
  await bea.keyboard.press('Control+Home');
  await Promise.all([
    notes(alex).pressSequentially(ALEX, { delay: 25 }),
    notes(bea).pressSequentially(BEA, { delay: 60 }),
  ]);
  await expect(notes(bea)).toHaveValue(`${BEA}${START}${ALEX}`);
  await notes(bea).blur();
  await notes(alex).blur();

  for (const page of everyone) await expect(notes(page)).toHaveValue(`${BEA}${START}${ALEX}`);
});

/**
 * Two people write in the same notes at once. The facilitator starts the notes of the
 * one cluster; then Alex adds a sentence at the end while Bea, at the same time, writes
 * a summary at the start. Alex's save reaches Bea while she is still typing: it is
 * merged into what she has, her caret stays in her sentence, and the text everyone ends
 * with holds both people's words. Then both finish an edit of the impact answer at about
 * the same moment; and a pause after a typed space keeps the space.
 */
import type { Locator, Page } from '@playwright/test';
import { addCard, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const CARD_1 = 'Connection pool too small for peak traffic';
const CARD_2 = 'No alert on connection pool saturation';
const START = 'Pool was too small.';
const ALEX = ' Nobody load tested it.';
const BEA = 'Summary: the pool was undersized and nobody watched it. ';
const IMPACT = 'Alert on pool saturation.';
const ALEX_IMPACT = ' Roll back config changes automatically.';
const BEA_IMPACT = 'First: ';

/** Puts the caret at the start or the end of a field, as a person clicking in would. */
async function caretAt(field: Locator, where: 'start' | 'end'): Promise<void> {
  await field.click();
  await field.press(where === 'start' ? 'Control+Home' : 'Control+End');
}

/** Everyone's field holds the facilitator's starting text. */
async function startWith(fields: Locator[], text: string): Promise<void> {
  await fields[0]!.fill(text);
  await fields[0]!.blur();
  for (const field of fields) await expect(field).toHaveValue(text);
}

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
  await startWith(everyone.map(notes), START);

  // Alex appends, Bea writes at the start, at the same time. Alex stops first, so his
  // text is saved while Bea is still typing hers.
  await caretAt(notes(alex), 'end');
  await caretAt(notes(bea), 'start');
  await Promise.all([
    notes(alex).pressSequentially(ALEX, { delay: 25 }),
    notes(bea).pressSequentially(BEA, { delay: 60 }),
  ]);
  await expect(notes(bea)).toHaveValue(`${BEA}${START}${ALEX}`);
  await notes(bea).blur();
  await notes(alex).blur();

  for (const page of everyone) await expect(notes(page)).toHaveValue(`${BEA}${START}${ALEX}`);

  // Both leave the field at about the same moment: their saves may cross on the network,
  // and the document then keeps one of them; the other browser merges its own back in.
  const impact = (page: Page) =>
    page.getByLabel('How can we reduce the impact if it happens again?');
  await startWith(everyone.map(impact), IMPACT);
  await caretAt(impact(alex), 'end');
  await caretAt(impact(bea), 'start');
  await Promise.all([
    impact(alex).pressSequentially(ALEX_IMPACT),
    impact(bea).pressSequentially(BEA_IMPACT),
  ]);
  await Promise.all([impact(alex).blur(), impact(bea).blur()]);
  for (const page of everyone) {
    await expect(impact(page)).toHaveValue(`${BEA_IMPACT}${IMPACT}${ALEX_IMPACT}`);
  }

  // A pause after a space saves the text (the field keeps its focus: the pause alone
  // saves it, and the others see it); the space stays in the field for the next word.
  const before = `${BEA_IMPACT}${IMPACT}${ALEX_IMPACT}`;
  await caretAt(impact(alex), 'end');
  await impact(alex).pressSequentially(' Then ');
  // Saving trims the text: the others see it without the space.
  await expect(impact(fac)).toHaveValue(`${before} Then`);
  await expect(impact(alex)).toBeFocused();
  await impact(alex).pressSequentially('review.');
  await expect(impact(alex)).toHaveValue(`${before} Then review.`);
  await impact(alex).blur();
  await expect(impact(fac)).toHaveValue(`${before} Then review.`);
});

/**
 * Two people edit the same notes at once. The facilitator starts the notes of the one
 * cluster; then Alex deletes its middle sentence, key by key, while Bea, at the same
 * time, types a sentence at the end. The notes are a shared text: both edits survive
 * exactly, in every browser, and each caret stays where its owner was typing. Then a
 * space typed at the end of the impact answer is seen by the others as it is typed.
 *
 * The incident's summary is prose too: two facilitators preparing the board edit it at
 * once, one deleting a sentence while the other types at the end, and both edits survive.
 */
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  addCard,
  caretAt,
  deleteWhileTyping,
  expect,
  goToPhase,
  joinBoard,
  test,
  twoFacilitatorsOnIncident,
} from './fixtures.ts';

const CARD_1 = 'Connection pool too small for peak traffic';
const CARD_2 = 'No alert on connection pool saturation';
const FIRST = 'Pool was too small.';
const MIDDLE = ' Nobody load tested it.';
const LAST = ' Alerts came late.';
const BEA = ' Fix: size the pool for peak.';
const IMPACT = 'Alert on pool saturation.';
const SCREENSHOT = 'test-results/discuss-notes.png';
const SUMMARY_SCREENSHOT = 'test-results/incident-summary.png';

/** Everyone's field holds the facilitator's starting text. */
async function startWith(fields: Locator[], text: string): Promise<void> {
  await fields[0]!.fill(text);
  await fields[0]!.blur();
  for (const field of fields) await expect(field).toHaveValue(text);
}

test('two people edit the same notes at once: one deletes a sentence while the other types at the end, and both edits survive', async ({
  app,
}) => {
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
  await startWith(everyone.map(notes), `${FIRST}${MIDDLE}${LAST}`);

  // Alex deletes the middle sentence from its end, key by key, while Bea types at the end.
  await caretAt(notes(alex), FIRST.length + MIDDLE.length);
  await caretAt(notes(bea), 'end');
  await deleteWhileTyping(notes(alex), MIDDLE.length, notes(bea), BEA);
  const both = `${FIRST}${LAST}${BEA}`;
  for (const page of everyone) await expect(notes(page)).toHaveValue(both);
  // Each caret is still where its owner was typing.
  const caret = (page: Page) =>
    notes(page).evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(await caret(alex)).toBe(FIRST.length);
  expect(await caret(bea)).toBe(both.length);
  expect(await seriousViolations(fac, '.discussion')).toEqual([]);
  await fac.screenshot({ path: SCREENSHOT });

  // A space typed at the end reaches the others as it is typed, and the next word follows it.
  const impact = (page: Page) =>
    page.getByLabel('How can we reduce the impact if it happens again?');
  await startWith(everyone.map(impact), IMPACT);
  await caretAt(impact(alex), 'end');
  await impact(alex).pressSequentially(' Then ');
  await expect(impact(fac)).toHaveValue(`${IMPACT} Then `);
  await impact(alex).pressSequentially('review.');
  for (const page of everyone) await expect(impact(page)).toHaveValue(`${IMPACT} Then review.`);
});

test('two facilitators edit the incident summary at once: one deletes a sentence while the other types at the end, and both edits survive', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const both = await twoFacilitatorsOnIncident(app, board);
  const [fran, gus] = both;
  // The incident's title starts as the board's, and says so.
  await expect(fran.getByLabel('Title', { exact: true })).toHaveValue(
    'Checkout API 5xx after a pool change',
  );
  await expect(fran.getByText('The board’s title until you change it.')).toBeVisible();

  const summary = (page: Page) => page.getByLabel('Summary', { exact: true });
  await startWith(both.map(summary), `${FIRST}${MIDDLE}${LAST}`);

  // Fran deletes the middle sentence from its end, key by key, while Gus types at the end.
  await caretAt(summary(fran), FIRST.length + MIDDLE.length);
  await caretAt(summary(gus), 'end');
  await deleteWhileTyping(summary(fran), MIDDLE.length, summary(gus), BEA);
  const merged = `${FIRST}${LAST}${BEA}`;
  for (const page of both) await expect(summary(page)).toHaveValue(merged);
  const caret = (page: Page) =>
    summary(page).evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(await caret(fran)).toBe(FIRST.length);
  expect(await caret(gus)).toBe(merged.length);

  // The impact in words merges the same way, a space at the end included.
  const words = (page: Page) => page.getByLabel('Impact in words');
  await startWith(both.map(words), IMPACT);
  await caretAt(words(gus), 'end');
  await words(gus).pressSequentially(' Then ');
  await expect(words(fran)).toHaveValue(`${IMPACT} Then `);
  for (const field of ['.inc-field--summary', '.inc-field--impact-description']) {
    expect(await seriousViolations(fran, field)).toEqual([]);
  }
  await fran.screenshot({ path: SUMMARY_SCREENSHOT });
});

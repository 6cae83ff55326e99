/**
 * Past postmortems for the library and similar-incident stories: incident facts written
 * from Node into the board doc (as a facilitator's browser would), and a five-whys answer
 * typed in a browser by someone else, in Discuss.
 */
import {
  readIncident,
  roomName,
  updateIncident,
  type CreateBoardResponse,
} from '@hindsight/shared';
import type { Locator, Page } from '@playwright/test';
import { nodeDocs } from './nodeDocs.ts';
import { addCard, expect, goToPhase, joinBoard, type App } from './fixtures.ts';

export interface Facts {
  readonly services?: string[];
  readonly severity?: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  readonly summary?: string;
}

/** Writes incident facts into a board's doc with its facilitator token. */
export async function writeFacts(app: App, board: CreateBoardResponse, facts: Facts) {
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    updateIncident(doc, facts);
    // Written when the server has it: the facts read back from a second connection.
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect.poll(() => readIncident(check)).toMatchObject({ ...facts });
  } finally {
    docs.close();
  }
}

/**
 * A board taken to Discuss with one cluster: a participant writes a card, the facilitator
 * (from the board's link, no account) groups it, asks the first why and types `because`
 * as its answer, marked as the root cause. Answers the facilitator's page.
 */
export async function answerFirstWhy(
  app: App,
  board: CreateBoardResponse,
  card: string,
  because: string,
): Promise<Page> {
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const pat = await joinBoard(app, board.links.participant, 'Pat Participant');
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'brainstorm');
  await addCard(pat, 'What went wrong', card);
  await goToPhase(fac, 'cluster');
  await pat.getByRole('checkbox', { name: new RegExp(`Select card “${card}`) }).check();
  await pat.getByRole('button', { name: 'Group', exact: true }).click();
  await expect(fac.getByTestId('cluster')).toHaveCount(1);
  await goToPhase(fac, 'discuss');
  await pat.getByRole('button', { name: 'Ask the first why' }).click();
  await pat.getByLabel('Why 1', { exact: true }).fill(`Why did it happen? (${card})`);
  const answer = pat.getByLabel('Because 1', { exact: true });
  await answer.fill(because);
  await answer.blur();
  await pat.getByRole('button', { name: 'Why 1 is the root cause' }).click();
  await expect(fac.getByLabel('Because 1', { exact: true })).toHaveValue(because);
  await expect(fac.locator('[data-testid="why-level"][data-root-cause]')).toHaveCount(1);
  return fac;
}

/**
 * The index follows the boards a moment after they change: load the library again until
 * `rows` shows `count` postmortems (after each load, once the list has answered).
 */
export async function untilIndexed(page: Page, rows: Locator, count: number): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByTestId('library-row').first().or(page.getByTestId('library-empty')),
    ).toBeVisible();
    expect(await rows.count()).toBe(count);
  }).toPass();
}

/**
 * A hostile participant writes seeded random updates into the board doc and their own
 * private doc (shared/src/doc/hostileWrites.ts, the generator of the protocol-level
 * suite), before the meeting and in every phase. The facilitator walks every phase; the
 * facilitator's and an observer's pages render each one: no error boundary, no blank
 * page, no uncaught error. `HOSTILE_SEED` reproduces a run; a failure names the seed.
 */
import {
  addActionItem,
  addCard,
  addTimelineEvent,
  DEFAULT_TEMPLATE,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  setMemberName,
} from '@hindsight/shared';
import { hostileWrite, prng, WRITABLE_ROOTS } from '@hindsight/shared/hostile';
import type { Page } from '@playwright/test';
import { expect, joinBoard, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261206);
/** Updates before the meeting, then in each phase: within the socket's message burst. */
const BEFORE = 200;
const PER_PHASE = 30;
const SCREENSHOT = 'test-results/hostile.png';

/** The page shows the board, not the error boundary and not an empty screen. */
async function expectRendered(page: Page, phaseTitle: string | null): Promise<void> {
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  if (phaseTitle) await expect(page.getByTestId('phase-title')).toHaveText(phaseTitle);
  await expect(page.getByRole('main')).toBeVisible();
  expect(((await page.getByRole('main').innerText()) ?? '').trim().length).toBeGreaterThan(0);
}

test(`the facilitator and an observer see every phase after a hostile burst (seed ${SEED})`, async ({
  app,
}) => {
  test.setTimeout(300_000);
  test.info().annotations.push({ type: 'seed', description: `HOSTILE_SEED=${SEED}` });
  const board = await app.createBoard('Checkout 5xx');
  const docs = await nodeDocs(app.url);
  try {
    // An honest member with a card, and a board with something on it to corrupt.
    const patKey = newMemberKey();
    const pat = await docs.open(privateRoomName(board.id, memberIdOf(patKey)), {
      token: board.tokens.participant,
      member: patKey,
    });
    setMemberName(pat, 'Pat');
    addCard(pat, { text: 'Alerts were late', column: 'went-wrong' });
    const hostileBoard = await docs.open(board.id, { token: board.tokens.participant });
    addTimelineEvent(hostileBoard, { at: Date.now() - 60_000, kind: 'action', text: 'Rollback' });
    addActionItem(hostileBoard, { title: 'Alert on pool saturation', owner: 'Pat' });
    const malloryKey = newMemberKey();
    const mallory = await docs.open(privateRoomName(board.id, memberIdOf(malloryKey)), {
      token: board.tokens.participant,
      member: malloryKey,
    });
    setMemberName(mallory, 'Mallory');

    const random = prng(SEED);
    const burst = (writes: number) => {
      for (let i = 0; i < writes; i++) {
        if (random() < 0.7) hostileWrite(hostileBoard, WRITABLE_ROOTS.board, random);
        else hostileWrite(mallory, WRITABLE_ROOTS.private, random, { hugeString: 16 * 1024 });
      }
    };
    burst(BEFORE);

    const facilitator = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
    const observer = await joinBoard(app, board.links.observer, 'Olive Observer');
    const errors: string[] = [];
    for (const [who, page] of [
      ['facilitator', facilitator],
      ['observer', observer],
    ] as const) {
      page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
    }
    for (const page of [facilitator, observer]) await expectRendered(page, null);

    await facilitator.getByRole('button', { name: 'Start session' }).click();
    const phases = DEFAULT_TEMPLATE.phases;
    for (const [i, phase] of phases.entries()) {
      burst(PER_PHASE);
      for (const page of [facilitator, observer]) await expectRendered(page, phase.title);
      const next = phases[i + 1];
      await facilitator
        .getByRole('button', { name: next ? `Next: ${next.title}` : 'Finish session' })
        .click();
      // Leaving the brainstorm reveals the cards: the facilitator is asked first.
      if (phase.kind === 'brainstorm')
        await facilitator.getByRole('button', { name: `Reveal and go to ${next?.title}` }).click();
      // Finishing asks first too.
      if (!next) await facilitator.getByRole('button', { name: 'Finish now' }).click();
    }
    for (const page of [facilitator, observer]) {
      await expect(page.getByTestId('phase-header')).toContainText('Finished');
      await expectRendered(page, null);
    }
    await observer.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
  } finally {
    docs.close();
  }
});

/**
 * The facilitated session story: the facilitator prepares the plan, starts the session
 * and runs the phases and the timer; a participant and an observer follow in their own
 * browsers, see the same phase and the same countdown, and cannot run the session; the
 * participant's "I'm done" reaches the facilitator. Each person is a browser context.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  COLUMN_TITLES,
  expect,
  expectLive,
  giveName,
  joinBoard,
  pathOf,
  SAMPLE_CARDS,
  test,
} from './fixtures.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-session.png', import.meta.url));

/** Every button that runs the session; only the facilitator may have any of them. */
const FACILITATOR_BUTTONS = [
  'Start session',
  'Next',
  'Finish',
  'Back',
  'Start timer',
  'Pause timer',
  'Resume timer',
  '+1 min',
  '+5 min',
  'Reset timer',
  'Prepare session',
  'Edit plan',
  'Go to',
];

/** Seconds shown by a phase clock: "4:59" is 299, "+1:12" (overtime) is -72. */
function parseClock(text: string): number {
  const match = /^([+-]?)(?:(\d+):)?(\d+):(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not a clock: ${JSON.stringify(text)}`);
  const [, sign, h = '0', m = '0', s = '0'] = match;
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return sign === '' ? seconds : -seconds;
}

/** Reads the displayed clock of every page, one page after the other. */
async function readClocks(pages: readonly Page[]): Promise<number[]> {
  const texts = await Promise.all(pages.map((p) => p.getByTestId('phase-clock').innerText()));
  return texts.map(parseClock);
}

/**
 * The clocks of all pages agree within a second; returns the first page's reading. The
 * pages are read one after the other, and on a busy machine a running clock may tick
 * between two reads, so the readings are taken again until they agree: clocks that
 * really disagree never do, and the assertion fails.
 */
async function expectClocksAgree(pages: readonly Page[]): Promise<number> {
  let seconds: number[] = [];
  await expect
    .poll(
      async () => {
        seconds = await readClocks(pages);
        return Math.max(...seconds) - Math.min(...seconds);
      },
      { message: 'every page shows the same countdown, within a second' },
    )
    .toBeLessThanOrEqual(1);
  return seconds[0]!;
}

/** Waits until the first page's clock has counted down below `seconds`. */
async function expectClockBelow(page: Page, seconds: number): Promise<void> {
  await expect.poll(async () => (await readClocks([page]))[0]).toBeLessThan(seconds);
}

async function expectPhase(pages: readonly Page[], title: string): Promise<void> {
  for (const page of pages) await expect(page.getByTestId('phase-title')).toHaveText(title);
}

const agendaItem = (page: Page, phaseId: string) =>
  page.locator(`[data-testid="agenda-item"][data-phase="${phaseId}"]`);

async function addCard(page: Page, columnTitle: string, text: string) {
  const box = page.getByRole('textbox', { name: `New card in ${columnTitle}` });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

test('the facilitator runs the session; everyone follows the same phase and countdown', async ({
  app,
}) => {
  const board = await app.createBoard('Payment API outage');

  // The facilitator opens the board before the meeting: nothing has started.
  const facilitator = await app.newPerson();
  const fPage = facilitator.page;
  await fPage.goto(pathOf(board.links.facilitator));
  await giveName(fPage, 'Fran Facilitator');
  await expectLive(fPage);
  await expect(fPage.getByTestId('phase-title')).toHaveText('Ready when you are');

  // Prepare: a bad value stays in its field with the reason next to it; nothing is lost.
  await fPage.getByRole('button', { name: 'Prepare session' }).click();
  const goalMinutes = fPage.getByRole('textbox', { name: 'Minutes for phase 1' });
  await goalMinutes.fill('five');
  await expect(fPage.getByText('Minutes must be a number')).toBeVisible();
  await expect(goalMinutes).toHaveAttribute('aria-invalid', 'true');
  await fPage.getByRole('button', { name: 'Save plan' }).click();
  await expect(fPage.getByRole('alert')).toContainText('nothing was saved');
  await expect(goalMinutes).toHaveValue('five');

  // Rename a phase, change durations, save.
  await goalMinutes.fill('2');
  await fPage.getByRole('textbox', { name: 'Name of phase 2' }).fill('Timeline check');
  await fPage.getByRole('textbox', { name: 'Minutes for phase 3' }).fill('4');
  await fPage.getByRole('button', { name: 'Save plan' }).click();
  await expect(fPage.getByTestId('plan-status')).toHaveText(/Plan saved/);
  await expect(agendaItem(fPage, 'timeline')).toContainText('Timeline check');
  await expect(agendaItem(fPage, 'brainstorm')).toContainText('4 min');
  await fPage.getByRole('button', { name: 'Back to the board' }).click();

  // A participant and an observer join; they see the saved plan and no session controls.
  const participant = await app.newPerson();
  const pPage = participant.page;
  await pPage.goto(pathOf(board.links.participant));
  await giveName(pPage, 'Pat Participant');
  await expectLive(pPage);
  const observer = await app.newPerson();
  const oPage = observer.page;
  await oPage.goto(pathOf(board.links.observer));
  await giveName(oPage, 'Olga Observer');
  await expectLive(oPage);
  const everyone = [fPage, pPage, oPage];

  for (const page of [pPage, oPage]) {
    await expect(page.getByTestId('phase-title')).toHaveText('Waiting for the facilitator');
    await expect(agendaItem(page, 'timeline')).toContainText('Timeline check');
    await expect(agendaItem(page, 'goal')).toContainText('2 min');
  }

  // The facilitator starts: the Goal phase shows the goal and the blameless rule to all.
  await fPage.getByRole('button', { name: 'Start session' }).click();
  await expectPhase(everyone, 'Goal');
  await expect(oPage.getByTestId('goal-view')).toContainText('not who caused it');
  await expect(agendaItem(pPage, 'goal')).toHaveAttribute('aria-current', 'step');

  for (const page of [pPage, oPage]) {
    for (const name of FACILITATOR_BUTTONS) {
      await expect(page.getByRole('button', { name }), `${name} button`).toHaveCount(0);
    }
  }
  await expect(oPage.getByRole('button', { name: "I'm done" })).toHaveCount(0);

  // Next, next: everyone is in the brainstorm, with the same countdown.
  await fPage.getByRole('button', { name: 'Next: Timeline check' }).click();
  await expectPhase(everyone, 'Timeline check');
  await fPage.getByRole('button', { name: 'Next: Brainstorm' }).click();
  await expectPhase(everyone, 'Brainstorm');
  for (const page of everyone) {
    await expect(agendaItem(page, 'brainstorm')).toHaveAttribute('aria-current', 'step');
    await expect(agendaItem(page, 'goal')).not.toHaveAttribute('aria-current', 'step');
  }
  const running = await expectClocksAgree(everyone);
  expect(running).toBeGreaterThan(3 * 60);
  expect(running).toBeLessThanOrEqual(4 * 60);

  // Pause: every clock stops at the same time.
  await fPage.getByRole('button', { name: 'Pause timer' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('phase-clock').locator('..')).toContainText('paused');
  }
  const paused = await expectClocksAgree(everyone);
  // Something that stands still can only be watched for a while: this is an observation
  // window, not a wait for the clock. A busy machine makes it longer, never shorter.
  await fPage.waitForTimeout(1_500);
  expect(await readClocks(everyone)).toEqual([paused, paused, paused]);

  // +1 min, while paused: everyone gets the extra minute.
  await fPage.getByRole('button', { name: '+1 min' }).click();
  for (const page of everyone) {
    await expect
      .poll(async () => parseClock(await page.getByTestId('phase-clock').innerText()))
      .toBe(paused + 60);
  }

  // Resume: it counts down again, the same everywhere.
  await fPage.getByRole('button', { name: 'Resume timer' }).click();
  await expectClockBelow(pPage, paused + 60);
  const resumed = await expectClocksAgree(everyone);
  // A second later they still agree: no page runs faster or slower than the others.
  await expectClockBelow(fPage, resumed);
  await expectClocksAgree(everyone);

  // A participant is done: the facilitator sees the count and the name.
  await expect(fPage.getByTestId('readiness-count')).toHaveText('0 of 1 done');
  await pPage.getByRole('button', { name: "I'm done" }).click();
  await expect(pPage.getByRole('button', { name: "I'm done" })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fPage.getByTestId('readiness-count')).toHaveText('1 of 1 done');
  await expect(fPage.getByTestId('readiness-names')).toContainText('Done: Pat Participant');
  await expect(oPage.getByTestId('readiness-count')).toHaveText('1 of 1 done');
  await expect(oPage.getByTestId('readiness-names')).toHaveCount(0);

  // A draft being typed survives the move to the next phase (its view, the clustering
  // board, has no composer): it is still there when the brainstorm comes back below.
  const composer = pPage.getByRole('textbox', { name: 'New card in What went wrong' });
  await composer.fill('The retry storm doubled the load');
  await fPage.getByRole('button', { name: 'Next: Cluster' }).click();
  await fPage.getByRole('button', { name: 'Reveal and go to Cluster' }).click();
  await expectPhase(everyone, 'Cluster');
  await expect(composer).toHaveCount(0);
  // ...and "I'm done" starts over in the new phase.
  await expect(fPage.getByTestId('readiness-count')).toHaveText('0 of 1 done');
  await expect(pPage.getByRole('button', { name: "I'm done" })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // The facilitator jumps back to the brainstorm from the agenda; its time adds up.
  await agendaItem(fPage, 'brainstorm').getByRole('button').click();
  await expectPhase(everyone, 'Brainstorm');
  await expect(composer).toHaveValue('The retry storm doubled the load');
  await expect(agendaItem(oPage, 'cluster')).toContainText('0 / 5 min');
  await expectClocksAgree(everyone);

  if (process.env.UPDATE_SCREENSHOTS) {
    await composer.fill('');
    const perColumn: Record<string, number> = { 'went-well': 2, 'went-wrong': 3, lucky: 1 };
    const samples = SAMPLE_CARDS.filter(
      (s) => (perColumn[s.column] = (perColumn[s.column] ?? 0) - 1) >= 0,
    );
    for (const sample of samples) {
      const title = COLUMN_TITLES[sample.column];
      if (title) await addCard(pPage, title, sample.text);
    }
    await expect(fPage.getByRole('article')).toHaveCount(samples.length);
    await pPage.getByRole('button', { name: "I'm done" }).click();
    await expect(fPage.getByTestId('readiness-count')).toHaveText('1 of 1 done');
    await fPage.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await fPage.mouse.move(1, 890);
    await fPage.screenshot({ path: SCREENSHOT, animations: 'disabled' });
  }
});

test('one person is one avatar, whatever their tabs show: a second tab, a rename in one, a reload', async ({
  app,
}) => {
  const board = await app.createBoard('Presence across tabs');
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const avatars = (page: Page) => page.getByTestId('presence-peer');

  // Fran's second tab (same browser: same member key and name).
  const second = await fran.context().newPage();
  await second.goto(pathOf(board.links.facilitator));
  await expectLive(second);
  for (const page of [fran, second, alex]) {
    await expect(page.getByTestId('presence')).toHaveAttribute('aria-label', 'People here: 2');
    await expect(avatars(page)).toHaveCount(2);
  }

  // Renamed in the second tab only: the first still shows the old name, and it is still
  // one person for everyone (the server's presence id, not the name, says who is who).
  await second.getByRole('button', { name: 'Fran Facilitator (you). Change your name' }).click();
  const dialog = second.getByRole('dialog', { name: 'Change your name' });
  await dialog.getByLabel('Your name').fill('Fran Ann');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    second.getByRole('button', { name: 'Fran Ann (you). Change your name' }),
  ).toBeVisible();
  await expect(
    fran.getByRole('button', { name: 'Fran Facilitator (you). Change your name' }),
  ).toBeVisible();
  // Alex's row has the new name (the first of Fran's tabs by name stands for her)...
  await expect(avatars(alex).and(alex.locator('[data-name="Fran Ann"]'))).toHaveCount(1);
  // ...and still one avatar for Fran, in every tab.
  for (const page of [fran, second, alex]) await expect(avatars(page)).toHaveCount(2);

  // A reload leaves the old tab's state behind for a moment: still one Fran.
  await second.reload();
  await expectLive(second);
  for (const page of [fran, second, alex]) {
    await expect(avatars(page)).toHaveCount(2);
    await expect(page.getByTestId('presence')).toHaveAttribute('aria-label', 'People here: 2');
  }
});

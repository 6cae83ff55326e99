/**
 * The postmortem story, from Goal to the follow-up review, with a facilitator and two
 * participants, each in their own browser context.
 *
 * Driven through the UI: the phases, the brainstorm cards and the reveal, the Discuss
 * phase (cluster navigation, a five-whys chain with a root cause, the blame check), the
 * Actions phase (three actions with owners and due dates, "I own this", the
 * impact/effort matrix by pointer and by keyboard), the owner, the follow-up review and
 * its .ics invite, and closing the postmortem.
 * From Node: the two clusters, written into the board doc by a y-websocket client with
 * the participant token (as a browser would), so the story does not depend on the
 * Cluster phase's view. Nobody votes: the clusters are discussed oldest first.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupCards, readClusters, readRevealedCards, roomName } from '@hindsight/shared';
import type { Locator, Page } from '@playwright/test';
import { nodeDocs } from './nodeDocs.ts';
import {
  addCard,
  expect,
  expectLive,
  finishSession,
  giveName,
  joinBoard,
  pathOf,
  revealCards,
  test,
} from './fixtures.ts';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-discuss.png', import.meta.url));

const TITLE = 'Checkout API 5xx after a pool change';
const FRAN = 'Fran Facilitator';
const PAT = 'Pat Participant';
const SAM = 'Sam Participant';

const CARDS = {
  pat: [
    ['What went wrong', 'No alert on connection-pool saturation'],
    ['What went wrong', 'Pool size was changed in an unreviewed config PR'],
  ],
  sam: [
    ['What went wrong', 'The saturation graph was on nobody’s dashboard'],
    ['What went well', 'Rollback of the config took under a minute'],
  ],
} as const;

const WHYS = [
  ['Why did checkout return 5xx?', 'The API ran out of database connections'],
  ['Why did it run out of connections?', 'The pool was shrunk from 50 to 5'],
  ['Why was the pool shrunk?', 'A config change was merged without review'],
  ['Why was it merged without review?', 'Config repos have no required reviewers'],
  ['Why do they have no required reviewers?', 'Nobody owns the config repo settings'],
] as const;

const ACTIONS = {
  alert: 'Alert on connection-pool saturation',
  review: 'Require reviews on the config repo',
  dashboard: 'Add pool graphs to the service dashboard',
} as const;

/** A calendar date `days` from today (UTC, the board's default incident zone). */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An .ics file's properties, lines unfolded (RFC 5545 3.1): name (with params) → value. */
function icsProperties(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && !props.has(line.slice(0, colon))) {
      props.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return props;
}

async function expectPhase(pages: readonly Page[], title: string) {
  for (const page of pages) await expect(page.getByTestId('phase-title')).toHaveText(title);
}

const actionCard = (page: Page, title: string): Locator =>
  page.locator(`[data-testid="action-card"][data-title="${title}"]`);

async function addAction(page: Page, title: string, owner: string, due: string) {
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill(title);
  await form.getByLabel('Owner').fill(owner);
  await form.getByLabel('Due').fill(due);
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(form.getByLabel('What will we do?')).toHaveValue('');
}

test('a whole postmortem: five whys, actions with owners, the owner, the follow-up, closing', async ({
  app,
}) => {
  // The longest story, every phase from the goal to closing: three times the guard.
  test.slow();
  const docs = await nodeDocs(app.url);
  const open = (room: string, token: string) => docs.open(room, { token });

  try {
    const board = await app.createBoard(TITLE);

    // The facilitator's tab is the one that created the board: it knows the other links.
    const facilitator = await app.newPerson();
    await facilitator.context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
      `hindsight:board:${board.id}`,
      JSON.stringify(board),
    ] as const);
    const fPage = facilitator.page;
    await fPage.goto(pathOf(board.links.facilitator));
    await giveName(fPage, FRAN);
    await expectLive(fPage);
    const pPage = await joinBoard(app, board.links.participant, PAT);
    const sPage = await joinBoard(app, board.links.participant, SAM);
    const everyone = [fPage, pPage, sPage];

    // Goal, Timeline, Brainstorm.
    await fPage.getByRole('button', { name: 'Start session' }).click();
    await expectPhase(everyone, 'Goal');
    await fPage.getByRole('button', { name: 'Next: Timeline' }).click();
    await expectPhase(everyone, 'Timeline');
    await fPage.getByRole('button', { name: 'Next: Brainstorm' }).click();
    await expectPhase(everyone, 'Brainstorm');
    for (const [column, text] of CARDS.pat) await addCard(pPage, column, text);
    for (const [column, text] of CARDS.sam) await addCard(sPage, column, text);
    await revealCards(fPage);
    await expect(fPage.getByTestId('brainstorm-counts')).toHaveText('4 cards on the board');

    // Two clusters, written from Node into the board doc, as a participant's browser would.
    const facilitation = await open(roomName(board.id, 'facilitation'), board.tokens.participant);
    await expect.poll(() => readRevealedCards(facilitation).length).toBe(4);
    const revealed = readRevealedCards(facilitation);
    const idOf = (text: string) => revealed.find((c) => c.text === text)!.id;
    const boardDoc = await open(roomName(board.id), board.tokens.participant);
    const base = Date.now();
    groupCards(
      boardDoc,
      [CARDS.pat[0][1], CARDS.sam[0][1], CARDS.pat[1][1]].map(idOf),
      undefined,
      base,
      { name: 'Alerting and review gaps' },
    );
    groupCards(boardDoc, [idOf(CARDS.sam[1][1])], undefined, base + 1000, {
      name: 'Fast rollback',
    });
    await expect
      .poll(
        () =>
          readClusters(
            boardDoc,
            revealed.map((c) => c.id),
          ).clusters.length,
      )
      .toBe(2);

    await fPage.getByRole('button', { name: 'Next: Cluster' }).click();
    await expectPhase(everyone, 'Cluster');
    await fPage.getByRole('button', { name: 'Next: Discuss' }).click();
    await expectPhase(everyone, 'Discuss');

    // Discuss: everyone is on the first cluster, with half the phase's 20 minutes.
    for (const page of everyone) {
      await expect(page.getByTestId('cluster-name')).toHaveText('Alerting and review gaps');
      await expect(page.getByTestId('cluster-position')).toHaveText('Cluster 1 of 2');
      await expect(page.getByTestId('cluster-time')).toContainText('of 10:00 on this cluster');
    }
    await expect(pPage.getByRole('button', { name: 'Next cluster' })).toHaveCount(0);

    // Pat writes the five whys; Sam sees them arrive.
    for (const [i, [why, because]] of WHYS.entries()) {
      const n = i + 1;
      await pPage
        .getByRole('button', { name: n === 1 ? 'Ask the first why' : `Ask why ${n}` })
        .click();
      const whyBox = pPage.getByLabel(`Why ${n}`, { exact: true });
      await expect(whyBox).toBeFocused();
      await whyBox.fill(why);
      await pPage.getByLabel(`Because ${n}`, { exact: true }).fill(because);
    }
    await pPage.getByLabel('Because 5', { exact: true }).blur();
    await expect(sPage.getByLabel('Because 5', { exact: true })).toHaveValue(WHYS[4][1]);
    await expect(sPage.getByTestId('why-level')).toHaveCount(5);

    // Sam marks the fourth level as the root cause; everyone sees it.
    await sPage.getByRole('button', { name: 'Why 4 is the root cause' }).click();
    for (const page of everyone) {
      const root = page.locator('[data-testid="why-level"][data-root-cause]');
      await expect(root).toHaveCount(1);
      await expect(root.getByLabel('Because 4', { exact: true })).toHaveValue(WHYS[3][1]);
    }

    // The blame check underlines blaming words and suggests another question; it never blocks.
    const notes = sPage.getByLabel('Notes on this cluster');
    await notes.fill('Bob forgot to check the pool size before merging.');
    await expect(sPage.getByText('Blameless check:')).toBeVisible();
    await expect(sPage.getByText('Ask what allowed it to happen instead')).toBeVisible();
    await expect(notes).toHaveAttribute('data-blame', 'person-as-cause');
    await notes.fill('The merge check did not look at pool sizes.');
    await expect(sPage.getByText('Blameless check:')).toHaveCount(0);
    await sPage
      .getByLabel('How can we reduce the impact if it happens again?')
      .fill('Alert on pool saturation and roll back config automatically');
    await sPage.getByLabel('New contributing factor').fill('The change went out at lunch time');
    await sPage.getByRole('button', { name: 'Add factor' }).click();
    await expect(fPage.getByLabel('Notes on this cluster')).toHaveValue(
      'The merge check did not look at pool sizes.',
    );
    await expect(fPage.getByLabel('Factor 1', { exact: true })).toHaveValue(
      'The change went out at lunch time',
    );

    if (process.env.UPDATE_SCREENSHOTS) {
      await fPage.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await fPage.mouse.move(1, 890);
      await fPage.setViewportSize({ width: 1440, height: 1300 });
      await fPage.screenshot({ path: SCREENSHOT, animations: 'disabled' });
      await fPage.setViewportSize({ width: 1440, height: 900 });
    }

    // The facilitator moves everyone to the next cluster; its time starts from zero: it
    // shows no more than the time since the click (a second more for the clocks' offsets).
    const movedAt = Date.now();
    await fPage.getByRole('button', { name: 'Next cluster' }).click();
    for (const page of everyone) {
      await expect(page.getByTestId('cluster-name')).toHaveText('Fast rollback');
      await expect(page.getByTestId('cluster-position')).toHaveText('Cluster 2 of 2');
    }
    const clusterTime = await sPage.getByTestId('cluster-time').innerText();
    const spent = /^(\d+):(\d{2}) of 10:00/.exec(clusterTime);
    expect(spent, clusterTime).not.toBeNull();
    const spentSeconds = Number(spent![1]) * 60 + Number(spent![2]);
    expect(spentSeconds).toBeLessThanOrEqual((Date.now() - movedAt) / 1000 + 1);

    // Actions: three actions with owners and due dates.
    await fPage.getByRole('button', { name: 'Next: Actions' }).click();
    await expectPhase(everyone, 'Actions');
    const yesterday = dateIn(-1);
    await addAction(fPage, ACTIONS.alert, PAT, dateIn(14));
    await addAction(pPage, ACTIONS.review, SAM, dateIn(21));
    await addAction(sPage, ACTIONS.dashboard, FRAN, yesterday);
    for (const page of everyone) await expect(page.getByTestId('action-card')).toHaveCount(3);

    // The review action addresses the root cause found in Discuss.
    await actionCard(pPage, ACTIONS.review)
      .getByLabel('Addresses')
      .selectOption({ label: `Alerting and review gaps: root cause “${WHYS[3][1]}”` });

    // Pat owns the alert action and says so; everyone sees the commitment.
    await expect(
      actionCard(sPage, ACTIONS.alert).getByRole('button', { name: 'I own this' }),
    ).toHaveCount(0);
    await actionCard(pPage, ACTIONS.alert).getByRole('button', { name: 'I own this' }).click();
    for (const page of everyone) {
      await expect(actionCard(page, ACTIONS.alert).getByTestId('owner-confirmed')).toHaveText(
        `${PAT} owns this`,
      );
    }

    // Priority: drag one onto the matrix with the pointer, move another with the keyboard.
    const chip = (page: Page, title: string) =>
      page.locator('[data-matrix-chip]', { hasText: title });
    await chip(fPage, ACTIONS.alert).dragTo(fPage.locator('[data-quadrant="quick win"]'));
    await expect(actionCard(sPage, ACTIONS.alert).getByTestId('action-quadrant')).toHaveText(
      'Quick win',
    );
    await chip(sPage, ACTIONS.review).focus();
    await sPage.keyboard.press('ArrowRight');
    await expect(chip(sPage, ACTIONS.review)).toBeFocused();
    await expect(chip(sPage, ACTIONS.review)).toHaveAccessibleName(
      `${ACTIONS.review}: Major project`,
    );
    await sPage.keyboard.press('ArrowDown');
    await expect(chip(sPage, ACTIONS.review)).toHaveAccessibleName(`${ACTIONS.review}: Thankless`);
    await sPage.keyboard.press('ArrowUp');
    await expect(actionCard(fPage, ACTIONS.review).getByTestId('action-quadrant')).toHaveText(
      'Major project',
    );
    await expect(fPage.locator('[data-quadrant="major project"]')).toContainText(ACTIONS.review);

    // The Follow-up tab shows the follow-up review at any time, then goes back.
    await pPage.getByRole('button', { name: 'Follow-up', exact: true }).click();
    await expect(pPage.getByTestId('after-view')).toBeVisible();
    await expect(pPage.getByTestId('after-action')).toHaveCount(3);
    await pPage.getByRole('button', { name: 'Follow-up', exact: true }).click();
    await expect(pPage.getByTestId('actions-view')).toBeVisible();

    // Owner: the team agrees; the facilitator records it, the others read it.
    await fPage.getByRole('button', { name: 'Next: Owner' }).click();
    await expectPhase(everyone, 'Owner');
    await expect(pPage.getByRole('combobox', { name: 'Postmortem owner' })).toHaveCount(0);
    await fPage.getByRole('combobox', { name: 'Postmortem owner' }).fill(PAT);
    await fPage.getByRole('button', { name: 'Add owner' }).click();
    for (const page of everyone)
      await expect(page.getByTestId('postmortem-owners')).toContainText(PAT);
    await expect(fPage.getByLabel('Responsibility 4', { exact: true })).toHaveValue(
      'Close the incident when all actions are done',
    );
    await expect(sPage.getByTestId('responsibilities')).toContainText(
      'Close the incident when all actions are done',
    );

    // Follow-up: the facilitator schedules the review; the invite downloads for everyone.
    await fPage.getByRole('button', { name: 'Next: Follow-up' }).click();
    await expectPhase(everyone, 'Follow-up');
    const reviewDate = dateIn(30);
    await fPage.getByLabel('Date', { exact: true }).fill(reviewDate);
    await fPage.getByLabel('Time', { exact: true }).fill('14:30');
    const zone = fPage.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('berlin');
    await zone.press('Enter');
    await expect(zone).toHaveValue('Europe/Berlin');
    await fPage.getByRole('button', { name: 'Schedule the review' }).click();
    for (const page of everyone) {
      await expect(page.getByTestId('followup-when')).toContainText('14:30–15:00 (Europe/Berlin)');
    }

    const download = async (page: Page) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download invite (.ics)' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe(
        'followup-review-checkout-api-5xx-after-a-pool-change.ics',
      );
      return icsProperties(readFileSync(await file.path(), 'utf8'));
    };
    const ics = await download(pPage);
    expect(ics.get('SUMMARY')).toBe(`Follow-up review: ${TITLE}`);
    expect(ics.get('DTSTART;TZID=Europe/Berlin')).toBe(`${reviewDate.replaceAll('-', '')}T143000`);
    expect(ics.get('DURATION')).toBe('PT30M');
    // A participant's invite carries their own link, which opens the board for whoever they
    // forward it to with the same rights, never more.
    expect(ics.get('URL')).toBe(
      `${app.url}/b/${board.id}#token=${encodeURIComponent(board.tokens.participant)}`,
    );
    const description = ics.get('DESCRIPTION') ?? '';
    for (const title of Object.values(ACTIONS)) expect(description).toContain(title);
    // The facilitator who created the board sends the participant link.
    const fromFacilitator = await download(fPage);
    expect(fromFacilitator.get('URL')).toBe(
      `${app.url}/b/${board.id}#token=${encodeURIComponent(board.tokens.participant)}`,
    );

    // The session ends: everyone lands on the follow-up review.
    await finishSession(fPage);
    for (const page of everyone) {
      await expect(page.getByTestId('after-view')).toBeVisible();
      await expect(page.getByTestId('after-progress')).toContainText('0 of 3 done');
    }
    const row = (page: Page, title: string) =>
      page.getByTestId('after-action').filter({ hasText: title });
    await expect(row(pPage, ACTIONS.dashboard)).toHaveAttribute('data-overdue', 'true');
    await expect(row(pPage, ACTIONS.dashboard).getByText('Overdue', { exact: true })).toBeVisible();
    await expect(row(pPage, ACTIONS.alert)).not.toHaveAttribute('data-overdue', 'true');

    // Closing is refused while an action is open, naming it.
    const closed = (page: Page) =>
      page.getByTestId('postmortem-status').getByRole('button', { name: 'Closed' });
    await row(pPage, ACTIONS.alert).getByLabel('Status').selectOption('done');
    await row(sPage, ACTIONS.review).getByLabel('Status').selectOption('done');
    await expect(fPage.getByTestId('after-progress')).toContainText('2 of 3 done');
    await closed(fPage).click();
    await expect(fPage.getByTestId('close-refusal')).toHaveText(
      `The incident cannot close yet. 1 action is still open: ${ACTIONS.dashboard}.`,
    );
    await expect(fPage.getByTestId('postmortem-status')).not.toHaveAttribute(
      'data-status',
      'closed',
    );

    // Once every action is resolved, it closes.
    await row(sPage, ACTIONS.dashboard).getByLabel('Status').selectOption('done');
    await expect(fPage.getByTestId('after-progress')).toContainText('3 of 3 done');
    await expect(row(fPage, ACTIONS.dashboard)).not.toHaveAttribute('data-overdue', 'true');
    await closed(fPage).click();
    for (const page of everyone) {
      await expect(page.getByTestId('postmortem-status')).toHaveAttribute('data-status', 'closed');
    }
    await expect(pPage.getByText('Closed: every action is resolved.')).toBeVisible();
  } finally {
    docs.close();
  }
});

/**
 * History and restore: a participant deletes the timeline and every action with a
 * crafted update; the facilitator opens the history, restores the version before it,
 * and every browser shows them again; then the restore is undone and redone.
 */
import { actionItemsMap, addActionItem, addTimelineEvent, timelineMap } from '@hindsight/shared';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, goToPhase, joinBoard, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const SCREENSHOT = 'test-results/history.png';
const AT = Date.parse('2026-11-03T14:02:00Z');
const EVENTS = ['Deploy 4.2 starts', 'Checkout 5xx alert fires', 'Rollback done'];
const ACTIONS = ['Canary the payment service', 'Alert on the 5xx ratio'];

const chart = (page: Page) => page.getByRole('img', { name: /^Incident timeline chart/ });

test('a wiped timeline and action list come back for everyone from the history', async ({
  app,
}) => {
  test.setTimeout(240_000); // three people and two trips through the history
  const board = await app.createBoard('Checkout 5xx');
  const docs = await nodeDocs(app.url);
  try {
    const participantDoc = await docs.open(board.id, { token: board.tokens.participant });
    EVENTS.forEach((text, i) =>
      addTimelineEvent(participantDoc, { at: AT + i * 60_000, kind: 'action', text }),
    );
    for (const title of ACTIONS) addActionItem(participantDoc, { title });

    const fPage = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
    const pPage = await joinBoard(app, board.links.participant, 'Pat Participant');
    const oPage = await joinBoard(app, board.links.observer, 'Olive Observer');
    const everyone = [fPage, pPage, oPage];

    // Moving to another phase keeps a version of the board.
    await fPage.getByRole('button', { name: 'Start session' }).click();
    await fPage.getByRole('button', { name: 'Next: Timeline' }).click();
    for (const page of everyone) {
      await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 3 events');
    }

    // A participant sends one hand-made update that deletes every event and action.
    participantDoc.transact(() => {
      timelineMap(participantDoc).clear();
      actionItemsMap(participantDoc).clear();
    });
    for (const page of everyone) {
      await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 0 events');
    }

    // The facilitator opens the history, from the keyboard.
    const historyButton = fPage.getByRole('button', { name: 'History' });
    await historyButton.focus();
    await fPage.keyboard.press('Enter');
    const dialog = fPage.getByRole('dialog', { name: 'History' });
    await expect(dialog).toBeVisible();
    const versions = dialog.getByTestId('version');
    await expect(versions).toHaveCount(1);
    await expect(versions.first()).toContainText('Moved to Goal');
    await expect(versions.first().getByTestId('version-summary')).toHaveText(
      'timeline: 3 events added, 2 actions added',
    );
    const preview = dialog.frameLocator('iframe[title^="The board at"]');
    await expect(preview.getByRole('cell', { name: 'Rollback done' })).toBeVisible();
    expect(await seriousViolations(fPage, 'dialog[open]')).toEqual([]);
    await fPage.screenshot({ path: SCREENSHOT });

    await dialog.getByRole('button', { name: 'Restore this version…' }).click();
    const confirm = dialog.getByRole('group', { name: 'Confirm the restore' });
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog.getByTestId('restore-status')).toContainText('Restored the version of');
    for (const page of [pPage, oPage]) {
      await expect(chart(page)).toHaveAccessibleName('Incident timeline chart, 3 events');
    }
    // The wiped state is kept as a version too.
    await expect(versions.first()).toContainText('Before a restore');
    await expect(versions.first().getByTestId('version-summary')).toHaveText(
      'timeline: 3 events removed, 2 actions deleted',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(chart(fPage)).toHaveAccessibleName('Incident timeline chart, 3 events');

    // Everyone sees the actions again, and the restore can be undone and redone.
    await goToPhase(fPage, 'actions');
    const cards = (page: Page) => page.getByTestId('action-card');
    for (const page of everyone) await expect(cards(page)).toHaveCount(2);

    await historyButton.click();
    await dialog.getByRole('button', { name: 'Undo restore' }).click();
    await expect(dialog.getByTestId('restore-status')).toHaveText('Restore undone.');
    for (const page of everyone) await expect(cards(page)).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Redo restore' }).click();
    await expect(dialog.getByTestId('restore-status')).toHaveText('Restore redone.');
    for (const page of everyone) await expect(cards(page)).toHaveCount(2);
    await expect(cards(oPage).filter({ hasText: ACTIONS[0]! })).toHaveCount(1);

    // The history is the facilitator's alone.
    for (const page of [pPage, oPage]) {
      await expect(page.getByRole('button', { name: 'History' })).toHaveCount(0);
    }
  } finally {
    docs.close();
  }
});

/**
 * Every way out of the Export dialog (issue #19), from the keyboard: the document as
 * Markdown, HTML and JSON, printing, and the action items as CSV, for Jira, for Linear and
 * as a gh script for GitHub. Each option says what it is for; each download holds what
 * its tracker reads, the board's text as typed; axe finds nothing serious in the dialog.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  addActionItem,
  EXPORT_FORMAT_INFO,
  readActionItems,
  roomName,
  type CreateBoardResponse,
  type ExportFormat,
} from '@hindsight/shared';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, joinBoard, test, type App } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const ACTIONS = [
  { title: '$(touch pwned) Add range checks for pool sizes', owner: '@dana', due: '2026-11-20' },
  { title: '=1+1 alert on pool saturation', owner: 'Eli Park' },
] as const;

async function writeActions(app: App, board: CreateBoardResponse) {
  const docs = await nodeDocs(app.url);
  try {
    const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    for (const a of ACTIONS) addActionItem(doc, { ...a });
    const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
    await expect.poll(() => readActionItems(check).length).toBe(ACTIONS.length);
  } finally {
    docs.close();
  }
}

/** Presses a download's button with the keyboard and reads the file it saves. */
async function download(page: Page, format: ExportFormat) {
  const info = EXPORT_FORMAT_INFO[format];
  const button = page.getByRole('button', { name: `Download ${info.label}` });
  await expect(button).toHaveAccessibleDescription(info.purpose);
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(
    new RegExp(
      `^postmortem-pool-outage-[a-z0-9]+-\\d{4}-\\d{2}-\\d{2}\\.${info.extension.replace('.', '\\.')}$`,
    ),
  );
  return readFileSync(await file.path(), 'utf8');
}

test('the Export dialog offers every format and tracker from the keyboard, and each download reads right', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const title = `Pool outage ${tag}`;
  const board = await app.createBoard(title);
  await writeActions(app, board);
  const page = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');

  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the postmortem' });
  await expect(dialog.getByTestId('export-markdown-preview')).toContainText(ACTIONS[1].title);
  expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);

  // The preview's tabs: one stop in the tab order, the arrow keys move between them.
  const markdownTab = dialog.getByRole('tab', { name: 'Markdown' });
  await markdownTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'HTML' })).toBeFocused();
  await expect(dialog.getByRole('tab', { name: 'HTML' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('tabpanel', { name: 'HTML' })).toBeVisible();
  expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);

  expect(await download(page, 'markdown')).toMatch(new RegExp(`^# ${title}\\n`));
  expect(await download(page, 'html')).toMatch(/^<!doctype html>/);
  const json = JSON.parse(await download(page, 'json')) as {
    schemaVersion: number;
    actionItems: { id: string; action: string }[];
  };
  expect(json.schemaVersion).toBe(2);
  expect(json.actionItems.map((a) => a.action).sort()).toEqual(ACTIONS.map((a) => a.title).sort());
  expect(json.actionItems.every((a) => /^\w{16}$/.test(a.id))).toBe(true);

  expect(await download(page, 'csv')).toMatch(/^Summary,Description,Assignee,Due date/);
  const jira = await download(page, 'jira');
  expect(jira).toMatch(/^Summary,Issue Type,Description,Assignee,Due date,Priority,Labels/);
  expect(jira).toContain(',Task,');
  expect(jira).toContain(',@dana,2026-11-20,');
  const linear = await download(page, 'linear');
  expect(linear).toMatch(/^Title,Description,Status,Priority,Assignee,Labels,Due Date\r\n/);
  // Guarded for spreadsheets with the quote Linear's importer takes off again.
  expect(linear).toContain("'=1+1 alert on pool saturation,");
  const script = await download(page, 'github');
  expect(script).toMatch(/^#!\/bin\/sh\n/);
  expect(script).toContain(`--title='${ACTIONS[0].title}'`);
  expect(script).toContain('--assignee=dana');
  expect(script).toContain('Owner: Eli Park');

  // Print: the HTML export goes to a frame that prints and runs no script of its own.
  const print = dialog.getByRole('button', { name: 'Print or save as PDF' });
  await expect(print).toHaveAccessibleDescription(/Save as PDF/);
  await print.focus();
  await page.keyboard.press('Enter');
  const frame = page.locator('iframe.export-print-frame');
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  expect(await frame.getAttribute('srcdoc')).toMatch(/^<!doctype html>/);
  await expect(page.frameLocator('iframe.export-print-frame').locator('h1')).toHaveText(title);
  await expect(print).toBeEnabled();
});

test('the Export dialog says which template the document follows, and the facilitator changes it there', async ({
  app,
}) => {
  const board = await app.createBoard(`Pool outage ${randomUUID().slice(0, 6)}`);
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const open = async (page: Page) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the postmortem' });
    await expect(dialog.getByTestId('export-markdown-preview')).toContainText('## Summary');
    return dialog;
  };
  const facDialog = await open(fac);
  const alexDialog = await open(alex);
  await expect(alexDialog.getByTestId('document-template')).toHaveText(
    'Document template: Hindsight (executive page first), the workspace default',
  );
  expect(await seriousViolations(alex, 'dialog[open]')).toEqual([]);

  // Fran picks Atlassian's template in the dialog; both previews take its headings.
  const select = facDialog.getByLabel('Document template');
  await select.focus();
  await select.selectOption('atlassian');
  await expect(facDialog.getByTestId('export-markdown-preview')).toContainText(
    '## Incident summary',
  );
  await expect(alexDialog.getByTestId('document-template')).toHaveText(
    'Document template: Atlassian',
  );
  await expect(alexDialog.getByTestId('export-markdown-preview')).toContainText('## Leadup');
  expect(await seriousViolations(fac, 'dialog[open]')).toEqual([]);

  // The board's choice is the after view's too.
  await facDialog.getByRole('button', { name: 'Close' }).click();
  await fac.getByRole('button', { name: 'Follow-up', exact: true }).click();
  await expect(fac.getByTestId('after-findings').getByLabel('Document template')).toHaveValue(
    'atlassian',
  );
});

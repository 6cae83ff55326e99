/**
 * The published page offers every format the board's Export dialog does (issue #19): the
 * document as Markdown, HTML and JSON, printing, and the action items as CSV, for Jira,
 * for Linear and as a gh script for GitHub. A member downloads each from the keyboard and
 * gets what the export route gives for the board; an outsider with the public link gets
 * the same buttons. axe finds nothing serious on either page.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  ACTION_ITEM_FORMATS,
  DOCUMENT_FORMATS,
  EXPORT_FORMAT_INFO,
  type CreateBoardResponse,
  type ExportFormat,
} from '@hindsight/shared';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test, type App } from './fixtures.ts';
import { writeActions } from './ledgerActions.ts';

const ACTIONS = ['=1+1 alert on pool saturation', 'Add range checks for pool sizes'];

/** Presses a format's button with the keyboard and reads the file it saves. */
async function download(page: Page, format: ExportFormat): Promise<string> {
  const info = EXPORT_FORMAT_INFO[format];
  const button = page.getByRole('button', { name: info.label, exact: true });
  await expect(button).toHaveAccessibleDescription(info.purpose);
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename().endsWith(`.${info.extension}`)).toBe(true);
  return readFileSync(await file.path(), 'utf8');
}

/** The board's export from the route, as the Export dialog downloads it. */
async function routeExport(app: App, board: CreateBoardResponse, format: ExportFormat) {
  const res = await fetch(`${app.url}/api/boards/${board.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${board.tokens.observer}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

/** Every format's button, in the two groups the dialog has. */
async function expectEveryFormat(page: Page) {
  const document = page.getByRole('group', { name: 'Download', exact: true });
  const actions = page.getByRole('group', { name: 'Download the action items' });
  await expect(document.getByRole('button')).toHaveText([
    ...DOCUMENT_FORMATS.map((f) => EXPORT_FORMAT_INFO[f].label),
    'Print or save as PDF',
  ]);
  await expect(actions.getByRole('button')).toHaveText(
    ACTION_ITEM_FORMATS.map((f) => EXPORT_FORMAT_INFO[f].label),
  );
}

test('the published page offers every format the Export dialog does, to a member and to an outsider', async ({
  app,
  page,
}) => {
  const title = `Pool outage ${randomUUID().slice(0, 6)}`;
  const board = await app.createBoard(title);
  await writeActions(app, board, ACTIONS, '@dana');

  await signIn(page, account('member', 'Pia Published'));
  await page.goto(`/postmortems/${board.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectEveryFormat(page);
  expect(await seriousViolations(page, 'body')).toEqual([]);

  expect(await download(page, 'markdown')).toMatch(new RegExp(`^# ${title}\\n`));
  expect(await download(page, 'html')).toMatch(/^<!doctype html>/);
  const json = JSON.parse(await download(page, 'json')) as { actionItems: { action: string }[] };
  expect(json.actionItems.map((a) => a.action).sort()).toEqual([...ACTIONS].sort());
  // The action items' files hold what the route gives for the board, byte for byte.
  for (const format of ACTION_ITEM_FORMATS) {
    expect(await download(page, format), format).toBe(await routeExport(app, board, format));
  }

  // Print: the HTML goes to a frame that prints and runs no script of its own.
  const print = page.getByRole('button', { name: 'Print or save as PDF' });
  await expect(print).toHaveAccessibleDescription(/Save as PDF/);
  await print.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe.export-print-frame')).toHaveAttribute(
    'sandbox',
    'allow-same-origin allow-modals',
  );
  await expect(page.frameLocator('iframe.export-print-frame').locator('h1')).toHaveText(title);

  // An outsider with the public link: the same formats, and the Jira file as the route has it.
  await page.getByRole('button', { name: 'Make a public link' }).click();
  const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();
  expect(link).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
  const { page: outsider } = await app.newPerson();
  await outsider.goto(link);
  await expect(outsider.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectEveryFormat(outsider);
  expect(await download(outsider, 'jira')).toBe(await routeExport(app, board, 'jira'));
  expect(await seriousViolations(outsider, 'body')).toEqual([]);
});

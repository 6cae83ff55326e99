/**
 * The workspace's document template (issue #19), on a server of its own since it changes
 * the workspace's settings: an admin picks Google SRE's from the keyboard on the
 * Document template page; a meeting whose facilitator chose none then exports under
 * Google SRE's headings, and its participant is told that is the workspace's default. A
 * member is offered no link to the page, is told it is for admins, and the server
 * refuses their change.
 */
import { DocumentSettingsSchema } from '@hindsight/shared';
import type { BrowserContext } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import {
  account,
  expect,
  expectAdminsOnly,
  newPerson,
  putWithSession,
  signIn,
  test,
} from './fixtures.ts';
import { meetingOn, ownServer } from './ownServer.ts';

const server = ownServer(() => ({}));

test('an admin makes Google SRE the workspace’s template; a board that chose none exports under it; a member cannot change it', async ({
  browser,
  request,
}) => {
  const { url, dataDir } = server();
  const contexts: BrowserContext[] = [];
  try {
    const { page } = await newPerson(browser, url, contexts);
    await signIn(page, account('admin', 'Ada Admin', dataDir));
    await page.getByRole('button', { name: 'Ada Admin' }).click();
    await page.getByRole('link', { name: 'Document template' }).click();
    await expect(page.getByRole('heading', { name: 'Document template', level: 1 })).toBeVisible();
    const ours = page.getByRole('radio', { name: 'Hindsight (executive page first)' });
    await expect(ours).toBeChecked();

    // From the keyboard: the arrow keys move through the templates, Enter saves.
    await ours.focus();
    await page.keyboard.press('ArrowDown');
    const google = page.getByRole('radio', { name: 'Google SRE' });
    await expect(google).toBeChecked();
    await expect(google).toHaveAccessibleDescription(/Google SRE book’s example/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('now follows Google SRE');
    expect(await seriousViolations(page, 'body')).toEqual([]);
    const stored = DocumentSettingsSchema.parse(
      await page.evaluate(async () => (await fetch('/api/documents/settings')).json()),
    );
    expect(stored).toEqual({ defaultTemplate: 'google-sre' });
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Google SRE' })).toBeChecked();
    // On a phone: nothing runs past the screen's width, and axe finds nothing serious.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth),
    ).toBe(true);
    const save = page.getByRole('button', { name: 'Save' });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport({ ratio: 1 });
    expect(await seriousViolations(page, 'body')).toEqual([]);

    // A meeting whose facilitator chose no template: the document follows Google SRE's.
    const meeting = await meetingOn(server(), { browser, request }, 'Queue backlog');
    try {
      await meeting.pPage.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = meeting.pPage.getByRole('dialog', { name: 'Export the postmortem' });
      await expect(dialog.getByTestId('document-template')).toHaveText(
        'Document template: Google SRE, the workspace default',
      );
      const preview = dialog.getByTestId('export-markdown-preview');
      await expect(preview).toContainText('## Root Causes');
      await expect(preview).toContainText('## Lessons Learned');
      // The facilitator's own choice wins over the workspace's.
      await meeting.fPage.getByRole('button', { name: 'Export', exact: true }).click();
      const select = meeting.fPage
        .getByRole('dialog', { name: 'Export the postmortem' })
        .getByLabel('Document template');
      await expect(select.locator('option:checked')).toHaveText(
        'Google SRE, the workspace default',
      );
      await select.selectOption('default');
      await expect(dialog.getByTestId('document-template')).toHaveText(
        'Document template: Hindsight (executive page first)',
      );
      await expect(preview).not.toContainText('## Root Causes');
    } finally {
      await meeting.close();
    }

    // A member: no link in the menu, the page says it is for admins, the server refuses.
    const { page: member } = await newPerson(browser, url, contexts);
    await signIn(member, account('member', 'Mia Member', dataDir));
    await expectAdminsOnly(member, {
      person: 'Mia Member',
      link: 'Document template',
      path: '/document-template',
      refusal: 'Only admins set the document template',
    });
    await expect(member.getByRole('radio')).toHaveCount(0);
    const refused = await putWithSession(member, '/api/documents/settings', {
      defaultTemplate: 'atlassian',
    });
    expect(refused).toBe(403);
    expect(await seriousViolations(member, 'body')).toEqual([]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

/**
 * The action policy page (issue #18), on a server of its own since it changes the
 * workspace's settings: an admin opens it from the account menu and, from the keyboard,
 * is told what is wrong with a span the schema refuses, then sets SEV2 actions due within
 * 2 weeks and turns on closing by itself; it is saved and stays so after a reload. A
 * member is offered no link to it, is told why the page is not theirs, and the server
 * refuses their change.
 */
import { ActionSettingsSchema } from '@hindsight/shared';
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
import { ownServer } from './ownServer.ts';

const server = ownServer(() => ({}));

test('an admin sets SEV2 actions due within 2 weeks and postmortems to close by themselves; a member cannot', async ({
  browser,
}) => {
  const { url, dataDir } = server();
  const contexts: BrowserContext[] = [];
  try {
    const { page } = await newPerson(browser, url, contexts);
    await signIn(page, account('admin', 'Ada Admin', dataDir));
    await page.getByRole('button', { name: 'Ada Admin' }).click();
    await page.getByRole('link', { name: 'Action policy' }).click();
    await expect(page.getByRole('heading', { name: 'Action policy', level: 1 })).toBeVisible();
    const sev2 = page.getByLabel('SEV2 actions due within');
    await expect(sev2).toHaveValue('8');
    await expect(page.getByLabel('SEV2 unit')).toHaveValue('weeks');
    await expect(page.getByTestId('policy-reminders')).toContainText(
      'reminded 3 days before an action is due',
    );

    // From the keyboard: a span the schema refuses is named under its field, nothing saved.
    await sev2.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(page.getByText('At least 1 day')).toBeVisible();
    await expect(sev2).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText('Not saved: check the fields marked above.');

    await sev2.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    const autoClose = page.getByLabel(
      'Close a postmortem by itself once its last action is resolved',
    );
    await autoClose.focus();
    await page.keyboard.press('Space');
    await expect(autoClose).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Saved.');
    await expect(page.getByText('At least 1 day')).toHaveCount(0);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('action-policy.png'), fullPage: true });

    const stored = ActionSettingsSchema.parse(
      await page.evaluate(async () => (await fetch('/api/actions/settings')).json()),
    );
    expect(stored).toEqual({
      duePolicy: { SEV1: 28, SEV2: 14, SEV3: 84, SEV4: 112 },
      autoClose: true,
    });
    await page.reload();
    await expect(page.getByLabel('SEV2 actions due within')).toHaveValue('2');
    await expect(autoClose).toBeChecked();

    // A member: no link in the menu, the page says it is for admins, the server refuses.
    const { page: member } = await newPerson(browser, url, contexts);
    await signIn(member, account('member', 'Mia Member', dataDir));
    await expectAdminsOnly(member, {
      person: 'Mia Member',
      link: 'Action policy',
      path: '/action-policy',
      refusal: 'Only admins set the action policy',
    });
    await expect(member.getByLabel('SEV2 actions due within')).toHaveCount(0);
    const refused = await putWithSession(member, '/api/actions/settings', {
      duePolicy: { SEV2: 7 },
      autoClose: false,
    });
    expect(refused).toBe(403);
    expect(await seriousViolations(member, 'body')).toEqual([]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

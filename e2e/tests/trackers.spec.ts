/**
 * Issue trackers in the browser (issue #18): an admin connects GitHub from the account
 * menu (pointed at a local stand-in of its API started by this story; a token pasted
 * wrong is refused by its test, which says what to check), the postmortem's
 * facilitator picks the repository on the ledger, a member files an action's issue from
 * the ledger, and the facilitator, on the board's follow-up view in another browser, sees
 * its link appear live; GitHub (the stand-in) then reports the issue closed with a signed
 * webhook, and the action shows done in the ledger and on the board.
 */
import { randomUUID } from 'node:crypto';
import { addActionItem, readActionItems, roomName } from '@hindsight/shared';
import { githubStandIn } from '../../server/test/support/trackerStandIn.ts';
import { seriousViolations } from './axe.ts';
import { account, expect, openBoardSignedIn, signIn, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const TOKEN = 'ghp_e2e0123456789abcdefghijklmnopqrstuv';
const SECRET = 'whsec-e2e-0123456789abcdef0123456789abcdef';
const REPO = 'octocat/Hello-World';

test('an admin connects GitHub, the facilitator picks the repository, a member files an issue; its link shows live and its closing marks the action done', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const github = await githubStandIn(TOKEN);
  try {
    const board = await app.createBoard(`Checkout outage ${tag}`);
    const title = `Alert on checkout ${tag}`;
    const docs = await nodeDocs(app.url);
    try {
      const doc = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
      addActionItem(doc, { title, owner: 'Sam Roe', due: '2026-01-15' });
      const check = await docs.open(roomName(board.id), { token: board.tokens.facilitator });
      await expect.poll(() => readActionItems(check).map((a) => a.title)).toContain(title);
    } finally {
      docs.close();
    }

    // The admin connects GitHub from the account menu.
    const admin = (await app.newPerson()).page;
    await signIn(admin);
    await admin.getByRole('button', { name: 'Olu Owner' }).click();
    await admin.getByRole('link', { name: 'Issue trackers' }).click();
    await expect(admin.getByRole('heading', { name: 'Issue trackers', level: 1 })).toBeVisible();
    const form = admin.getByRole('form', { name: 'Connect GitHub' });
    await form.getByLabel('GitHub API URL').fill(github.url);
    // A token pasted wrong first: the test says what GitHub refused and what to check.
    await form.getByLabel('GitHub Token').fill('ghp_pasted_wrong');
    await form.getByLabel('GitHub webhook secret').fill(SECRET);
    await form.getByRole('button', { name: 'Save GitHub' }).click();
    await expect(admin.getByTestId('tracker-github-state')).toContainText(
      'Connected. Token set; webhook secret set.',
    );
    const tested = admin.getByTestId('tracker-github-test');
    await admin.getByRole('button', { name: 'Test GitHub connection' }).click();
    await expect(tested).toContainText(
      'GitHub refused the token (401): check it has the `repo` scope (a fine-grained token: Issues read and write on the repository) and has not expired.',
    );
    await expect(tested).toContainText('GitHub said: Bad credentials');
    expect(await seriousViolations(admin, 'body')).toEqual([]);
    await admin.screenshot({ path: 'test-results/trackers-admin-refused.png', fullPage: true });
    await form.getByLabel('GitHub Token').fill(TOKEN);
    await form.getByRole('button', { name: 'Save GitHub' }).click();
    await expect(form.getByLabel('GitHub Token')).toHaveValue('');
    await admin.getByRole('button', { name: 'Test GitHub connection' }).click();
    await expect(tested).toHaveText('GitHub knows the token as octocat.');
    expect(await seriousViolations(admin, 'body')).toEqual([]);
    await admin.screenshot({ path: 'test-results/trackers-admin.png', fullPage: true });

    // The facilitator, signed in, runs the board, then picks the repository on the ledger.
    const fran = (await app.newPerson()).page;
    await signIn(fran, account('member', 'Fran Lee'));
    await openBoardSignedIn(fran, board.links.facilitator);
    // She facilitates it once the board has recorded her name from her presence there, a
    // moment after it went live; from then on the ledger offers her the form.
    const target = fran.getByRole('form', { name: 'Issue tracker' });
    await expect(async () => {
      await fran.goto(`/actions?postmortem=${board.id}`);
      await expect(target).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: 60_000 });
    await target.getByLabel('Issues go to').selectOption('github');
    await target.getByLabel('Repository').fill(REPO);
    await target.getByRole('button', { name: 'Save tracker' }).click();
    await expect(target.getByRole('status')).toHaveText('Tracker saved.');
    // Back on the board's follow-up view, watching the action.
    await openBoardSignedIn(fran, board.links.facilitator);
    await fran.getByRole('button', { name: 'Follow-up', exact: true }).click();
    const watched = fran.getByTestId('after-action').filter({ hasText: title });
    await expect(watched.getByLabel('Status')).toHaveValue('open');

    // A member files the issue from the ledger, from the keyboard.
    const sam = (await app.newPerson()).page;
    await signIn(sam, account('member', 'Sam Roe'));
    await sam.goto(`/actions?postmortem=${board.id}`);
    // Sam does not facilitate it: he reads where its issues go and cannot change it.
    await expect(sam.getByTestId('tracker-target')).toHaveText(
      `Issues go to GitHub, ${REPO}. Its facilitator or an admin chooses it.`,
    );
    await expect(sam.getByRole('form', { name: 'Issue tracker' })).toHaveCount(0);
    const row = sam.getByTestId('ledger-row').filter({ hasText: title });
    const file = row.getByRole('button', { name: `File issue for “${title}”` });
    expect(await seriousViolations(sam, 'body')).toEqual([]);
    await file.focus();
    await sam.keyboard.press('Enter');
    const issueUrl = `https://github.com/${REPO}/issues/1347`;
    await expect(row.getByRole('link', { name: 'Ticket' })).toHaveAttribute('href', issueUrl);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await seriousViolations(sam, 'body')).toEqual([]);

    // The facilitator sees the link appear on the board without reloading.
    await expect(watched.getByRole('link', { name: 'Open' })).toHaveAttribute('href', issueUrl);
    await fran.screenshot({ path: 'test-results/trackers-board-link.png', fullPage: true });

    // GitHub closes the issue and says so with a signed webhook.
    const delivery = github.webhook(REPO, 1347, 'closed', SECRET);
    const res = await fetch(`${app.url}/api/trackers/github/webhook`, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
    });
    expect(res.status).toBe(200);
    await expect(watched.getByLabel('Status')).toHaveValue('done');
    await sam.reload();
    await expect(row).toContainText('Done');
    await sam.screenshot({ path: 'test-results/trackers-ledger-done.png', fullPage: true });
  } finally {
    await github.close();
  }
});

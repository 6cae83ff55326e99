/**
 * Importing a postmortem (issue #17): from the workspace home, a member picks a JSON export,
 * is shown where a broken file is wrong, fixes it, and lands on the new postmortem's
 * published page.
 */
import { randomUUID } from 'node:crypto';
import { seriousViolations } from './axe.ts';
import { account, expect, signIn, test } from './fixtures.ts';

test('a member imports a file with an error, sees its line, fixes it, and lands on the published page', async ({
  app,
}) => {
  const title = `Imported outage ${randomUUID().slice(0, 6)}`;
  // An export from elsewhere: a board's JSON, under a new title.
  const board = await app.createBoard('Source board');
  const exported = await fetch(`${app.url}/api/boards/${board.id}/export?format=json`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  expect(exported.status).toBe(200);
  const good = JSON.stringify({ ...((await exported.json()) as object), title }, null, 2);
  // The same file with a second comma at the end of its third line.
  const lines = good.split('\n');
  lines[2] = `${lines[2]},`;
  const broken = lines.join('\n');

  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Mo Member'));
  // The workspace home leads there, from the keyboard too.
  await page.getByRole('link', { name: 'import a postmortem' }).press('Enter');
  await expect(page).toHaveURL(/\/import$/);
  const form = page.getByRole('form', { name: 'Import a postmortem' });
  await expect(form).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);

  const picker = form.getByLabel('JSON export file');
  await picker.setInputFiles({
    name: 'postmortem.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  // From the keyboard: the Import button, by Enter.
  await form.getByRole('button', { name: 'Import' }).press('Enter');
  const error = form.getByRole('alert');
  await expect(error).toContainText(/Line 3, column \d+/);
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: test.info().outputPath('import-error.png'), fullPage: true });

  await picker.setInputFiles({
    name: 'postmortem.json',
    mimeType: 'application/json',
    buffer: Buffer.from(good),
  });
  await expect(error).toHaveCount(0);
  await form.getByRole('button', { name: 'Import' }).press('Enter');
  await expect(page).toHaveURL(/\/postmortems\/[A-Za-z0-9]{8,32}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('public-link-state')).toContainText('No public link');
});

test('an imported export brings its meeting: the published page shows its clusters, votes and whys', async ({
  app,
}) => {
  const title = `Imported meeting ${randomUUID().slice(0, 6)}`;
  const board = await app.createBoard('Source board');
  const exported = await fetch(`${app.url}/api/boards/${board.id}/export?format=json`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  expect(exported.status).toBe(200);
  const base = (await exported.json()) as {
    status: object;
    retrospective: { columns: { id: string; clusters: unknown; cards: unknown[] }[] };
  };
  // What a meeting elsewhere left: two clusters with their tally, a discussed one's whys.
  const columns = base.retrospective.columns.map((c, i) => ({
    ...c,
    clusters:
      i === 0
        ? []
        : i === 1
          ? [
              {
                id: 'alerting',
                title: 'Alerting gaps',
                votes: 5,
                cards: [{ text: 'The pager stayed silent' }, { text: 'Nobody saw the graph' }],
              },
              {
                id: 'rollout',
                title: 'Rollout too fast',
                votes: 2,
                cards: [{ text: 'All pods at once' }],
              },
            ]
          : [],
    cards: i === 0 ? [{ text: 'Rollback took two minutes' }] : [],
  }));
  const file = {
    ...base,
    title,
    status: { ...base.status, session: 'finished' },
    retrospective: { revealed: true, namedCards: false, columns },
    rootCauses: [
      {
        clusterId: 'alerting',
        topic: 'Alerting gaps',
        whys: [
          {
            why: 'Why was nobody paged?',
            because: 'The alert fired on errors only',
            rootCause: false,
          },
          {
            why: 'Why on errors only?',
            because: 'Pool saturation had no alert at all',
            rootCause: true,
          },
        ],
        rootCause: 'Pool saturation had no alert at all',
        factors: ['A quiet Sunday'],
        reduceImpact: 'Page on pool saturation',
        notes: '',
      },
    ],
  };

  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Mo Member'));
  await page.goto(`${app.url}/import`);
  const form = page.getByRole('form', { name: 'Import a postmortem' });
  await form.getByLabel('JSON export file').setInputFiles({
    name: 'postmortem.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file, null, 2)),
  });
  await form.getByRole('button', { name: 'Import' }).press('Enter');
  await expect(page).toHaveURL(/\/postmortems\/[A-Za-z0-9]{8,32}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Alerting gaps (5 votes)' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rollout too fast (2 votes)' })).toBeVisible();
  await expect(page.getByText('The pager stayed silent')).toBeVisible();
  await expect(page.getByText('Pool saturation had no alert at all').first()).toBeVisible();
  const question = page.getByText('Why was nobody paged?');
  await expect(question).toBeVisible();
  // The question reads as one line of text, not squeezed into the Discuss board's card.
  const box = (await question.boundingBox())!;
  expect(box.height).toBeLessThan(40);
  await expect(page.getByText('Page on pool saturation').first()).toBeVisible();
  expect(await seriousViolations(page, 'body')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('imported-meeting.png'), fullPage: true });
});

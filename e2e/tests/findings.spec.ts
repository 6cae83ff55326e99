/**
 * The postmortem's findings, filled where they come up: two people write the trigger and
 * how it was found in the Timeline phase, the lessons in Discuss, an action's type in
 * Actions. The exported Markdown and HTML show them on page one, in the executive page's
 * order, before the timeline; the facilitator switches the document template in the
 * after view and the headings change. The leadup, written in the Timeline phase and
 * added to in the after view, reaches the other person as it is typed and the document
 * under its heading, which says it is not recorded until it is. axe checks the new fields.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { caretAt, expect, goToPhase, joinBoard, test } from './fixtures.ts';

const TRIGGER = 'A config push lowered the checkout DB pool from 200 to 20.';
const FOUND = 'The checkout 5xx alert paged the on-call.';
const SOONER = 'Alert on pool saturation.';
const LESSON = 'Staging values can starve production.';
const ACTION = 'Add range checks for pool sizes';

/** Where each text is in `text`; fails when one is missing. */
function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((n) => {
    const at = text.indexOf(n);
    expect(at, n).toBeGreaterThanOrEqual(0);
    return at;
  });
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('two people fill the findings in their phases; the export shows them first, in the template’s headings', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');

  // Timeline: Alex writes the trigger, Fran how it was found; each sees the other's.
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'timeline');
  await field(alex, 'Trigger').fill(TRIGGER);
  await field(fac, 'How it was found').fill(FOUND);
  await field(fac, 'How to find it sooner').fill(SOONER);
  await expect(field(fac, 'Trigger')).toHaveValue(TRIGGER);
  await expect(field(alex, 'How it was found')).toHaveValue(FOUND);
  expect(await seriousViolations(alex, '[data-testid="timeline-findings"]')).toEqual([]);
  await alex.screenshot({ path: 'test-results/findings-timeline.png' });

  // Discuss: Alex writes a lesson; Fran sees it.
  await goToPhase(fac, 'discuss');
  await field(alex, 'Lessons learned').fill(LESSON);
  await expect(field(fac, 'Lessons learned')).toHaveValue(LESSON);
  expect(await seriousViolations(fac, '[data-testid="discuss-findings"]')).toEqual([]);

  // Actions: Alex adds an action, Fran says it prevents a repeat.
  await goToPhase(fac, 'actions');
  const form = alex.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will we do?').fill(ACTION);
  await form.getByRole('button', { name: 'Add action' }).click();
  const card = fac.getByTestId('action-card');
  await expect(card).toHaveCount(1);
  await card.getByLabel('Type', { exact: true }).selectOption('prevent');
  await expect(alex.getByTestId('action-card').getByLabel('Type', { exact: true })).toHaveValue(
    'prevent',
  );
  expect(await seriousViolations(fac, '[data-testid="action-card"]')).toEqual([]);

  // The export: on page one, in order, before the timeline.
  const exported = async (format: 'markdown' | 'html') => {
    const res = await fetch(`${app.url}/api/boards/${board.id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    expect(res.status).toBe(200);
    return res.text();
  };
  const md = await exported('markdown');
  const order = positions(md, [
    '## Trigger',
    TRIGGER,
    '## Detection',
    FOUND,
    SOONER,
    '## Top actions',
    `| ${ACTION} | Prevent |`,
    '## Timeline',
    '## Lessons learned',
    `- ${LESSON}`,
  ]);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const html = await exported('html');
  const htmlOrder = positions(html, [
    '<section id="trigger"',
    TRIGGER,
    '<section id="detection"',
    FOUND,
    '<section id="top-actions"',
    'Prevent',
    '<section id="timeline"',
  ]);
  expect(htmlOrder).toEqual([...htmlOrder].sort((a, b) => a - b));

  // The facilitator switches the template in the after view: the headings change.
  await fac.getByRole('button', { name: 'Follow-up', exact: true }).click();
  const after = fac.getByTestId('after-findings');
  await expect(after.getByRole('textbox', { name: 'Trigger', exact: true })).toHaveValue(TRIGGER);
  await after.getByLabel('Document template').selectOption('atlassian');
  expect(await seriousViolations(fac, '[data-testid="after-findings"]')).toEqual([]);
  await fac.screenshot({ path: 'test-results/findings-after.png', fullPage: true });
  await expect.poll(async () => (await exported('markdown')).includes('\n## Leadup\n')).toBe(true);
  const atlassian = await exported('markdown');
  expect(atlassian).not.toContain('\n## Trigger\n');
  expect(atlassian).toContain('\n## Corrective actions\n');
  expect(await exported('html')).toContain('<h2>Leadup</h2>');
});

const LEADUP = 'The pool size moved into the shared config file the week before.';
const LEADUP_AFTER = `${LEADUP} The review checked the syntax, not the environment.`;

test('the leadup is written in the Timeline phase, edited in the after view, live for both, and in the document', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const alex = await joinBoard(app, board.links.participant, 'Alex Participant');
  const markdown = async () => {
    const res = await fetch(`${app.url}/api/boards/${board.id}/export?format=markdown`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    expect(res.status).toBe(200);
    return res.text();
  };
  // Nobody has written it: the document says so under its heading.
  expect(await markdown()).toContain(
    '## Leadup and fault\n\n_The leadup and the fault are not recorded yet._',
  );

  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'timeline');
  await field(alex, 'Leadup and fault').fill(LEADUP);
  await expect(field(fac, 'Leadup and fault')).toHaveValue(LEADUP);
  expect(await seriousViolations(fac, '[data-testid="timeline-findings"]')).toEqual([]);
  await expect.poll(markdown).toContain(`## Leadup and fault\n\n${LEADUP}\n`);

  // After the session: Fran adds to it in the after view, Alex sees it there as it is typed.
  await fac.getByRole('button', { name: 'Follow-up', exact: true }).click();
  await alex.getByRole('button', { name: 'Follow-up', exact: true }).click();
  const facField = fac.getByTestId('after-findings').getByRole('textbox', {
    name: 'Leadup and fault',
    exact: true,
  });
  await expect(facField).toHaveValue(LEADUP);
  await caretAt(facField, 'end');
  await facField.pressSequentially(' The review checked the syntax, not the environment.');
  await expect(
    alex
      .getByTestId('after-findings')
      .getByRole('textbox', { name: 'Leadup and fault', exact: true }),
  ).toHaveValue(LEADUP_AFTER);
  expect(await seriousViolations(alex, '[data-testid="after-findings"]')).toEqual([]);
  await expect.poll(markdown).toContain(`## Leadup and fault\n\n${LEADUP_AFTER}\n`);
});

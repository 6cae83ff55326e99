/**
 * "Have we seen this before?" (issue #17): a postmortem from the past on a service has a
 * marked root cause. A member starts a new postmortem and, preparing it, names the same
 * service: the past one appears beside the facts with its root cause, whether its actions
 * were done, and why it was picked; typing the service again suggests it from the
 * workspace's vocabulary. Someone on the same board from a link, with no account, sees
 * no such panel.
 */
import { randomUUID } from 'node:crypto';
import { seriousViolations } from './axe.ts';
import { account, expect, expectLive, giveName, signIn, test } from './fixtures.ts';
import { answerFirstWhy, writeFacts } from './pastPostmortem.ts';

test('similar incidents appear in Prepare for a new postmortem on the same service, and not for a guest', async ({
  app,
}) => {
  const tag = randomUUID().slice(0, 6);
  const service = `ledger-${tag}`;
  const pastTitle = `Ledger writes lagged ${tag}`;
  const rootCause = `Compaction ran during the batch window ${tag}`;
  const past = await app.createBoard(pastTitle);
  await writeFacts(app, past, { services: [service], severity: 'SEV2' });
  await answerFirstWhy(app, past, `Ledger lag ${tag}`, rootCause);

  // Ana, a member, starts a new postmortem and prepares its incident.
  const { page } = await app.newPerson();
  await signIn(page, account('member', 'Ana Lima'));
  const form = page.getByRole('form', { name: 'New postmortem' });
  await form.getByLabel('Incident title').fill(`Ledger slow again ${tag}`);
  await form.getByRole('button', { name: 'Create board' }).click();
  await expectLive(page);
  await page.getByRole('button', { name: 'Prepare session' }).click();
  await page.getByRole('tab', { name: 'Incident' }).click();
  const services = page.getByLabel('Services affected');
  await services.fill(service);
  await services.press('Enter');
  await expect(page.getByTestId('service-chip')).toHaveText([`${service}×`]);

  const panel = page.getByRole('region', { name: 'Have we seen this before?' });
  const item = panel.getByTestId('similar-item').filter({ hasText: pastTitle });
  // The index follows the boards a moment after they change: ask again until it has them.
  // The title's words may match first; the service counts once the new board's facts are
  // indexed too, so wait for the item to say it shares the service.
  await expect(async () => {
    await panel.getByRole('button', { name: 'Refresh' }).click();
    await expect(panel.getByRole('status')).toHaveCount(0);
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(service);
  }).toPass();
  await expect(item.getByRole('list', { name: 'Root causes' })).toContainText(rootCause);
  await expect(item).toContainText('No actions');
  await expect(item.getByRole('link', { name: pastTitle })).toHaveAttribute(
    'href',
    `/postmortems/${past.id}`,
  );
  expect(await seriousViolations(page, '[data-testid="similar-panel"]')).toEqual([]);

  // The service is in the workspace's vocabulary now: typing it again suggests it.
  await page.getByRole('button', { name: `Remove ${service}` }).click();
  await services.fill(service.slice(0, -3).toUpperCase());
  await expect(
    page.getByTestId('vocabulary-service').locator(`option[value="${service}"]`),
  ).toHaveCount(1);
  await services.fill(service);
  await services.press('Enter');
  await expect(page.getByTestId('service-chip')).toHaveText([`${service}×`]);
  await page.screenshot({ path: 'test-results/similar-prepare.png', fullPage: true });

  // A guest with the board's facilitator link has no session: no panel, no error.
  const boardPath = new URL(page.url()).pathname;
  const link = await page.evaluate((path) => {
    const id = path.split('/').pop()!;
    const created = JSON.parse(sessionStorage.getItem(`hindsight:board:${id}`) ?? '{}') as {
      tokens?: { facilitator?: string };
    };
    return `${path}#token=${encodeURIComponent(created.tokens?.facilitator ?? '')}`;
  }, boardPath);
  const { page: guest } = await app.newPerson();
  await guest.goto(link);
  await giveName(guest, 'Gus Guest');
  await expectLive(guest);
  await guest.getByRole('button', { name: 'Prepare session' }).click();
  await guest.getByRole('tab', { name: 'Incident' }).click();
  await expect(guest.getByTestId('service-chip')).toHaveText([`${service}×`]);
  await expect(guest.getByTestId('incident-prepare')).toBeVisible();
  await expect(guest.getByRole('heading', { name: 'Have we seen this before?' })).toHaveCount(0);
  await expect(guest.getByRole('alert')).toHaveCount(0);
});

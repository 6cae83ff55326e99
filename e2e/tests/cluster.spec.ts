/**
 * The Cluster phase story: a facilitator and two participants (A and B), each in their
 * own browser. A's and B's cards are written from Node into private docs of their own, as
 * their browsers would write them (brainstorm.spec.ts types cards through the page), and
 * revealed by the facilitator moving on to Cluster. A looks at the suggested groups and
 * dismisses one, then builds a cluster with the mouse (a card dragged onto a card, then a
 * third onto the cluster) while B watches the drag live, and undoes and redoes a move; B
 * builds one with the keyboard only (ticking cards and Group, then dnd-kit's keyboard
 * drag: Space, arrows, Space). All three browsers show the same clusters. Then the dot vote: the facilitator opens it,
 * both participants vote (seeing their own dots only), the facilitator closes it, and
 * every browser shows the same tally and discussion order.
 *
 * A second, shorter story accepts a suggested group from the keyboard: it becomes a
 * cluster named after the suggestion's label, on every page.
 *
 * A third (issue 21, items 2 and 6): clusters whose heights differ per browser ("Yours"
 * badges, the vote bar) are never drawn over each other, after Tidy up, with the vote
 * open, and after Tidy up during the vote; Group puts focus in the new cluster's name and
 * Enter there puts it on the cluster.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { addCard, expect, goToPhase, joinBoard, test, type App } from './fixtures.ts';
import { writeCards } from './nodeDocs.ts';

/** Tall enough for the whole tray: a mouse drag aims at what it can see. */
const VIEWPORT = { width: 1440, height: 1200 };

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-cluster.png', import.meta.url));

const POOL_SMALL = 'Connection pool too small for peak traffic';
const POOL_ALERT = 'No alert on connection pool saturation';
const POOL_TEST = 'Pool size was never load tested';
const ROLLBACK = 'Rollback finished in under a minute';
const STATUS = 'Status page was updated quickly';
const RUNBOOK = 'The rollback runbook was up to date';
const LUCKY = 'Traffic was low at 2 am';

const wentWrong = (text: string) => ({ column: 'went-wrong', text });
const wentWell = (text: string) => ({ column: 'went-well', text });
const lucky = (text: string) => ({ column: 'lucky', text });

/** The part of a card one grabs: the draggable post-it itself. */
const grip = (page: Page, text: string) =>
  page.getByRole('button', { name: `Card: ${text}`, exact: true });
const clusterNamed = (page: Page, name: string) =>
  page.getByRole('region', { name: `Cluster: ${name}`, exact: true });

/** Drags with the mouse, in small steps as a hand would; `hold` runs before the release. */
async function mouseDrag(page: Page, from: Locator, to: Locator, hold?: () => Promise<void>) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 8, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 24 });
  if (hold) await hold();
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

/** What a page shows: each cluster's name and its cards' texts, sorted. */
async function clustersOn(page: Page): Promise<string[]> {
  return page.getByTestId('cluster').evaluateAll((nodes) =>
    nodes
      .map((node) => {
        const name =
          (node.querySelector('input.cluster__name') as HTMLInputElement | null)?.value ??
          node.querySelector('.cluster__name')?.textContent ??
          '';
        const cards = [...node.querySelectorAll('[data-testid="cluster-card"] .card__text')]
          .map((p) => p.textContent ?? '')
          .sort();
        return `${name}: ${cards.join(' | ')}`;
      })
      .sort(),
  );
}

/** dnd-kit's live region: what a screen reader hears during a drag. */
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** A facilitator and two participants, A and B, on a new board, in the brainstorm. */
async function threeInBrainstorm(app: App, title: string) {
  const board = await app.createBoard(title);
  const fac = await joinBoard(app, board.links.facilitator, 'Fran Facilitator', VIEWPORT);
  const a = await joinBoard(app, board.links.participant, 'Alex Participant', VIEWPORT);
  const b = await joinBoard(app, board.links.participant, 'Bea Participant', VIEWPORT);
  await fac.getByRole('button', { name: 'Start session' }).click();
  await goToPhase(fac, 'brainstorm');
  for (const page of [a, b]) await expect(page.getByTestId('phase-title')).toHaveText('Brainstorm');
  return { board, fac, a, b, everyone: [fac, a, b] };
}

test('clusters by mouse and keyboard, live for everyone, then a dot vote orders the discussion', async ({
  app,
}) => {
  test.slow();
  const { board, fac, a, b, everyone } = await threeInBrainstorm(
    app,
    'Checkout API 5xx after a pool change',
  );

  // The brainstorm's cards, then on to Cluster, which reveals them.
  await writeCards(app.url, board, {
    'Alex Participant': [POOL_SMALL, POOL_ALERT, POOL_TEST].map(wentWrong),
    'Bea Participant': [...[ROLLBACK, STATUS, RUNBOOK].map(wentWell), lucky(LUCKY)],
  });
  await expect(fac.getByTestId('brainstorm-counts')).toHaveText('7 cards from 2 people');
  await goToPhase(fac, 'cluster');
  for (const page of everyone) {
    await expect(page.getByTestId('phase-title')).toHaveText('Cluster');
    await expect(page.getByTestId('cluster-tray').getByTestId('cluster-card')).toHaveCount(7);
  }

  // Suggest groups proposes, from shared words; dismissing changes nothing on the board.
  await a.getByRole('button', { name: 'Suggest groups' }).click();
  const suggestion = a.getByTestId('suggestion').filter({ hasText: POOL_SMALL });
  await expect(suggestion).toContainText(POOL_ALERT);
  await suggestion.getByRole('button', { name: /^Dismiss group/ }).click();
  await expect(suggestion).toHaveCount(0);
  await a.getByTestId('suggestions').getByRole('button', { name: 'Close' }).click();
  await expect(a.getByTestId('cluster')).toHaveCount(0);

  // A, with the mouse: a card onto a card starts a cluster...
  await mouseDrag(a, grip(a, POOL_ALERT), grip(a, POOL_SMALL));
  await expect(liveRegion(a)).toContainText(`Dropped card “${POOL_ALERT}” on card`);
  await expect(a.getByTestId('cluster')).toHaveCount(1);
  await expect(a.getByTestId('cluster').getByTestId('cluster-card')).toHaveCount(2);
  // ...and a third onto the cluster joins it, while B sees A's drag as it happens.
  await mouseDrag(a, grip(a, POOL_TEST), a.getByTestId('cluster').first(), async () => {
    const ghost = b.getByTestId('drag-ghost');
    await expect(ghost).toContainText('Alex Participant');
    await expect(ghost).toContainText(POOL_TEST);
  });
  await expect(a.getByTestId('cluster').getByTestId('cluster-card')).toHaveCount(3);
  await expect(b.getByTestId('drag-ghost')).toHaveCount(0);

  // A's own moves undo and redo (Ctrl+Z, Shift+Ctrl+Z); B's page follows.
  await a.keyboard.press('Control+z');
  await expect(b.getByTestId('cluster').getByTestId('cluster-card')).toHaveCount(2);
  await a.keyboard.press('Control+Shift+z');
  await expect(b.getByTestId('cluster').getByTestId('cluster-card')).toHaveCount(3);

  // A names the cluster in place.
  const nameBox = a.getByTestId('cluster').getByRole('textbox', { name: 'Cluster name' });
  await nameBox.fill('Connection pool');
  await nameBox.press('Enter');
  await expect(clusterNamed(b, 'Connection pool')).toHaveCount(1);

  // B, with the keyboard only: tick two cards with Space, then Group.
  for (const text of [ROLLBACK, STATUS]) {
    await b.getByRole('checkbox', { name: new RegExp(`Select card “${text}`) }).focus();
    await b.keyboard.press('Space');
  }
  await expect(b.getByTestId('selection-count')).toHaveText('2 cards selected');
  await b.getByRole('button', { name: 'Group', exact: true }).focus();
  await b.keyboard.press('Enter');
  await expect(b.getByTestId('cluster')).toHaveCount(2);
  const unnamed = b.getByTestId('cluster').filter({ hasText: ROLLBACK });
  await unnamed.getByRole('textbox', { name: 'Cluster name' }).focus();
  await b.keyboard.type('Fast recovery');
  await b.keyboard.press('Enter');
  await expect(clusterNamed(a, 'Fast recovery')).toHaveCount(1);

  // Then a keyboard drag: Space picks the card up, arrows go from target to target (the
  // screen reader says where), Space drops it into the cluster.
  await grip(b, RUNBOOK).focus();
  await b.keyboard.press('Space');
  await expect(liveRegion(b)).toContainText(`Picked up card “${RUNBOOK}”`);
  let over = '';
  for (let i = 0; i < 12 && !over.includes('drop to add it to cluster “Fast recovery”'); i++) {
    await b.keyboard.press(i < 6 ? 'ArrowRight' : 'ArrowDown');
    await b.waitForTimeout(150);
    over = (await liveRegion(b).textContent()) ?? '';
  }
  expect(over).toContain('drop to add it to cluster “Fast recovery”');
  await b.keyboard.press('Space');
  await expect(liveRegion(b)).toContainText(
    `Dropped card “${RUNBOOK}” into cluster “Fast recovery”`,
  );

  // Everyone sees the same clusters.
  const expected = [
    `Connection pool: ${[POOL_ALERT, POOL_SMALL, POOL_TEST].sort().join(' | ')}`,
    `Fast recovery: ${[ROLLBACK, RUNBOOK, STATUS].sort().join(' | ')}`,
  ];
  for (const page of everyone) await expect.poll(() => clustersOn(page)).toEqual(expected);
  await expect(fac.getByTestId('cluster-tray').getByTestId('cluster-card')).toHaveCount(1);

  // The facilitator opens the vote; clustering pauses.
  await fac.getByRole('button', { name: 'Open voting' }).click();
  for (const page of everyone)
    await expect(page.getByTestId('voting-bar')).toHaveAttribute('data-status', 'open');
  await expect(a.getByRole('button', { name: 'Group', exact: true })).toBeDisabled();
  await expect(a.getByTestId('votes-left')).toHaveText('You have 3 of 3 votes left');

  // A: two on Fast recovery (a third is refused, with the reason), one on the pool.
  const voteFor = (page: Page, name: string) =>
    page.getByRole('button', { name: `Vote for ${name}`, exact: true });
  await voteFor(a, 'Fast recovery').click();
  await voteFor(a, 'Fast recovery').click();
  await expect(voteFor(a, 'Fast recovery')).toHaveAttribute('aria-disabled', 'true');
  await expect(voteFor(a, 'Fast recovery')).toHaveAttribute(
    'title',
    'At most 2 votes on one cluster',
  );
  await voteFor(a, 'Fast recovery').click({ force: true });
  await expect(a.getByTestId('toast')).toContainText('At most 2 votes on one cluster');
  await voteFor(a, 'Connection pool').click();
  await expect(a.getByTestId('votes-left')).toHaveText('You have used all your 3 votes');
  // B sees none of A's dots: only their own, none yet.
  const myVotes = (page: Page, name: string) => clusterNamed(page, name).getByTestId('my-votes');
  await expect(myVotes(a, 'Fast recovery')).toHaveAttribute('data-votes', '2');
  await expect(myVotes(b, 'Fast recovery')).toHaveAttribute('data-votes', '0');
  // B: two on Fast recovery, one on the pool, one taken back and put again.
  await voteFor(b, 'Fast recovery').click();
  await voteFor(b, 'Connection pool').click();
  await b.getByRole('button', { name: 'Take a vote back from Connection pool' }).click();
  await voteFor(b, 'Fast recovery').click();
  await voteFor(b, 'Connection pool').click();
  await expect(b.getByTestId('votes-left')).toHaveText('You have used all your 3 votes');
  await expect(myVotes(b, 'Fast recovery')).toHaveAttribute('data-votes', '2');

  // The facilitator closes it right away: the server counts the dots still on their way
  // (its grace period), then tallies, and everyone sees the same order.
  await fac.getByRole('button', { name: 'Close voting' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('voting-status')).toContainText('2 people voted');
    const order = page.getByTestId('discussion-order').getByRole('listitem');
    await expect(order).toHaveText([/^Fast recovery\s*4 votes$/, /^Connection pool\s*2 votes$/]);
    await expect(clusterNamed(page, 'Fast recovery').getByTestId('cluster-votes')).toHaveText(
      '4 votes',
    );
    await expect(clusterNamed(page, 'Connection pool').getByTestId('cluster-votes')).toHaveText(
      '2 votes',
    );
  }

  if (process.env.UPDATE_SCREENSHOTS) {
    await a.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
    await a.mouse.move(1, 1190);
    await a.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await a.evaluate(() => window.scrollTo(0, 0));
    await a.screenshot({ path: SCREENSHOT, animations: 'disabled' });
  }
});

test('a suggested group, accepted from the keyboard, becomes a named cluster for everyone', async ({
  app,
}) => {
  const { board, fac, a, b, everyone } = await threeInBrainstorm(
    app,
    'Checkout API 5xx after a pool change',
  );
  await writeCards(app.url, board, {
    'Alex Participant': [POOL_SMALL, POOL_ALERT, POOL_TEST].map(wentWrong),
    'Bea Participant': [ROLLBACK, RUNBOOK].map(wentWell),
  });
  await expect(fac.getByTestId('brainstorm-counts')).toHaveText('5 cards from 2 people');
  await goToPhase(fac, 'cluster');
  for (const page of everyone) {
    await expect(page.getByTestId('cluster-tray').getByTestId('cluster-card')).toHaveCount(5);
  }

  // A asks for suggestions and accepts one, with the keyboard only.
  await a.getByRole('button', { name: 'Suggest groups' }).focus();
  await a.keyboard.press('Enter');
  await expect(a.getByTestId('suggestion')).toHaveCount(2);
  await a.getByRole('button', { name: 'Accept group “Pool”' }).focus();
  await a.keyboard.press('Enter');

  // The group is a cluster named after its label, on every page; the other suggestion
  // is still offered to A, and the accepted one is gone from the list.
  const expected = [`Pool: ${[POOL_ALERT, POOL_SMALL, POOL_TEST].sort().join(' | ')}`];
  for (const page of everyone) await expect.poll(() => clustersOn(page)).toEqual(expected);
  await expect(a.getByTestId('suggestion')).toHaveCount(1);
  await expect(a.getByTestId('suggestion')).toContainText(ROLLBACK);
  await expect(b.getByTestId('cluster-tray').getByTestId('cluster-card')).toHaveCount(2);
});

/** Every pair of things on the canvas drawn over each other in this page, by name. */
async function overlapsOn(page: Page): Promise<string[]> {
  return page.locator('[data-testid="cluster"], .cluster-slot--placed').evaluateAll((nodes) => {
    const boxes = nodes.map((node) => ({
      name: node.getAttribute('aria-label') ?? node.textContent ?? '',
      r: node.getBoundingClientRect(),
    }));
    const hits: string[] = [];
    for (const [i, { name, r }] of boxes.entries())
      for (const other of boxes.slice(i + 1)) {
        const o = other.r;
        if (r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom)
          hits.push(`${name} over ${other.name}`);
      }
    return hits;
  });
}

const ALEX_CARDS = [
  'The deploy doubled the consumer count but nobody raised the broker connection limit',
  'Backlog alerts fired on the dashboard that nobody on call had open that night',
  'Dead letter queue filled up and the retries went straight back into the main queue',
  'We had no way to pause the producers without taking the whole checkout down too',
  'Runbook for the queue still described the old cluster and its hostnames',
  'Nobody knew who owned the consumer autoscaling settings after the team change',
  'The canary looked healthy because it only took a tiny share of the real traffic',
  'Metrics for consumer lag were sampled once a minute so the growth looked flat',
];
const BEA_CARDS = [
  'On call paged the queue owners within five minutes of the first backlog alert',
  'The status page went up early with honest wording that customers appreciated',
  'Rolling the consumers back took one command and worked the first time we tried',
  'Support had a macro ready for delayed order emails and used it right away',
  'The incident channel stayed calm and the commander kept a clear written log',
  'Capacity dashboards from the last review showed exactly where the limit was',
  'The feature flag let us turn off the new batching path without another deploy',
  'Two engineers paired on the fix while a third kept stakeholders informed',
];

test('no cluster ever covers another in any browser, after Tidy up and with the vote open; naming by keyboard keeps focus on the work', async ({
  app,
}) => {
  test.slow();
  const { fac, a, b, everyone } = await threeInBrainstorm(
    app,
    'Queue backlog after a consumer deploy',
  );
  for (const text of ALEX_CARDS) await addCard(a, 'What went wrong', text);
  for (const text of BEA_CARDS) await addCard(b, 'What went well', text);
  await goToPhase(fac, 'cluster');
  for (const page of everyone)
    await expect(page.getByTestId('cluster-tray').getByTestId('cluster-card')).toHaveCount(16);

  // Each groups their own cards in pairs: only they see "Yours" on them, so the same
  // cluster is taller in its author's browser than in anyone else's. After Group focus
  // is in the new cluster's name; after Enter, on the cluster.
  for (const [page, texts, who] of [
    [a, ALEX_CARDS, 'Alex'],
    [b, BEA_CARDS, 'Bea'],
  ] as const) {
    for (let i = 0; i < texts.length; i += 2) {
      for (const text of texts.slice(i, i + 2))
        await page
          .getByTestId('cluster-card')
          .filter({ hasText: text })
          .getByRole('checkbox')
          .check();
      await page.getByRole('button', { name: 'Group', exact: true }).click();
      const cluster = page.getByTestId('cluster').filter({ hasText: texts[i]! });
      await expect(cluster.getByRole('textbox', { name: 'Cluster name' })).toBeFocused();
      await page.keyboard.type(`${who} ${i / 2 + 1}`);
      await page.keyboard.press('Enter');
      await expect(clusterNamed(page, `${who} ${i / 2 + 1}`)).toBeFocused();
    }
  }
  for (const page of everyone) await expect(page.getByTestId('cluster')).toHaveCount(8);

  // Tidy up lines them up from estimated heights; every browser draws them apart.
  await fac.getByRole('button', { name: 'Tidy up' }).click();
  for (const page of everyone) await expect.poll(() => overlapsOn(page)).toEqual([]);

  // The vote opens: a vote bar in every cluster, for participants. Still nothing covers
  // anything, and Tidy up still works (it only moves clusters).
  await fac.getByRole('button', { name: 'Open voting' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('voting-bar')).toHaveAttribute('data-status', 'open');
    await expect.poll(() => overlapsOn(page)).toEqual([]);
  }
  await a.getByRole('button', { name: 'Vote for Alex 1', exact: true }).click();
  await expect(fac.getByRole('button', { name: 'Tidy up' })).toBeEnabled();
  await fac.getByRole('button', { name: 'Tidy up' }).click();
  for (const page of everyone) await expect.poll(() => overlapsOn(page)).toEqual([]);
});

/**
 * How the clustering board behaves with 200 revealed cards while someone drags a card
 * across it: frame times from `requestAnimationFrame` deltas (p50/p95/p99, frames over
 * 50 ms) and `PerformanceObserver` long tasks, in the dragging browser and in a second
 * browser that watches the drag's ghost. A measurement, not a test: it asserts nothing
 * about speed. Each round measures, on the same page, an idle baseline, the pointer
 * moving without a drag, and the drag itself; the table goes to stdout.
 *
 * Run: `pnpm build && pnpm exec playwright test -c e2e/perf/playwright.config.ts`
 * (docs/BENCHMARKS-CLUSTER.md). Rounds and duration: PERF_ROUNDS (5), PERF_SECONDS (3);
 * PERF_CPU_THROTTLE=4 slows both pages' CPU fourfold (Chrome DevTools' throttling), for
 * a slower laptop than this machine.
 */
import { cpus, loadavg } from 'node:os';
import {
  addCard,
  groupCards,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readBrainstormCounts,
  readRevealedCards,
  roomName,
  runSessionCommand,
  DEFAULT_TEMPLATE,
} from '@hindsight/shared';
import type { Page } from '@playwright/test';
import { expect, expectLive, giveName, pathOf, test } from '../tests/fixtures.ts';
import { nodeDocs } from '../tests/nodeDocs.ts';

const ROUNDS = Number(process.env.PERF_ROUNDS ?? 5);
const SECONDS = Number(process.env.PERF_SECONDS ?? 3);
const THROTTLE = Number(process.env.PERF_CPU_THROTTLE ?? 1);
const CARDS = 200;
/** Cards already in clusters (5 each); the rest wait in the tray. */
const CLUSTERED = 100;

const SUBJECTS = ['Connection pool', 'The pager', 'Our runbook', 'The canary', 'Config rollout'];
const VERBS = ['was too small for', 'never alerted on', 'did not cover', 'hid', 'slowed down'];
const OBJECTS = ['peak traffic', 'the retry storm', 'the failover', 'a bad deploy', 'the on-call'];
const COLUMNS = ['went-well', 'went-wrong', 'lucky'];

/** Card i: varied, plausible text of one to three lines. */
function cardText(i: number): string {
  const s = SUBJECTS[i % 5]!;
  const v = VERBS[Math.floor(i / 5) % 5]!;
  const o = OBJECTS[Math.floor(i / 25) % 5]!;
  return i % 3 === 0
    ? `${s} ${v} ${o}, card ${i}`
    : `${s} ${v} ${o} and nobody noticed for a while (${i})`;
}

interface Recording {
  readonly deltas: number[];
  readonly longTasks: number[];
  /** When each long task started, ms after the recording started. */
  readonly longTaskAt: number[];
  readonly ms: number;
}

/** Starts recording frame deltas and long tasks in the page. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __rec?: { stop: () => unknown } };
    const deltas: number[] = [];
    const longTasks: number[] = [];
    const longTaskAt: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push(entry.duration);
        longTaskAt.push(entry.startTime - started);
      }
    });
    observer.observe({ type: 'longtask', buffered: false });
    let running = true;
    const started = performance.now();
    let last = started;
    const tick = (now: number) => {
      if (!running) return;
      deltas.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
    w.__rec = {
      stop: () => {
        running = false;
        observer.disconnect();
        return { deltas, longTasks, longTaskAt, ms: performance.now() - started };
      },
    };
  });
}

async function stopRecording(page: Page): Promise<Recording> {
  return page.evaluate(() =>
    (window as unknown as { __rec: { stop: () => Recording } }).__rec.stop(),
  );
}

/** A path across the board, back and forth over the clusters, as a list of points. */
function pathPoints(from: { x: number; y: number }, seconds: number): { x: number; y: number }[] {
  const steps = Math.round(seconds * 60);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    // Two sweeps right and back, drifting down and up: over many clusters and cards.
    const x = from.x + 900 * Math.abs(Math.sin(Math.PI * 2 * t)) + 40 * t;
    const y = from.y - 250 + 350 * Math.sin(Math.PI * t) + 60 * Math.sin(Math.PI * 8 * t);
    // Clear of the window's and the canvas's edges, where a drag would scroll them.
    points.push({ x: Math.min(1300, x), y: Math.max(160, Math.min(780, y)) });
  }
  return points;
}

/** Moves the mouse along `points` at about 60 moves a second. */
async function sweep(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  const t0 = Date.now();
  for (const [i, p] of points.entries()) {
    await page.mouse.move(p.x, p.y);
    const wait = t0 + i * (1000 / 60) - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

interface Stats {
  readonly frames: number;
  readonly fps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly over50: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
}

function stats(r: Recording): Stats {
  const sorted = [...r.deltas].sort((a, b) => a - b);
  return {
    frames: r.deltas.length,
    fps: (r.deltas.length / r.ms) * 1000,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    over50: r.deltas.filter((d) => d > 50).length,
    longTasks: r.longTasks.length,
    longTaskMs: r.longTasks.reduce((a, b) => a + b, 0),
  };
}

/** Pools every round's frames of one scenario (quantiles over all of them). */
function pooled(recordings: readonly Recording[]): Stats {
  return stats({
    deltas: recordings.flatMap((r) => r.deltas),
    longTasks: recordings.flatMap((r) => r.longTasks),
    longTaskAt: recordings.flatMap((r) => r.longTaskAt),
    ms: recordings.reduce((a, r) => a + r.ms, 0),
  });
}

const f1 = (n: number) => n.toFixed(1);

test('200 revealed cards: frame times while dragging a card across the board', async ({ app }) => {
  const docs = await nodeDocs(app.url);
  const open = docs.open;

  try {
    const board = await app.createBoard('Perf: 200 cards');
    // Four writers with 50 cards each (at most 20 per column), written in private docs.
    for (let m = 0; m < 4; m++) {
      const key = newMemberKey();
      const doc = await open(privateRoomName(board.id, memberIdOf(key)), {
        token: board.tokens.participant,
        member: key,
      });
      for (let j = 0; j < 50; j++) {
        const i = m * 50 + j;
        addCard(doc, { text: cardText(i), column: COLUMNS[j < 20 ? 0 : j < 40 ? 1 : 2]! });
      }
    }
    const facilitation = await open(roomName(board.id, 'facilitation'), {
      token: board.tokens.facilitator,
    });
    await expect.poll(() => readBrainstormCounts(facilitation).cards).toBe(CARDS);
    const now = Date.now();
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'start' }, now);
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'jump', phaseId: 'cluster' }, now);
    await expect.poll(() => readRevealedCards(facilitation).length).toBe(CARDS);

    // Half the cards already in 20 clusters of 5, tidied in columns; the rest in the tray.
    const boardDoc = await open(roomName(board.id), { token: board.tokens.facilitator });
    const ids = readRevealedCards(facilitation).map((c) => c.id);
    for (let c = 0; c < CLUSTERED / 5; c++) {
      const at = { x: 24 + (c % 5) * 260, y: 24 + Math.floor(c / 5) * 520 };
      groupCards(boardDoc, ids.slice(c * 5, c * 5 + 5), undefined, now + c, {
        at,
        name: `Topic ${c + 1}`,
      });
    }

    const join = async (name: string) => {
      const { page } = await app.newPerson();
      await page.goto(pathOf(board.links.participant));
      await giveName(page, name);
      await expectLive(page);
      await expect(page.getByTestId('cluster-card')).toHaveCount(CARDS);
      await expect(page.getByTestId('cluster')).toHaveCount(CLUSTERED / 5);
      return page;
    };
    const dragger = await join('Dana Dragger');
    const watcher = await join('Wes Watcher');
    for (const page of [dragger, watcher]) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    const card = dragger.getByTestId('cluster-tray').getByRole('button').first();
    /** Every scenario starts from the same scroll positions, on the same card. */
    const reset = async () => {
      await dragger.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
        for (const selector of ['.cluster-tray__scroll', '.cluster-canvas__viewport']) {
          document.querySelector(selector)?.scrollTo(0, 0);
        }
      });
      const box = (await card.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    let start = await reset();

    const results: Record<string, { dragger: Recording[]; watcher: Recording[] }> = {
      idle: { dragger: [], watcher: [] },
      hover: { dragger: [], watcher: [] },
      drag: { dragger: [], watcher: [] },
    };
    let movingUntil = 0;
    const measure = async (scenario: keyof typeof results, run: () => Promise<void>) => {
      start = await reset();
      await dragger.mouse.move(start.x, start.y);
      await dragger.waitForTimeout(300);
      await Promise.all([startRecording(dragger), startRecording(watcher)]);
      await run();
      const [d, w] = await Promise.all([stopRecording(dragger), stopRecording(watcher)]);
      results[scenario]!.dragger.push(d);
      results[scenario]!.watcher.push(w);
    };

    /** Long tasks of the drags, by when they started: pick-up, moving, or the drop. */
    const dragPhases = { pickUp: 0, moving: 0, drop: 0 };
    let ghostsSeen = 0;
    const loadBefore = loadavg()[0]!;
    for (let round = 0; round < ROUNDS; round++) {
      await measure('idle', () => dragger.waitForTimeout(SECONDS * 1000));
      await measure('hover', () => sweep(dragger, pathPoints(start, SECONDS)));
      await measure('drag', async () => {
        await dragger.mouse.down();
        const downAt = Date.now();
        await sweep(dragger, pathPoints(start, SECONDS));
        // The drag did happen: the card is lifted here, and its ghost shows there.
        await expect(dragger.locator('.cluster-card--lifted')).toHaveCount(1);
        ghostsSeen += await watcher.getByTestId('drag-ghost').count();
        movingUntil = Date.now() - downAt;
        // Cancel, so every round starts from the same board.
        await dragger.keyboard.press('Escape');
        await dragger.mouse.up();
      });
      await expect(watcher.getByTestId('drag-ghost')).toHaveCount(0);
      const last = results.drag!.dragger.at(-1)!;
      for (const at of last.longTaskAt) {
        if (at < 400) dragPhases.pickUp++;
        else if (at < movingUntil + 300) dragPhases.moving++;
        else dragPhases.drop++;
      }
    }

    const version = dragger.context().browser()?.version() ?? '?';
    const lines = [
      `Cluster board, ${CARDS} revealed cards (${CLUSTERED} in ${CLUSTERED / 5} clusters, ${CARDS - CLUSTERED} in the tray)`,
      `${ROUNDS} rounds x ${SECONDS} s per scenario; CPU throttling ${THROTTLE}x; Chromium ${version}; ${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
      '',
      '| page | scenario | frames | fps | p50 ms | p95 ms | p99 ms | max ms | frames > 50 ms | long tasks (total ms) | p95 / idle p95 |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const page of ['dragger', 'watcher'] as const) {
      const idle = pooled(results.idle![page]);
      for (const scenario of ['idle', 'hover', 'drag'] as const) {
        const s = pooled(results[scenario]![page]);
        lines.push(
          `| ${page} | ${scenario} | ${s.frames} | ${f1(s.fps)} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.p99)} | ${f1(s.max)} | ${s.over50} | ${s.longTasks} (${Math.round(s.longTaskMs)}) | ${(s.p95 / idle.p95).toFixed(2)} |`,
        );
      }
    }
    lines.push(
      '',
      `Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} (other work on the machine skews the figures).`,
      `Dragger's long tasks during drags, by when: ${dragPhases.pickUp} at pick-up, ${dragPhases.moving} while moving, ${dragPhases.drop} at the drop (cancel). Watcher saw the ghost in ${ghostsSeen} of ${ROUNDS} drags.`,
    );
    console.log(`\n${lines.join('\n')}\n`);
    expect(results.drag!.dragger.every((r) => r.deltas.length > 0)).toBe(true);
  } finally {
    docs.close();
  }
});

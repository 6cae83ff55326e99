/**
 * Two real server processes on one store, each running the reminder worker on a short
 * interval with the real clock, still deliver each reminder once: the before, due and
 * digest mails at an in-process SMTP server, and the same three at a local webhook
 * receiver. Both processes start together on reminders already due, so they race for
 * every claim; the test waits until each has seen every reminder twice (its log says
 * so) before it counts. On Postgres, and on one SQLite file (WAL: two processes may
 * write it, one at a time).
 *
 * The days are the real clock's in UTC: run across midnight UTC, a reminder may change
 * kind between the setup and the count.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, isoWeek, localDate } from '@hindsight/shared';
import { STORE_KINDS, testContext } from './helpers.ts';
import { signedIn } from './people.ts';
import { spawnServer, type ServerProcess } from './process.ts';
import { ownedActions } from './support/reminderSetup.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtpServer.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

const t = testContext();

let smtp: TestSmtpServer | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await smtp?.close();
  await receiver?.close();
});

/** The reminder ticks a process logged (LOG_LEVEL=debug), with what each found. */
function ticksOf(server: ServerProcess) {
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes('"reminders ticked"'))
    .map((line) => JSON.parse(line) as { attempted: number; alreadyClaimed: number });
}

describe('reminders from two processes on one store', () => {
  it.each(STORE_KINDS)('%s: each reminder arrives once', async (kind) => {
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver();
    const storage = await t.storage(kind);

    // What is due, written before the processes start: a person, a channel, three actions.
    const seed = await t.server({
      storage,
      env: { SEARCH_INDEX_DELAY_MS: '0', REMINDER_INTERVAL_MS: '0' },
    });
    const pat = await signedIn(seed.app, 'member', 'Pat Lee');
    await seed.app.store.addChannel({
      id: 'ops',
      name: 'Ops',
      format: 'json',
      url: `${receiver.url}/hook`,
      createdAt: Date.now(),
    });
    const today = localDate(Date.now(), 'UTC');
    const { client } = await ownedActions(t, seed, pat.person.id, {
      Ahead: addDays(today, 2),
      Today: today,
      Late: addDays(today, -3),
    });
    client.destroy();
    await seed.stop();

    const env = {
      ...storage.env,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Hindsight <hindsight@example.com>',
      REMINDER_INTERVAL_MS: '100',
      LOG_LEVEL: 'debug',
    };
    const servers = await Promise.all([spawnServer(env), spawnServer(env)]);
    for (const server of servers) {
      t.defer(async () => {
        server.child.kill('SIGTERM');
        await server.exited;
      });
    }

    // Each process has planned all six reminders (three to Pat, three to the channel) at
    // least twice: every one of them was either sent by it or found claimed.
    await vi.waitFor(
      () => {
        for (const server of servers) {
          const full = ticksOf(server).filter((t) => t.attempted + t.alreadyClaimed >= 6);
          expect(full.length).toBeGreaterThanOrEqual(2);
        }
      },
      { timeout: 60_000, interval: 200 },
    );
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      `1 overdue action this week (${isoWeek(today)})`,
      `Due on ${addDays(today, 2)}: Ahead`,
      'Due today: Today',
    ]);
    const posted = receiver.bodies('/hook') as { kind: string }[];
    expect(posted.map((b) => b.kind).sort()).toEqual(['before', 'digest', 'due']);
    const attempted = servers.flatMap(ticksOf).reduce((n, t) => n + t.attempted, 0);
    expect(attempted).toBe(6);
  });
});

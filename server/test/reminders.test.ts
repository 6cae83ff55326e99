/**
 * Reminders on a real server with a fake clock, mail to an in-process SMTP server: the
 * reminder before due, on the due date and the weekly digest each arrive once, across
 * ticks and a restart on the same store; a muted person gets nothing and the log says
 * so; a mail server that refuses is tried again with backoff, then the send is logged
 * failed. Run on SQLite and on Postgres (vitest.postgres.config.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testContext, type TestServer } from './helpers.ts';
import { signedIn } from './people.ts';
import { fakeClock, ownedActions, type FakeClock } from './support/reminderSetup.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtpServer.ts';
import { MAX_ATTEMPTS } from '../src/reminders/worker.ts';
import { personOfMuteToken } from '../src/reminders/muteToken.ts';

const t = testContext();
const RETRY_MS = 1000;

let smtp: TestSmtpServer | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function serverWithMail(clock: FakeClock, refuse = false, storage?: TestServer['storage']) {
  smtp ??= await startSmtpServer({ refuse });
  return t.server({
    storage,
    clock: clock.now,
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Hindsight <hindsight@example.com>',
      REMINDER_INTERVAL_MS: '0',
      REMINDER_RETRY_MS: String(RETRY_MS),
      SEARCH_INDEX_DELAY_MS: '0',
    },
  });
}

const subjects = (to: string) =>
  smtp!.received.filter((m) => m.to.includes(to)).map((m) => m.subject);

describe('reminders by mail', () => {
  it('sends before due, on the due date and the weekly digest once each, across ticks and a restart', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z'); // a Monday
    const server = await serverWithMail(clock);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const { board } = await ownedActions(t, server, pat.person.id, {
      'Alert on <checkout>': '2026-12-10',
      'Runbook for payments': '2026-12-07',
      'Fix the retry storm': '2026-12-01',
    });
    const to = pat.person.email;

    expect((await server.app.reminders.tick()).attempted).toBe(3);
    expect(subjects(to).sort()).toEqual([
      '1 overdue action this week (2026-W50)',
      'Due on 2026-12-10: Alert on <checkout>',
      'Due today: Runbook for payments',
    ]);
    const before = smtp!.received.find((m) => m.subject.startsWith('Due on'))!;
    expect(before.text).toContain(`/actions?postmortem=${board.id}`);
    expect(before.html).toContain('Alert on &lt;checkout&gt;');
    expect(before.html).not.toContain('<checkout>');
    const muteLink = /\/mute#(\S+)/.exec(before.text)![1]!;
    expect(personOfMuteToken(await server.app.store.secret('reminder-mute'), muteLink)).toBe(
      pat.person.id,
    );

    // Later the same day, and the next day: nothing new (the before reminder and the
    // digest keep their keys through the window and the week).
    expect(await server.app.reminders.tick()).toEqual({ attempted: 0, alreadyClaimed: 3 });
    clock.set('2026-12-08T09:00:00Z');
    await server.app.reminders.tick();
    expect(smtp!.received).toHaveLength(3);

    // A restart on the same store sends nothing again.
    await server.stop();
    const again = await serverWithMail(clock, false, server.storage);
    expect((await again.app.reminders.tick()).attempted).toBe(0);

    clock.set('2026-12-10T09:00:00Z');
    expect((await again.app.reminders.tick()).attempted).toBe(1);
    expect(subjects(to).at(-1)).toBe('Due today: Alert on <checkout>');

    // The next Monday: one digest with every overdue action, soonest due first.
    clock.set('2026-12-14T00:30:00Z');
    expect((await again.app.reminders.tick()).attempted).toBe(1);
    const digest = smtp!.received.at(-1)!;
    expect(digest.subject).toBe('3 overdue actions this week (2026-W51)');
    expect(digest.text.indexOf('Fix the retry storm')).toBeLessThan(
      digest.text.indexOf('Runbook for payments'),
    );
    expect(smtp!.received).toHaveLength(5);
    const log = await again.app.store.reminderLog(20);
    expect(log.map((e) => e.outcome)).toEqual(Array(5).fill('sent'));
    expect(log[0]).toMatchObject({
      recipientName: 'Pat Lee',
      recipient: { kind: 'person', id: pat.person.id },
    });
  });

  it('sends a muted person nothing and logs the skip once', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverWithMail(clock);
    const sam = await signedIn(server.app, 'member', 'Sam Roe');
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    await ownedActions(t, server, sam.person.id, { 'Due today for Sam': '2026-12-07' });
    await ownedActions(t, server, pat.person.id, { 'Due today for Pat': '2026-12-07' });
    await server.app.store.setMuted(sam.person.id, true, clock.now());

    await server.app.reminders.tick();
    await server.app.reminders.tick();
    expect(subjects(pat.person.email)).toEqual(['Due today: Due today for Pat']);
    expect(subjects(sam.person.email)).toEqual([]);
    const log = await server.app.store.reminderLog(10);
    expect(log.filter((e) => e.outcome === 'muted')).toMatchObject([
      { recipientName: 'Sam Roe', attempt: 0, kind: 'due' },
    ]);
  });

  it('tries a refusing mail server again with backoff, then logs the send failed', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverWithMail(clock, true);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    await ownedActions(t, server, pat.person.id, { 'Due today': '2026-12-07' });

    const outcomes = async () =>
      (await server.app.store.reminderLog(20)).reverse().map((e) => [e.outcome, e.attempt]);
    await server.app.reminders.tick();
    expect(await outcomes()).toEqual([['retried', 1]]);
    // Not before its time: the second attempt waits RETRY_MS, the third twice that…
    clock.add(RETRY_MS - 1);
    await server.app.reminders.tick();
    expect(await outcomes()).toHaveLength(1);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock.add(RETRY_MS * 2 ** (attempt - 2));
      await server.app.reminders.tick();
    }
    expect(await outcomes()).toEqual([
      ['retried', 1],
      ['retried', 2],
      ['retried', 3],
      ['retried', 4],
      ['failed', 5],
    ]);
    const [failed] = await server.app.store.reminderLog(1);
    expect(failed!.detail).toMatch(/550|unavailable/i);
    clock.add(RETRY_MS * 100);
    await server.app.reminders.tick();
    expect(await outcomes()).toHaveLength(MAX_ATTEMPTS);
  });
});

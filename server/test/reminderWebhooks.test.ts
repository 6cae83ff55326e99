/**
 * Reminders to team channels on a real server with a fake clock, at a local receiver
 * standing in for each vendor: each format's body is the one its documentation gives
 * (test/fixtures/webhooks/, one example per format), the before, due and digest
 * reminders arrive once each per channel, a receiver that is down is tried again with
 * backoff and, when it stays down, the send is reported failed in the admin's log; the
 * settings, channels, test message and mute routes keep their rules.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHANNEL_FORMATS,
  type ReminderLogResponse,
  type ReminderSettingsResponse,
} from '@hindsight/shared';
import { testContext, type TestServer } from './helpers.ts';
import { signedIn } from './people.ts';
import { fakeClock, ownedActions, type FakeClock } from './support/reminderSetup.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';
import { MAX_ATTEMPTS } from '../src/reminders/worker.ts';

const t = testContext();
const RETRY_MS = 1000;

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function serverAt(clock: FakeClock) {
  receiver ??= await startWebhookReceiver();
  return t.server({
    clock: clock.now,
    env: {
      PUBLIC_URL: 'https://hindsight.example.com',
      REMINDER_INTERVAL_MS: '0',
      REMINDER_RETRY_MS: String(RETRY_MS),
      SEARCH_INDEX_DELAY_MS: '0',
    },
  });
}

async function api(server: TestServer, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${server.apiToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

async function addChannel(server: TestServer, format: string, path = `/${format}`) {
  const res = await api(server, 'POST', '/api/reminders/channels', {
    name: `${format} channel`,
    format,
    url: `${receiver!.url}${path}`,
  });
  expect(res.status).toBe(201);
  return (res.body.channel as { id: string }).id;
}

const fixture = (format: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/webhooks/${format}.json`, import.meta.url), 'utf8'),
  ) as unknown;

/** A body with the random ids put back as the fixture names them (`BOARD`, `ACTION-1`…). */
const normalised = (body: unknown, names: Record<string, string>) => {
  let json = JSON.stringify(body);
  for (const [id, name] of Object.entries(names)) json = json.replaceAll(id, name);
  return JSON.parse(json) as unknown;
};

describe('reminders to team channels', () => {
  it('posts each format as its vendor documents it, the before, due and digest reminders once each', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverAt(clock);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    for (const format of CHANNEL_FORMATS) await addChannel(server, format);
    const { board, ids } = await ownedActions(t, server, pat.person.id, {
      'Alert @channel on <!channel> & [*checkout*](https://evil.example)': '2026-12-10',
      'Runbook for payments': '2026-12-07',
      'Fix the retry storm': '2026-12-01',
    });

    await server.app.reminders.tick();
    await server.app.reminders.tick();
    clock.set('2026-12-09T09:00:00Z');
    await server.app.reminders.tick();
    for (const format of CHANNEL_FORMATS) {
      const names = {
        [board.id]: 'BOARD',
        [pat.person.id]: 'PERSON',
        ...Object.fromEntries(ids.map((id, i) => [id, `ACTION-${i + 1}`])),
      };
      const bodies = receiver!.bodies(`/${format}`).map((b) => normalised(b, names));
      expect(bodies, format).toHaveLength(3);
      expect(bodies, format).toEqual(fixture(format));
    }
    expect(new Set(receiver!.received.map((r) => r.contentType))).toEqual(
      new Set(['application/json']),
    );
  });

  it('tries a receiver that is down again with backoff, and reports one that stays down in the log', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverAt(clock);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    await addChannel(server, 'slack', '/flaky');
    await addChannel(server, 'mattermost', '/down');
    receiver!.fail('/flaky', 503, 2);
    receiver!.fail('/down', 500);
    await ownedActions(t, server, pat.person.id, { 'Due today': '2026-12-07' });

    await server.app.reminders.tick();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock.add(RETRY_MS * 2 ** (attempt - 2));
      await server.app.reminders.tick();
    }
    expect(receiver!.bodies('/flaky')).toHaveLength(1);
    expect(receiver!.bodies('/down')).toHaveLength(0);

    const res = await api(server, 'GET', '/api/reminders/log?limit=50');
    expect(res.status).toBe(200);
    const { entries } = res.body as unknown as ReminderLogResponse;
    const of = (name: string) =>
      entries
        .filter((e) => e.recipientName === name)
        .reverse()
        .map((e) => [e.outcome, e.attempt, e.detail]);
    expect(of('slack channel')).toEqual([
      ['retried', 1, 'HTTP 503'],
      ['retried', 2, 'HTTP 503'],
      ['sent', 3, null],
    ]);
    expect(of('mattermost channel')).toEqual([
      ['retried', 1, 'HTTP 500'],
      ['retried', 2, 'HTTP 500'],
      ['retried', 3, 'HTTP 500'],
      ['retried', 4, 'HTTP 500'],
      ['failed', 5, 'HTTP 500'],
    ]);
    // Mail is not set up on this server: the owner's reminder is failed at once, and said so.
    expect(of('Pat Lee')).toEqual([['failed', 1, 'mail is not set up (SMTP_URL)']]);
  });

  it('keeps its settings and channels under their rules, sends a test, and sends nothing when turned off', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverAt(clock);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const initial = await api(server, 'GET', '/api/reminders/settings');
    expect(initial.body).toEqual({
      settings: { enabled: true, daysBefore: 3, timeZone: 'UTC' },
      channels: [],
      mailConfigured: false,
    });
    for (const bad of [
      { enabled: true, daysBefore: -1, timeZone: 'UTC' },
      { enabled: true, daysBefore: 3, timeZone: 'Mars/Olympus' },
      { enabled: 'yes', daysBefore: 3, timeZone: 'UTC' },
    ]) {
      expect((await api(server, 'PUT', '/api/reminders/settings', bad)).status).toBe(400);
    }
    const id = await addChannel(server, 'json', '/secret-path');
    const view = (await api(server, 'GET', '/api/reminders/settings'))
      .body as unknown as ReminderSettingsResponse;
    expect(view.channels).toMatchObject([
      { id, format: 'json', host: new URL(receiver!.url).host },
    ]);
    expect(JSON.stringify(view)).not.toContain('secret-path');
    for (const bad of [
      { name: 'x', format: 'irc', url: 'https://h.example/x' },
      { name: 'x', format: 'json', url: 'javascript:alert(1)' },
      { name: '', format: 'json', url: 'https://h.example/x' },
    ]) {
      expect((await api(server, 'POST', '/api/reminders/channels', bad)).status).toBe(400);
    }

    const test = await api(server, 'POST', `/api/reminders/channels/${id}/test`, {});
    expect(test.body).toEqual({ outcome: 'sent', detail: null });
    expect(receiver!.bodies('/secret-path')).toMatchObject([{ kind: 'test', actions: [] }]);
    expect((await api(server, 'POST', '/api/reminders/channels/nope/test', {})).status).toBe(404);

    const off = { enabled: false, daysBefore: 3, timeZone: 'Europe/Berlin' };
    expect((await api(server, 'PUT', '/api/reminders/settings', off)).status).toBe(200);
    await ownedActions(t, server, pat.person.id, { 'Due today': '2026-12-07' });
    expect((await server.app.reminders.tick()).attempted).toBe(0);
    expect(receiver!.bodies('/secret-path')).toHaveLength(1);

    expect((await api(server, 'DELETE', `/api/reminders/channels/${id}`)).status).toBe(204);
    expect((await api(server, 'DELETE', `/api/reminders/channels/${id}`)).status).toBe(404);
  });

  it('lets a person mute themselves from their account or the mailed link, and the link mutes only them', async () => {
    const clock = fakeClock('2026-12-07T09:00:00Z');
    const server = await serverAt(clock);
    const pat = await signedIn(server.app, 'member', 'Pat Lee');
    const sam = await signedIn(server.app, 'member', 'Sam Roe');
    const mine = (who: typeof pat) =>
      fetch(`${server.url}/api/account/reminders`, { headers: who.headers }).then(
        (r) => r.json() as Promise<{ muted: boolean }>,
      );
    expect(await mine(pat)).toEqual({ muted: false });
    const put = await fetch(`${server.url}/api/account/reminders`, {
      method: 'PUT',
      headers: { ...pat.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ muted: true }),
    });
    expect(put.status).toBe(200);
    expect(await mine(pat)).toEqual({ muted: true });

    const token = await server.app.reminders.muteTokenFor(sam.person.id);
    const forged = `${Buffer.from(pat.person.id).toString('base64url')}.${token.split('.')[1]}`;
    const post = (body: unknown) =>
      fetch(`${server.url}/api/reminders/mute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ token: forged })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    await fetch(`${server.url}/api/account/reminders`, {
      method: 'PUT',
      headers: { ...pat.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ muted: false }),
    });
    expect((await post({ token })).status).toBe(200);
    expect(await mine(sam)).toEqual({ muted: true });
    expect(await mine(pat)).toEqual({ muted: false });
  });
});

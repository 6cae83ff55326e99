/**
 * The notice that a postmortem's actions are all resolved, on a real server: its
 * postmortem owners and its facilitator get one mail at the in-process SMTP server, the
 * team channel one post, a muted owner is logged skipped, and a bystander gets nothing.
 * The same change told again (as another process would) sends nothing more; an action
 * reopened and resolved again tells them again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addActionItem,
  roomName,
  setActionStatus,
  setPostmortemOwners,
  type CreateBoardResponse,
} from '@hindsight/shared';
import type { ClosableEvent } from '../src/ledger/closing.ts';
import { synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';
import { signedIn } from './people.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtpServer.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

let smtp: TestSmtpServer | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await Promise.all([smtp?.close(), receiver?.close()]);
  smtp = undefined;
  receiver = undefined;
});

async function serverWithMail(): Promise<TestServer> {
  smtp = await startSmtpServer({});
  receiver = await startWebhookReceiver();
  return t.server({
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Hindsight <hindsight@example.com>',
      REMINDER_INTERVAL_MS: '0',
      SEARCH_INDEX_DELAY_MS: '0',
    },
  });
}

describe('the closable notice', () => {
  it('tells the owners, the facilitator and the team channel once per change to closable', async () => {
    const server = await serverWithMail();
    const fay = await signedIn(server.app, 'member', 'Fay Facilitator');
    const olga = await signedIn(server.app, 'member', 'Olga Owner');
    const max = await signedIn(server.app, 'member', 'Max Muted');
    const bystander = await signedIn(server.app, 'member', 'Bo Bystander');
    await server.app.store.setMuted(max.person.id, true, Date.now());
    const channel = await fetch(`${server.url}/api/reminders/channels`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ops', format: 'json', url: `${receiver!.url}/ops` }),
    });
    expect(channel.status).toBe(201);
    const created = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { ...fay.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Checkout 5xx' }),
    });
    const board = (await created.json()) as CreateBoardResponse;
    const doc = t.client(server, roomName(board.id), board.tokens.facilitator);
    const facilitation = t.client(
      server,
      roomName(board.id, 'facilitation'),
      board.tokens.facilitator,
    );
    await Promise.all([synced(doc), synced(facilitation)]);
    const events: ClosableEvent[] = [];
    server.app.ledgerEvents.on('closable', (e) => events.push(e));
    setPostmortemOwners(facilitation.doc, ['Olga Owner', 'Max Muted']);
    const action = addActionItem(doc.doc, { title: 'Alert on pool saturation' });
    const mailTo = (p: { person: { email: string } }) =>
      smtp!.received.filter((m) => m.to.includes(p.person.email));

    setActionStatus(doc.doc, action, 'done');
    await vi.waitFor(() => {
      expect(mailTo(olga)).toHaveLength(1);
      expect(mailTo(fay)).toHaveLength(1);
      expect(receiver!.bodies('/ops')).toHaveLength(1);
    }, until);
    const mail = mailTo(olga)[0]!;
    expect(mail.subject).toBe('All actions resolved: Checkout 5xx');
    expect(mail.text).toContain(`/actions?postmortem=${board.id}`);
    expect(receiver!.bodies('/ops')[0]).toMatchObject({
      kind: 'closable',
      postmortem: { boardId: board.id, title: 'Checkout 5xx', closed: false },
    });
    expect(mailTo(max)).toHaveLength(0);
    expect(mailTo(bystander)).toHaveLength(0);
    const log = await server.app.store.reminderLog(50);
    expect(
      log.filter((l) => l.kind === 'closable').map((l) => [l.recipientName, l.outcome]),
    ).toEqual(
      expect.arrayContaining([
        ['Max Muted', 'muted'],
        ['Olga Owner', 'sent'],
        ['Fay Facilitator', 'sent'],
        ['Ops', 'sent'],
      ]),
    );

    // The same change told again, as a second process seeing it would: claimed, not sent.
    server.app.ledgerEvents.emit('closable', events[0]!);
    // Reopened and resolved again: a new change, told again.
    setActionStatus(doc.doc, action, 'in progress', undefined, Date.now() + 1);
    await vi.waitFor(async () => {
      server.app.searchIndexer.schedule(board.id);
      await server.app.searchIndexer.flush(board.id);
      expect((await server.app.store.findAction(action))?.status).toBe('in progress');
    }, until);
    setActionStatus(doc.doc, action, 'done', undefined, Date.now() + 2);
    await vi.waitFor(() => {
      expect(mailTo(olga)).toHaveLength(2);
      expect(mailTo(fay)).toHaveLength(2);
      expect(receiver!.bodies('/ops')).toHaveLength(2);
    }, until);
    expect(smtp!.received).toHaveLength(4);
    // Two changes to closable, and the one told twice.
    expect(events.map((e) => e.resolvedAt)).toEqual([
      events[0]!.resolvedAt,
      events[0]!.resolvedAt,
      expect.any(Number),
    ]);
    expect(events[2]!.resolvedAt).toBeGreaterThan(events[0]!.resolvedAt);
  });
});

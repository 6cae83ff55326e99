/**
 * Reminders: the worker (worker.ts) on an interval in every process, the recipients it
 * reaches (members by mail, team channels by their webhooks), and `app.reminders` for the
 * routes. Ticks are off with REMINDER_INTERVAL_MS=0; the workspace's `enabled` setting
 * turns sending off everywhere. A postmortem whose actions are all resolved is told to
 * its owners and team channels once (closableNotice.ts).
 */
import type { AddressInfo } from 'node:net';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { reminderMail } from './mail.ts';
import { postWebhook, webhookBody } from './webhooks.ts';
import { MUTE_SECRET, muteToken } from './muteToken.ts';
import { randomId, DEFAULT_REMINDER_SETTINGS, localDate } from '@hindsight/shared';
import type { SendContent } from './reminderStore.ts';
import type { ClosableEvent } from '../ledger/closing.ts';
import { closableRecipients, closableSends } from './closableNotice.ts';
import {
  reminderWorker,
  type AttemptEnd,
  type Reachable,
  type Recipients,
  type ReminderWorker,
} from './worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    reminders: ReminderWorker & {
      /** The token of the mute link mailed to a person. */
      muteTokenFor(personId: string): Promise<string>;
      /** Posts a test message to a channel now, logged as any send. */
      sendTest(channelId: string): Promise<AttemptEnd>;
    };
  }
}

export interface RemindersPluginOptions {
  /** How often a tick runs, ms; 0: never (tests call `tick`). */
  readonly intervalMs: number;
  readonly retryMs: number;
  /** The origin of links in reminders; else the address this server listens on. */
  readonly publicUrl: string | undefined;
  /** The clock the schedule reads; tests move it on. */
  readonly clock?: (() => number) | undefined;
}

/** This server's own origin, for links when PUBLIC_URL is unset. */
function listeningOrigin(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo | null;
  if (!address) return 'http://localhost';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export default fp<RemindersPluginOptions>(
  async (app, options) => {
    const { store, workspace } = app;
    const now = options.clock ?? Date.now;

    async function recipients(): Promise<Recipients> {
      const [people, muted, secret, channels] = await Promise.all([
        workspace.store.listPeople(),
        store.mutedPeople(),
        store.secret(MUTE_SECRET),
        store.listChannels(),
      ]);
      const origin = options.publicUrl ?? listeningOrigin(app);
      const members = new Map<string, Reachable>();
      for (const person of people) {
        if (person.deactivatedAt !== null) continue;
        const muteLink = `${origin}/mute#${muteToken(secret, person.id)}`;
        members.set(person.id, {
          name: person.name,
          async deliver(content) {
            if (!workspace.mailer.configured) {
              return { ok: false, retry: false, detail: 'mail is not set up (SMTP_URL)' };
            }
            const sent = await workspace.mailer.send(
              reminderMail({ to: person.email, name: person.name, content, origin, muteLink }),
            );
            if (sent.sent) return { ok: true };
            return { ok: false, retry: true, detail: 'detail' in sent ? sent.detail : sent.reason };
          },
        });
      }
      const ownerOf = (a: { ownerPersonId: string }) => members.get(a.ownerPersonId)?.name ?? null;
      const teams = new Map<string, Reachable>();
      for (const channel of channels) {
        teams.set(channel.id, {
          name: channel.name,
          deliver: (content) =>
            postWebhook(channel.url, webhookBody(channel.format, { content, origin, ownerOf })),
        });
      }
      return {
        resolve: (r) => (r.kind === 'person' ? members : teams).get(r.id) ?? null,
        muted: (personId) => muted.has(personId),
      };
    }

    const worker = reminderWorker({
      store,
      recipients,
      now,
      retryMs: options.retryMs,
      log: app.log,
    });
    app.decorate('reminders', {
      ...worker,
      muteTokenFor: async (personId: string) =>
        muteToken(await store.secret(MUTE_SECRET), personId),
      async sendTest(channelId: string) {
        const settings = (await store.reminderSettings()) ?? DEFAULT_REMINDER_SETTINGS;
        const content: SendContent = {
          kind: 'test',
          today: localDate(now(), settings.timeZone),
          week: null,
          actions: [],
        };
        return worker.sendNow({
          key: `test:${channelId}:${randomId(16)}`,
          kind: 'test',
          recipient: { kind: 'channel', id: channelId },
          content: JSON.stringify(content),
        });
      },
    });

    /** Tells a postmortem's owners and the team channels that its actions are all resolved. */
    async function tellClosable(event: ClosableEvent) {
      const settings = (await store.reminderSettings()) ?? DEFAULT_REMINDER_SETTINGS;
      if (!settings.enabled) return;
      const [people, channels] = await Promise.all([
        workspace.store.listPeople(),
        store.listChannels(),
      ]);
      const to = closableRecipients(
        event,
        people,
        channels.map((c) => c.id),
      );
      for (const send of closableSends(event, to, now(), settings.timeZone)) {
        await worker.sendOnce(send);
      }
    }
    const notices = new Set<Promise<void>>();
    app.ledgerEvents.on('closable', (event) => {
      const notice = tellClosable(event)
        .catch((err: unknown) =>
          app.log.warn({ err, board: event.boardId }, 'could not tell a postmortem closable'),
        )
        .finally(() => notices.delete(notice));
      notices.add(notice);
    });
    app.addHook('preClose', async () => {
      await Promise.all(notices);
    });

    if (options.intervalMs <= 0) return;
    let ticking: Promise<void> | null = null;
    let ticks = 0;
    // A tick that outlasts the interval is not queued behind: the next one is skipped.
    const tick = () => {
      ticking ??= worker
        .tick()
        .then((summary) => app.log.debug({ tick: ++ticks, ...summary }, 'reminders ticked'))
        .catch((err: unknown) => app.log.warn({ err }, 'could not send reminders'))
        .finally(() => (ticking = null));
    };
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      timer = setInterval(tick, options.intervalMs).unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await ticking;
    });
  },
  { name: 'reminders', dependencies: ['store', 'workspace', 'ledger'] },
);

/**
 * Reminders (server/src/reminders/): the admins' settings, team channels and the log of
 * every send (rule `reminders.manage`); each person's own mute (rule `account.manage`);
 * and the mute link mailed with each reminder, which works without signing in and mutes
 * only the person it was signed for (reminders/muteToken.ts).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  ChannelInputSchema,
  MAX_CHANNELS,
  MuteLinkSchema,
  MuteSchema,
  randomId,
  ReminderLogQuerySchema,
  ReminderSettingsSchema,
  DEFAULT_REMINDER_SETTINGS,
  type ChannelTestResponse,
  type MuteState,
  type ReminderChannel,
  type ReminderLogResponse,
  type ReminderSettingsResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize, type RequestPrincipal } from '../http/authorize.ts';
import { MUTE_SECRET, personOfMuteToken } from '../reminders/muteToken.ts';
import type { ChannelRecord } from '../reminders/reminderStore.ts';

/** Mute links tried per address and minute at most: each is a guess at a signature. */
const MUTE_RATE = { max: 30, timeWindow: 60_000 };

const iso = (ms: number) => new Date(ms).toISOString();

/** The person behind a request that passed `account.manage` (people only). */
function personOf(principal: RequestPrincipal): string {
  if (principal.kind !== 'person') throw new Error('account.manage lets people only through');
  return principal.personId;
}

/** A channel as admins see it: its webhook URL is a secret, so only the host is shown. */
const channelView = (c: ChannelRecord): ReminderChannel => ({
  id: c.id,
  name: c.name,
  format: c.format,
  host: new URL(c.url).host,
  createdAt: iso(c.createdAt),
});

const noChannel = (reply: FastifyReply) =>
  sendError(reply, 404, { error: 'not_found', message: 'No channel with that id.' });

const remindersRoutes: FastifyPluginAsync = async (app) => {
  const { store, workspace } = app;
  const manage = { preHandler: authorize(app, 'reminders.manage') };
  const own = { preHandler: authorize(app, 'account.manage') };

  async function settingsResponse(): Promise<ReminderSettingsResponse> {
    return {
      settings: (await store.reminderSettings()) ?? DEFAULT_REMINDER_SETTINGS,
      channels: (await store.listChannels()).map(channelView),
      mailConfigured: workspace.mailer.configured,
    };
  }

  app.get('/api/reminders/settings', manage, settingsResponse);

  app.put('/api/reminders/settings', manage, async (request, reply) => {
    const parsed = ReminderSettingsSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    await store.saveReminderSettings(parsed.data, Date.now());
    request.log.info({ settings: parsed.data }, 'reminder settings changed');
    return settingsResponse();
  });

  app.post('/api/reminders/channels', manage, async (request, reply) => {
    const parsed = ChannelInputSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    if ((await store.listChannels()).length >= MAX_CHANNELS) {
      return sendError(reply, 409, {
        error: 'too_many_channels',
        message: `A workspace has ${MAX_CHANNELS} channels at most; remove one first.`,
      });
    }
    const record: ChannelRecord = { id: randomId(16), ...parsed.data, createdAt: Date.now() };
    await store.addChannel(record);
    request.log.info({ channel: record.id, format: record.format }, 'reminder channel added');
    return reply.code(201).send({ channel: channelView(record) });
  });

  app.delete<{ Params: { id: string } }>(
    '/api/reminders/channels/:id',
    manage,
    async (request, reply) => {
      if (!(await store.removeChannel(request.params.id))) return noChannel(reply);
      request.log.info({ channel: request.params.id }, 'reminder channel removed');
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/reminders/channels/:id/test',
    manage,
    async (request, reply) => {
      const channels = await store.listChannels();
      if (!channels.some((c) => c.id === request.params.id)) return noChannel(reply);
      const body: ChannelTestResponse = await app.reminders.sendTest(request.params.id);
      return body;
    },
  );

  app.get('/api/reminders/log', manage, async (request, reply) => {
    const parsed = ReminderLogQuerySchema.safeParse(request.query);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const entries = await store.reminderLog(parsed.data.limit);
    const body: ReminderLogResponse = {
      entries: entries.map((e) => ({
        at: iso(e.at),
        key: e.key,
        kind: e.kind,
        recipientKind: e.recipient.kind,
        recipientId: e.recipient.id,
        recipientName: e.recipientName,
        outcome: e.outcome,
        attempt: e.attempt,
        detail: e.detail,
      })),
    };
    return body;
  });

  app.get('/api/account/reminders', own, async (request) => {
    const body: MuteState = { muted: (await store.mutedPeople()).has(personOf(request.principal)) };
    return body;
  });

  app.put('/api/account/reminders', own, async (request, reply) => {
    const parsed = MuteSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    await store.setMuted(personOf(request.principal), parsed.data.muted, Date.now());
    const body: MuteState = parsed.data;
    return body;
  });

  app.post('/api/reminders/mute', { config: { rateLimit: MUTE_RATE } }, async (request, reply) => {
    const parsed = MuteLinkSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const secret = await store.secret(MUTE_SECRET);
    const id = personOfMuteToken(secret, parsed.data.token);
    const person = id ? await workspace.store.findPerson(id) : null;
    if (!person || person.deactivatedAt !== null) {
      return sendError(reply, 400, {
        error: 'invalid_link',
        message: 'This mute link is not valid. Mute your reminders from your account instead.',
      });
    }
    await store.setMuted(person.id, true, Date.now());
    request.log.info({ person: person.id }, 'reminders muted from a mailed link');
    const body: MuteState = { muted: true };
    return body;
  });
};

export default remindersRoutes;

/**
 * The workspace's reminder settings and team channels, as the admin's page and
 * `PUT /api/reminders/settings`, `POST /api/reminders/channels` carry them, and the send
 * log as `GET /api/reminders/log` answers it.
 */
import { z } from 'zod';
import { TimeZoneSchema } from '../time/zone.ts';

/** Days ahead of due a reminder may go out at most. */
export const MAX_DAYS_BEFORE = 30;
export const DEFAULT_DAYS_BEFORE = 3;

export const ReminderSettingsSchema = z.strictObject({
  /** Whether the workspace sends reminders at all. */
  enabled: z.boolean(),
  /** Days ahead of due for the first reminder; 0 sends none ahead. */
  daysBefore: z
    .number()
    .int('Days before due must be a whole number')
    .min(0, 'Days before due must be 0 or more')
    .max(MAX_DAYS_BEFORE, `Days before due must be at most ${MAX_DAYS_BEFORE}`),
  /** The zone in which a due date's day is judged and weeks start on Monday. */
  timeZone: TimeZoneSchema,
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  daysBefore: DEFAULT_DAYS_BEFORE,
  timeZone: 'UTC',
};

/** The incoming-webhook formats a channel may speak. */
export const CHANNEL_FORMATS = ['slack', 'teams', 'mattermost', 'json'] as const;
export type ChannelFormat = (typeof CHANNEL_FORMATS)[number];

export const MAX_CHANNELS = 20;

export const ChannelInputSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'A channel needs a name')
    .max(80, 'A channel name is at most 80 characters'),
  format: z.enum(CHANNEL_FORMATS, { error: 'Format must be slack, teams, mattermost or json' }),
  url: z
    .string()
    .trim()
    .max(2000, 'A webhook URL is at most 2000 characters')
    .refine(isWebhookUrl, 'A webhook URL must be an http:// or https:// URL'),
});
export type ChannelInput = z.infer<typeof ChannelInputSchema>;

function isWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A channel as the admin sees it: the URL's path is a secret, so only its host is shown. */
export const ReminderChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  format: z.enum(CHANNEL_FORMATS),
  host: z.string(),
  createdAt: z.string(),
});
export type ReminderChannel = z.infer<typeof ReminderChannelSchema>;

/** What happened to one send: each attempt and each skip is a log line. */
export const SEND_OUTCOMES = ['sent', 'retried', 'failed', 'muted'] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

export const ReminderLogEntrySchema = z.object({
  at: z.string(),
  key: z.string(),
  kind: z.enum(['before', 'due', 'digest', 'test', 'closable']),
  recipientKind: z.enum(['person', 'channel']),
  recipientId: z.string(),
  /** The person's name or the channel's, as it was at the send. */
  recipientName: z.string(),
  outcome: z.enum(SEND_OUTCOMES),
  attempt: z.number(),
  detail: z.string().nullable(),
});
export type ReminderLogEntry = z.infer<typeof ReminderLogEntrySchema>;

export const ReminderLogResponseSchema = z.object({ entries: z.array(ReminderLogEntrySchema) });
export type ReminderLogResponse = z.infer<typeof ReminderLogResponseSchema>;

export const ReminderSettingsResponseSchema = z.object({
  settings: ReminderSettingsSchema,
  channels: z.array(ReminderChannelSchema),
  /** Whether mail is set up: without it, people get no reminder by mail. */
  mailConfigured: z.boolean(),
});
export type ReminderSettingsResponse = z.infer<typeof ReminderSettingsResponseSchema>;

export const AddedChannelSchema = z.object({ channel: ReminderChannelSchema });

export const MAX_LOG_ENTRIES = 500;

export const ReminderLogQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(MAX_LOG_ENTRIES, `limit must be at most ${MAX_LOG_ENTRIES}`)
    .default(100),
});

/** What an admin's test message to a channel came to. */
export const ChannelTestResponseSchema = z.object({
  outcome: z.enum(['sent', 'retried', 'failed']),
  detail: z.string().nullable(),
});
export type ChannelTestResponse = z.infer<typeof ChannelTestResponseSchema>;

/** `POST /api/reminders/mute`: the token of a mailed mute link, which needs no sign-in. */
export const MuteLinkSchema = z.strictObject({
  token: z.string().min(1, 'A mute link needs its token').max(400, 'This mute link is not valid'),
});

/** A person's own choice: `GET`/`PUT /api/account/reminders`. */
export const MuteSchema = z.strictObject({ muted: z.boolean() });
export type MuteState = z.infer<typeof MuteSchema>;

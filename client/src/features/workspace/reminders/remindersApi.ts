/** The reminder pages' REST calls, made with the session cookie; changes carry its CSRF token. */
import {
  AddedChannelSchema,
  ChannelTestResponseSchema,
  MuteSchema,
  ReminderLogResponseSchema,
  ReminderSettingsResponseSchema,
  type ChannelInput,
  type ChannelTestResponse,
  type MuteState,
  type ReminderLogResponse,
  type ReminderSettings,
  type ReminderSettingsResponse,
} from '@hindsight/shared';
import { z } from 'zod';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export function fetchReminderSettings(signal: AbortSignal): Promise<ReminderSettingsResponse> {
  return request(
    '/api/reminders/settings',
    { cache: 'no-store', signal },
    ReminderSettingsResponseSchema,
  );
}

export function saveReminderSettings(
  settings: ReminderSettings,
): Promise<ReminderSettingsResponse> {
  return request(
    '/api/reminders/settings',
    withCsrf(json('PUT', settings)),
    ReminderSettingsResponseSchema,
  );
}

export async function addChannel(input: ChannelInput): Promise<void> {
  await request('/api/reminders/channels', withCsrf(json('POST', input)), AddedChannelSchema);
}

export async function removeChannel(id: string): Promise<void> {
  const url = `/api/reminders/channels/${encodeURIComponent(id)}`;
  await request(url, withCsrf({ method: 'DELETE' }), z.unknown());
}

export function testChannel(id: string): Promise<ChannelTestResponse> {
  const url = `/api/reminders/channels/${encodeURIComponent(id)}/test`;
  return request(url, withCsrf(json('POST', {})), ChannelTestResponseSchema);
}

export function fetchReminderLog(signal: AbortSignal): Promise<ReminderLogResponse> {
  return request('/api/reminders/log', { cache: 'no-store', signal }, ReminderLogResponseSchema);
}

export function fetchMuted(signal: AbortSignal): Promise<MuteState> {
  return request('/api/account/reminders', { cache: 'no-store', signal }, MuteSchema);
}

export function setMuted(muted: boolean): Promise<MuteState> {
  return request('/api/account/reminders', withCsrf(json('PUT', { muted })), MuteSchema);
}

/** The mailed mute link's call: no session, the token is the credential. */
export function muteByLink(token: string): Promise<MuteState> {
  return request('/api/reminders/mute', json('POST', { token }), MuteSchema);
}

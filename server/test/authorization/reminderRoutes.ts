/**
 * The authorisation table's rows for reminders: settings, channels and the log are the
 * admins'; muting is a person's own; a mailed mute link needs no sign-in, its token is
 * the credential (and mutes only the person it was signed for).
 */
import type { RouteKey } from '../../src/app.ts';
import type { TestServer } from '../helpers.ts';
import { nextEmail, OPEN, OWN_ACCOUNT, type Row, withJson, workspace } from './callers.ts';

/** A channel whose webhook refuses connections at once (port 9, discard, closed here). */
async function channel(server: TestServer): Promise<string> {
  const id = `c${nextEmail('channel').replace(/\W/g, '')}`.slice(0, 30);
  await server.app.store.addChannel({
    id,
    name: 'Ops',
    format: 'json',
    url: 'http://127.0.0.1:9/hook',
    createdAt: Date.now(),
  });
  return id;
}

export const REMINDER_ROUTES = {
  'GET /api/reminders/settings': {
    request: () => ({ url: '/api/reminders/settings' }),
    expect: workspace(403, 403, 200),
  },
  'PUT /api/reminders/settings': {
    request: () =>
      withJson('/api/reminders/settings', { enabled: true, daysBefore: 2, timeZone: 'UTC' }, 'PUT'),
    expect: workspace(403, 403, 200),
  },
  'POST /api/reminders/channels': {
    request: () =>
      withJson('/api/reminders/channels', {
        name: 'Ops',
        format: 'slack',
        url: 'https://hooks.example.com/services/T/B/x',
      }),
    expect: workspace(403, 403, 201),
  },
  'DELETE /api/reminders/channels/:id': {
    async request({ server }) {
      return { method: 'DELETE', url: `/api/reminders/channels/${await channel(server)}` };
    },
    expect: workspace(403, 403, 204),
  },
  'POST /api/reminders/channels/:id/test': {
    async request({ server }) {
      return withJson(`/api/reminders/channels/${await channel(server)}/test`, {});
    },
    expect: workspace(403, 403, 200),
  },
  'GET /api/reminders/log': {
    request: () => ({ url: '/api/reminders/log' }),
    expect: workspace(403, 403, 200),
  },
  'GET /api/account/reminders': {
    request: () => ({ url: '/api/account/reminders' }),
    expect: OWN_ACCOUNT(200),
  },
  'PUT /api/account/reminders': {
    request: () => withJson('/api/account/reminders', { muted: true }, 'PUT'),
    expect: OWN_ACCOUNT(200),
  },
  'POST /api/reminders/mute': {
    async request({ server }) {
      const person = await server.app.workspace.people.create({
        email: nextEmail('muted'),
        name: 'Mo',
        role: 'member',
      });
      return withJson('/api/reminders/mute', {
        token: await server.app.reminders.muteTokenFor(person.id),
      });
    },
    expect: OPEN,
  },
} satisfies Partial<Record<RouteKey, Row>>;

/** The authorisation table's rows for what admins keep: API tokens, people and invitations. */
import type { RouteKey } from '../../src/app.ts';
import type { TestServer } from '../helpers.ts';
import { TEST_PASSWORD } from '../people.ts';
import { mapCallers, nextEmail, OPEN, workspace, type Row, withJson } from './callers.ts';

/** A pending invitation of a new email, and its token. */
const invitation = (server: TestServer) =>
  server.app.workspace.invitations.create({
    email: nextEmail('invitee'),
    role: 'member',
    invitedBy: null,
  });

export const WORKSPACE_ROUTES = {
  'GET /api/tokens': { request: () => ({ url: '/api/tokens' }), expect: workspace(403, 403, 200) },
  'POST /api/tokens': {
    request: () => withJson('/api/tokens', { name: 'ci', scope: 'read' }),
    expect: workspace(403, 403, 201),
  },
  'DELETE /api/tokens/:id': {
    async request({ server }) {
      const { info } = await server.app.workspace.tokens.create({ name: 'doomed', scope: 'read' });
      return { method: 'DELETE', url: `/api/tokens/${info.id}` };
    },
    expect: workspace(403, 403, 204),
  },
  // People and invitations are the admins'.
  'GET /api/people': { request: () => ({ url: '/api/people' }), expect: workspace(403, 403, 200) },
  // Names and ids only, for choosing an action's owner: anyone signed in or any token; a
  // guest on a board's participant link, who has no account, gets nothing.
  'GET /api/people/names': {
    request: () => ({ url: '/api/people/names' }),
    expect: workspace(200, 200, 200),
  },
  'PATCH /api/people/:id': {
    async request({ server }) {
      const person = await server.app.workspace.people.create({
        email: nextEmail('changed'),
        name: 'Cam',
        role: 'member',
      });
      return withJson(`/api/people/${person.id}`, { role: 'viewer' }, 'PATCH');
    },
    expect: workspace(403, 403, 200),
  },
  'GET /api/invitations': {
    request: () => ({ url: '/api/invitations' }),
    expect: workspace(403, 403, 200),
  },
  'POST /api/invitations': {
    request: () => withJson('/api/invitations', { email: nextEmail('invited'), role: 'member' }),
    expect: workspace(403, 403, 201),
  },
  'POST /api/invitations/:id/link': {
    async request({ server }) {
      const { record } = await invitation(server);
      return withJson(`/api/invitations/${record.id}/link`, { send: false });
    },
    expect: workspace(403, 403, 200),
  },
  'DELETE /api/invitations/:id': {
    async request({ server }) {
      const { record } = await invitation(server);
      return { method: 'DELETE', url: `/api/invitations/${record.id}` };
    },
    expect: workspace(403, 403, 204),
  },
  // Used before sign-in: the link's token is the credential, whoever else is asking.
  'POST /api/invitations/lookup': {
    async request({ server }) {
      const { token } = await invitation(server);
      return withJson('/api/invitations/lookup', { token });
    },
    expect: OPEN,
  },
  'POST /api/invitations/accept': {
    async request({ server }) {
      const { token } = await invitation(server);
      return withJson('/api/invitations/accept', { token, name: 'Ivy', password: TEST_PASSWORD });
    },
    expect: mapCallers(201),
  },
} satisfies Partial<Record<RouteKey, Row>>;

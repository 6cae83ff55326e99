/**
 * The authorisation table's rows for issue trackers: admins connect them; members file
 * issues and read a postmortem's target, which only its facilitator or an admin changes
 * (a member who does not facilitate it is refused); the webhooks carry no credentials but
 * a signature, and with no tracker connected there is nothing to verify against (404).
 */
import type { RouteKey } from '../../src/app.ts';
import { mapCallers, workspace, type Row, withJson } from './callers.ts';

export const TRACKER_ROUTES = {
  'GET /api/trackers': {
    request: () => ({ url: '/api/trackers' }),
    expect: workspace(403, 403, 200),
  },
  'PUT /api/trackers/:kind': {
    request: () => withJson('/api/trackers/github', { token: 'ghp_x' }, 'PUT'),
    expect: workspace(403, 403, 200),
  },
  'POST /api/trackers/:kind/test': {
    request: () => withJson('/api/trackers/jira/test', {}),
    expect: workspace(403, 403, 200),
  },
  'DELETE /api/trackers/:kind': {
    async request({ server }) {
      await server.app.store.putTrackerConnection({
        kind: 'linear',
        baseUrl: 'https://api.linear.app/graphql',
        email: null,
        tokenSealed: null,
        webhookSecretSealed: null,
        updatedAt: 1,
      });
      return { method: 'DELETE', url: '/api/trackers/linear' };
    },
    expect: workspace(403, 403, 204),
  },
  'GET /api/boards/:id/tracker': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/tracker` }),
    expect: workspace(403, 200, 200),
  },
  'PUT /api/boards/:id/tracker': {
    request: ({ board }) =>
      withJson(`/api/boards/${board.id}/tracker`, { kind: 'github', repository: 'o/r' }, 'PUT'),
    expect: workspace(403, 403, 200),
  },
  'POST /api/actions/:id/issue': {
    request: () => withJson('/api/actions/Nosuchaction0000/issue', {}),
    expect: workspace(403, 404, 404),
  },
  'POST /api/trackers/:kind/webhook': {
    request: () => withJson('/api/trackers/github/webhook', { action: 'closed' }),
    expect: mapCallers(404),
  },
} satisfies Partial<Record<RouteKey, Row>>;

/** The authorisation table's rows for the published postmortem, its public link and import. */
import type { RouteKey } from '../../src/app.ts';
import { publicLinks } from '../../src/workspace/publicLinks.ts';
import { OPEN, withJson, workspace, type Row, type World } from './callers.ts';

const linksOf = ({ server }: World) =>
  publicLinks(server.app.workspace.store, server.app.workspace.people);

export const PUBLISHED_ROUTES = {
  // The published postmortem: anyone who reads the workspace, people or tokens.
  'GET /api/postmortems/:id/published': {
    request: ({ board }) => ({ url: `/api/postmortems/${board.id}/published` }),
    expect: workspace(200, 200, 200),
  },
  'GET /api/postmortems/:id/public-link': {
    request: ({ board }) => ({ url: `/api/postmortems/${board.id}/public-link` }),
    expect: workspace(200, 200, 200),
  },
  // A public link is made and revoked by people who may run the board: members and admins.
  'POST /api/postmortems/:id/public-link': {
    request: ({ board }) => ({ method: 'POST', url: `/api/postmortems/${board.id}/public-link` }),
    expect: { ...workspace(403, 403, 403), member: 201, admin: 201 },
  },
  'DELETE /api/postmortems/:id/public-link': {
    async request(world) {
      await linksOf(world).create(world.board.id, null);
      return { method: 'DELETE', url: `/api/postmortems/${world.board.id}/public-link` };
    },
    expect: { ...workspace(403, 403, 403), member: 204, admin: 204 },
  },
  // The link itself is the credential: whoever holds it reads, whatever else they send.
  'GET /api/public/:token': {
    async request(world) {
      return { url: `/api/public/${await linksOf(world).create(world.board.id, null)}` };
    },
    expect: OPEN,
  },
  // Importing makes a board: members and write tokens, as creating one does.
  'POST /api/postmortems/import': {
    async request({ server, board }) {
      const exported = await server.app.inject({
        url: `/api/boards/${board.id}/export?format=json`,
        headers: { authorization: `Bearer ${board.tokens.facilitator}` },
      });
      return withJson('/api/postmortems/import', exported.json());
    },
    expect: workspace(403, 201, 201),
  },
} satisfies Partial<Record<RouteKey, Row>>;

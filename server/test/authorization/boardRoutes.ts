/** The authorisation table's rows for boards, their links, members and history, and the socket. */
import type { RouteKey } from '../../src/app.ts';
import {
  BOARD_LINK,
  FACILITATOR_ONLY,
  mapCallers,
  OPEN,
  workspace,
  type Row,
  withJson,
} from './callers.ts';

/** A well-formed version id that names no version. */
const NO_VERSION = 'AAAAAAAAAAAAAAAA';

export const BOARD_ROUTES = {
  'GET /healthz': { request: () => ({ url: '/healthz' }), expect: OPEN },
  'GET /readyz': { request: () => ({ url: '/readyz' }), expect: OPEN },
  'GET /api/time': { request: () => ({ url: '/api/time' }), expect: OPEN },
  'POST /api/boards': {
    request: () => withJson('/api/boards', { title: 'x' }),
    expect: workspace(403, 201, 201),
  },
  // The workspace's list: any signed-in person or token that reads.
  'GET /api/boards': { request: () => ({ url: '/api/boards' }), expect: workspace(200, 200, 200) },
  // The library and its search: whoever may see the workspace's postmortems.
  'GET /api/postmortems': {
    request: () => ({ url: '/api/postmortems?q=checkout' }),
    expect: workspace(200, 200, 200),
  },
  'GET /api/postmortems/:id/similar': {
    request: ({ board }) => ({ url: `/api/postmortems/${board.id}/similar` }),
    expect: workspace(200, 200, 200),
  },
  // The vocabulary suggested while typing: the same readers as the library.
  'GET /api/postmortems/vocabulary': {
    request: () => ({ url: '/api/postmortems/vocabulary?kind=service&prefix=ch' }),
    expect: workspace(200, 200, 200),
  },
  // The action ledger: the library's readers see it; changing an action needs a member
  // (then the status rules, server/test/actions.test.ts): an unknown action answers 404.
  'GET /api/actions': {
    request: () => ({ url: '/api/actions' }),
    expect: workspace(200, 200, 200),
  },
  'GET /api/actions/:id/history': {
    request: () => ({ url: '/api/actions/Nosuchaction0000/history' }),
    expect: workspace(404, 404, 404),
  },
  // The action settings: readers see them, only an admin changes them; the figures too.
  'GET /api/actions/settings': {
    request: () => ({ url: '/api/actions/settings' }),
    expect: workspace(200, 200, 200),
  },
  'PUT /api/actions/settings': {
    request: () =>
      withJson('/api/actions/settings', { duePolicy: { SEV1: 14 }, autoClose: false }, 'PUT'),
    expect: workspace(403, 403, 200),
  },
  // The document template of boards that chose none: only an admin reads or sets it.
  'GET /api/documents/settings': {
    request: () => ({ url: '/api/documents/settings' }),
    expect: workspace(403, 403, 200),
  },
  'PUT /api/documents/settings': {
    request: () => withJson('/api/documents/settings', { defaultTemplate: 'google-sre' }, 'PUT'),
    expect: workspace(403, 403, 200),
  },
  'GET /api/actions/stats': {
    request: () => ({ url: '/api/actions/stats' }),
    expect: workspace(200, 200, 200),
  },
  // Closing a postmortem from the ledger: its readers see whether it may close; closing
  // needs a member, then its facilitator, an owner or an admin (actions/closing.ts): the
  // board here has no actions and no owners, so only an admin closes it.
  'GET /api/boards/:id/closing': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/closing` }),
    expect: workspace(200, 200, 200),
  },
  'POST /api/boards/:id/close': {
    request: ({ board }) => withJson(`/api/boards/${board.id}/close`, {}),
    expect: workspace(403, 403, 200),
  },
  'PATCH /api/actions/:id': {
    request: () => withJson('/api/actions/Nosuchaction0000', { status: 'done' }, 'PATCH'),
    expect: workspace(403, 404, 404),
  },
  // Opening a board without its links is for people (a grant bound to their session);
  // a token may read the list but gets no grant. Observer is the least role: viewers pass.
  'POST /api/boards/:id/access': {
    request: ({ board }) => withJson(`/api/boards/${board.id}/access`, { role: 'observer' }),
    expect: { ...workspace(403, 403, 403), viewer: 200, member: 200, admin: 200 },
  },
  'GET /api/boards/:id': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}` }),
    expect: BOARD_LINK,
  },
  'GET /api/boards/:id/export': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/export?format=json` }),
    expect: BOARD_LINK,
  },
  'POST /api/boards/:id/links': {
    request: ({ board }) => withJson(`/api/boards/${board.id}/links`, { roles: ['observer'] }),
    // Only the facilitator's link may replace links; a participant is refused.
    expect: { ...mapCallers(401), guest: 403 },
  },
  // Members are the facilitator's to see and remove.
  'GET /api/boards/:id/members': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/members` }),
    expect: FACILITATOR_ONLY,
  },
  'DELETE /api/boards/:id/members/:memberId': {
    request: ({ board }) => ({
      method: 'DELETE',
      url: `/api/boards/${board.id}/members/AAAAAAAAAAAAAAAAAAAAAA`,
    }),
    expect: FACILITATOR_ONLY,
  },
  // The history is the facilitator's: a participant's link is refused.
  'GET /api/boards/:id/versions': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/versions` }),
    expect: FACILITATOR_ONLY,
  },
  'GET /api/boards/:id/versions/:versionId/preview': {
    request: ({ board }) => ({ url: `/api/boards/${board.id}/versions/${NO_VERSION}/preview` }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/versions/:versionId/restore': {
    request: ({ board }) => ({
      method: 'POST',
      url: `/api/boards/${board.id}/versions/${NO_VERSION}/restore`,
    }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/restores/undo': {
    request: ({ board }) => ({ method: 'POST', url: `/api/boards/${board.id}/restores/undo` }),
    expect: FACILITATOR_ONLY,
  },
  'POST /api/boards/:id/restores/redo': {
    request: ({ board }) => ({ method: 'POST', url: `/api/boards/${board.id}/restores/redo` }),
    expect: FACILITATOR_ONLY,
  },
  // The sync socket takes a board link's token in its query; 101 when it opens.
  'GET /sync/*': {
    request: () => ({ url: '/sync' }),
    expect: { ...mapCallers(4401), guest: 101 },
  },
} satisfies Partial<Record<RouteKey, Row>>;

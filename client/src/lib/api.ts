/**
 * The REST calls the client makes. Every answer is validated: the server is another
 * program and may be a different version.
 */
import {
  BoardMembersResponseSchema,
  BoardInfoSchema,
  CreateBoardResponseSchema,
  RestoreResponseSchema,
  RotateLinksResponseSchema,
  SsoStatusSchema,
  VersionListSchema,
  type BoardInfo,
  type BoardMembersResponse,
  type CreateBoardResponse,
  type RestoreResponse,
  type RotateLinksResponse,
  type RotatableRole,
  type SsoStatus,
  type VersionList,
} from '@hindsight/shared';
import { z } from 'zod';
import { request, send } from './http.ts';
import { withCsrf } from './session.ts';

export { ApiRequestError } from './http.ts';

export function createBoard(title: string, signal?: AbortSignal): Promise<CreateBoardResponse> {
  return request(
    '/api/boards',
    withCsrf({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
      signal: signal ?? null,
    }),
    CreateBoardResponseSchema,
  );
}

export function fetchBoard(id: string, token: string, signal?: AbortSignal): Promise<BoardInfo> {
  return request(
    `/api/boards/${encodeURIComponent(id)}`,
    { headers: { Authorization: `Bearer ${token}` }, signal: signal ?? null },
    BoardInfoSchema,
  );
}

/**
 * `POST /api/boards/:id/links` (facilitator): replaces the links of those roles; the old
 * ones stop working and the server closes the sockets opened with them.
 */
export function rotateLinks(
  id: string,
  facilitatorToken: string,
  roles: readonly RotatableRole[],
): Promise<RotateLinksResponse> {
  return request(
    `/api/boards/${encodeURIComponent(id)}/links`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${facilitatorToken}` },
      body: JSON.stringify({ roles }),
    },
    RotateLinksResponseSchema,
  );
}

const ServerTimeSchema = z.object({ now: z.number().int().nonnegative() });

/** `GET /api/time`: the server's clock, ms (see src/sync/serverClock.ts). */
export async function fetchServerTime(signal?: AbortSignal): Promise<number> {
  const { now } = await request(
    '/api/time',
    { cache: 'no-store', signal: signal ?? null },
    ServerTimeSchema,
  );
  return now;
}

const boardPath = (id: string) => `/api/boards/${encodeURIComponent(id)}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `GET /api/boards/:id/versions` (facilitator): the board's history, newest first. */
export function fetchVersions(
  id: string,
  token: string,
  signal?: AbortSignal,
): Promise<VersionList> {
  return request(
    `${boardPath(id)}/versions`,
    { headers: bearer(token), cache: 'no-store', signal: signal ?? null },
    VersionListSchema,
  );
}

/** `POST …/versions/:versionId/restore` (facilitator): the version's content, as a new change. */
export function restoreVersion(
  id: string,
  token: string,
  versionId: string,
): Promise<RestoreResponse> {
  return request(
    `${boardPath(id)}/versions/${encodeURIComponent(versionId)}/restore`,
    { method: 'POST', headers: bearer(token) },
    RestoreResponseSchema,
  );
}

/** `POST …/restores/undo` or `…/redo` (facilitator). */
export function stepRestore(
  id: string,
  token: string,
  direction: 'undo' | 'redo',
): Promise<RestoreResponse> {
  return request(
    `${boardPath(id)}/restores/${direction}`,
    { method: 'POST', headers: bearer(token) },
    RestoreResponseSchema,
  );
}

/** `GET …/versions/:versionId/preview?format=html`: the version as the postmortem page. */
export async function fetchVersionPreview(
  id: string,
  token: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<string> {
  const response = await send(
    `${boardPath(id)}/versions/${encodeURIComponent(versionId)}/preview?format=html`,
    { headers: bearer(token), cache: 'no-store', signal: signal ?? null },
  );
  return response.text();
}

/** `GET /api/boards/:id/members` (facilitator): who joined, wrote, voted and is here. */
export function fetchMembers(
  id: string,
  token: string,
  signal?: AbortSignal,
): Promise<BoardMembersResponse> {
  return request(
    `${boardPath(id)}/members`,
    { headers: bearer(token), cache: 'no-store', signal: signal ?? null },
    BoardMembersResponseSchema,
  );
}

/** `DELETE /api/boards/:id/members/:memberId` (facilitator): removes a stray member. */
export async function removeMember(id: string, token: string, memberId: string): Promise<void> {
  await send(`${boardPath(id)}/members/${encodeURIComponent(memberId)}`, {
    method: 'DELETE',
    headers: bearer(token),
  });
}

/** Whether the sign-in page offers single sign-on, and whether it works now. */
export function fetchSsoStatus(signal?: AbortSignal): Promise<SsoStatus> {
  return request('/api/oidc', { signal }, SsoStatusSchema);
}

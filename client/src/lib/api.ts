/**
 * The REST calls the client makes. Every answer is validated: the server is another
 * program and may be a different version.
 */
import {
  ApiErrorSchema,
  BoardInfoSchema,
  CreateBoardResponseSchema,
  RotateLinksResponseSchema,
  type BoardInfo,
  type CreateBoardResponse,
  type RotateLinksResponse,
} from '@hindsight/shared';
import { z } from 'zod';

/** A failed call: the HTTP status (0 when the server was unreachable) and a sentence. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

async function request<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiRequestError(0, 'Cannot reach the Hindsight server. Check your connection.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(body);
    throw error.success
      ? new ApiRequestError(response.status, error.data.message, error.data.issues)
      : new ApiRequestError(response.status, `The server answered ${response.status}.`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError(response.status, 'The server sent an unexpected answer.');
  return parsed.data;
}

export function createBoard(title: string, signal?: AbortSignal): Promise<CreateBoardResponse> {
  return request(
    '/api/boards',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
      signal: signal ?? null,
    },
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
  roles: readonly ('participant' | 'observer')[],
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

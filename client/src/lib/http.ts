/**
 * The one fetch-and-check every REST call goes through: a failed answer becomes an
 * {@link ApiRequestError} with the server's sentence, a good one is validated.
 */
import { ApiErrorSchema } from '@hindsight/shared';
import type { z } from 'zod';

/** A failed call: the HTTP status (0 when the server was unreachable) and a sentence. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly { path: string; line?: number | undefined; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/**
 * Fetches `url` and returns the response when it is ok. Throws the fetch's own error when
 * `init.signal` aborted it, else an {@link ApiRequestError} with the server's message.
 */
export async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiRequestError(0, 'Cannot reach the Hindsight server. Check your connection.');
  }
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(await response.json().catch(() => null));
    throw error.success
      ? new ApiRequestError(response.status, error.data.message, error.data.issues)
      : new ApiRequestError(response.status, `The server answered ${response.status}.`);
  }
  return response;
}

export async function request<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  const response = await send(url, init);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    throw new ApiRequestError(response.status, 'The server sent an unexpected answer.');
  return parsed.data;
}

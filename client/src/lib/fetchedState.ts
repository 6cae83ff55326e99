/**
 * What a REST read shows, as pure steps: the answer replaces everything; a failure keeps
 * the last answer, says why, and tells a session that ended (401) from other failures.
 */
import { ApiRequestError } from './http.ts';

export interface FetchedState<T> {
  /** The last answer; null until the first one. */
  readonly data: T | null;
  readonly error: string | null;
  /** The session ended (signed out elsewhere, deactivated): the server answered 401. */
  readonly signedOut: boolean;
}

export const NOTHING_FETCHED: FetchedState<never> = { data: null, error: null, signedOut: false };

export function fetched<T>(data: T): FetchedState<T> {
  return { data, error: null, signedOut: false };
}

export function fetchFailed<T>(state: FetchedState<T>, error: unknown): FetchedState<T> {
  return {
    data: state.data,
    error: error instanceof Error ? error.message : String(error),
    signedOut: error instanceof ApiRequestError && error.status === 401,
  };
}

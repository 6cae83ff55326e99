import { describe, expect, it } from 'vitest';
import { fetched, fetchFailed, NOTHING_FETCHED, type FetchedState } from './fetchedState.ts';
import { ApiRequestError } from './http.ts';

describe('a REST read’s state', () => {
  it('starts with nothing, then holds the answer', () => {
    expect(NOTHING_FETCHED).toEqual({ data: null, error: null, signedOut: false });
    expect(fetched([1, 2])).toEqual({ data: [1, 2], error: null, signedOut: false });
  });

  it('keeps the last answer when a later read fails, and says why', () => {
    const failed = fetchFailed(fetched(['Ana']), new ApiRequestError(500, 'The store failed.'));
    expect(failed).toEqual({ data: ['Ana'], error: 'The store failed.', signedOut: false });
  });

  it('tells a session that ended (401) from other failures', () => {
    const signedOut = fetchFailed(NOTHING_FETCHED, new ApiRequestError(401, 'Sign in again.'));
    expect(signedOut.signedOut).toBe(true);
    expect(fetchFailed(NOTHING_FETCHED, new ApiRequestError(403, 'Admins only.')).signedOut).toBe(
      false,
    );
    expect(fetchFailed(NOTHING_FETCHED, new Error('offline')).signedOut).toBe(false);
  });

  it('a failure after a 401 that is not one clears signedOut; an answer clears both', () => {
    const out: FetchedState<string> = fetchFailed(
      NOTHING_FETCHED,
      new ApiRequestError(401, 'Sign in again.'),
    );
    expect(fetchFailed(out, new ApiRequestError(0, 'Cannot reach'))).toMatchObject({
      signedOut: false,
      error: 'Cannot reach',
    });
    expect(fetched('back')).toEqual({ data: 'back', error: null, signedOut: false });
  });

  it('says a thrown value that is not an Error', () => {
    expect(fetchFailed(NOTHING_FETCHED, 'bad answer').error).toBe('bad answer');
  });
});

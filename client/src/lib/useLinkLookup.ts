import { tokenFromHash } from '@hindsight/shared';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { ApiRequestError, request } from './http.ts';

/** Where a page opened from a mailed link (an invitation, a password reset) stands. */
export type LinkLookup<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly token: string; readonly data: T }
  /** The link does not work (any more): a whole-page explanation. */
  | { readonly status: 'gone'; readonly title: string; readonly message: string };

const GONE_TITLES: Record<number, string> = {
  403: 'This account is deactivated',
  404: 'This link is not valid',
  410: 'This link no longer works',
};

/**
 * Reads the token from the URL fragment (the browser never sends it to a server) and
 * asks `url` what it opens, with a POST so that the token stays out of every URL.
 */
export function useLinkLookup<T>(url: string, schema: z.ZodType<T>): LinkLookup<T> {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [state, setState] = useState<LinkLookup<T>>(
    token
      ? { status: 'loading' }
      : {
          status: 'gone',
          title: 'This link is incomplete',
          message: 'Open the whole link you were given: the part after the # is missing.',
        },
  );
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
        signal: controller.signal,
      },
      schema,
    ).then(
      (data) => setState({ status: 'ready', token, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = error instanceof ApiRequestError ? error.status : 0;
        setState({
          status: 'gone',
          title: GONE_TITLES[status] ?? 'This link cannot be opened now',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => controller.abort();
  }, [url, schema, token]);
  return state;
}

import type { ApiTokenInfo } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { fetchTokens } from './tokensApi.ts';

export interface TokensData {
  readonly tokens: readonly ApiTokenInfo[] | null;
  /** When the list arrived: the moment the tokens' states are told for. */
  readonly fetchedAt: number;
  readonly error: string | null;
  /** The session ended (signed out elsewhere, deactivated): the server answered 401. */
  readonly signedOut: boolean;
  /** Asks the server again, after a change. */
  reload(): void;
}

/** The workspace's API tokens, fetched again on `reload()` and when the tab is shown again. */
export function useTokensData(): TokensData {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<Omit<TokensData, 'reload'>>({
    tokens: null,
    fetchedAt: 0,
    error: null,
    signedOut: false,
  });
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  useEffect(() => {
    const controller = new AbortController();
    fetchTokens(controller.signal).then(
      ({ tokens }) => setState({ tokens, fetchedAt: Date.now(), error: null, signedOut: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const signedOut = error instanceof ApiRequestError && error.status === 401;
        setState((s) => ({
          ...s,
          signedOut,
          error: error instanceof Error ? error.message : String(error),
        }));
      },
    );
    return () => controller.abort();
  }, [tick]);
  return { ...state, reload };
}

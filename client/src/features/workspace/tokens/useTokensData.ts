import type { ApiTokenInfo } from '@hindsight/shared';
import { useFetched } from '../../../lib/useFetched.ts';
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
  const { data, error, signedOut, reload } = useFetched(
    async (signal) => ({ tokens: (await fetchTokens(signal)).tokens, fetchedAt: Date.now() }),
    'tokens',
    { whenShown: true },
  );
  return {
    tokens: data?.tokens ?? null,
    fetchedAt: data?.fetchedAt ?? 0,
    error,
    signedOut,
    reload,
  };
}

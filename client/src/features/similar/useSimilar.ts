import { useEffect, useState } from 'react';
import type { SimilarPostmortem } from '@hindsight/shared';
import { fetchSimilar } from './similarApi.ts';

export type SimilarState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'hidden' }
  | { readonly kind: 'ready'; readonly items: readonly SimilarPostmortem[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The similar postmortems of a board, asked again whenever `key` changes (what makes
 * the board similar to others: its services, its summary) and on `refresh()`.
 */
export function useSimilar(boardId: string, key: string): [SimilarState, () => void] {
  const [attempt, setAttempt] = useState(0);
  const ask = `${boardId}#${key}#${attempt}`;
  const [answer, setAnswer] = useState<{ ask: string; state: SimilarState } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchSimilar(boardId, controller.signal).then(
      (found) =>
        setAnswer({
          ask,
          state: found === null ? { kind: 'hidden' } : { kind: 'ready', items: found.items },
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : 'Something went wrong.';
        setAnswer({ ask, state: { kind: 'failed', message } });
      },
    );
    return () => controller.abort();
    // `ask` names boardId, key and attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask]);

  // While a new answer loads, the last one stays on screen (no flicker on each keystroke).
  return [answer?.state ?? { kind: 'loading' }, () => setAttempt((n) => n + 1)];
}

import { useEffect, useState } from 'react';
import type { VocabularyKind } from '@hindsight/shared';
import { useSession } from '../../lib/session.ts';
import { newSuggestions } from './suggestions.ts';
import { fetchVocabulary } from './vocabularyApi.ts';

interface Props {
  /** The id the input's `list` attribute names. */
  readonly id: string;
  readonly kind: VocabularyKind;
  /** What has been typed so far. */
  readonly prefix: string;
  /** Values already given, not suggested again. */
  readonly given: readonly string[];
}

/**
 * The values used in past postmortems that start with what is being typed, as the
 * options of a `<datalist>` the browser offers under the input (keyboard included).
 * Only for people signed in to the workspace; a guest's board gets an empty list.
 */
export function VocabularyList({ id, kind, prefix, given }: Props) {
  const signedIn = useSession().kind === 'signed-in';
  const ask = `${kind}:${prefix.trim().toLowerCase()}`;
  const [answer, setAnswer] = useState<{ ask: string; values: readonly string[] } | null>(null);

  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetchVocabulary(kind, prefix, controller.signal).then(
      ({ values }) => setAnswer({ ask, values }),
      // A suggestion that cannot be loaded is no suggestion; typing goes on.
      () => undefined,
    );
    return () => controller.abort();
    // `ask` names kind and prefix.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, signedIn]);

  const values = signedIn && answer ? newSuggestions(answer.values, given) : [];
  return (
    <datalist id={id} data-testid={`vocabulary-${kind}`}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}

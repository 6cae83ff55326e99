/**
 * The workspace's vocabulary over REST (`GET /api/postmortems/vocabulary`), with the
 * signed-in session's cookie: services or tags of past postmortems starting with a prefix.
 */
import {
  VocabularyResponseSchema,
  type VocabularyKind,
  type VocabularyResponse,
} from '@hindsight/shared';
import { request } from '../../lib/http.ts';

export function fetchVocabulary(
  kind: VocabularyKind,
  prefix: string,
  signal: AbortSignal,
): Promise<VocabularyResponse> {
  const query = new URLSearchParams({ kind, prefix: prefix.trim() });
  return request(
    `/api/postmortems/vocabulary?${query.toString()}`,
    { cache: 'no-store', signal },
    VocabularyResponseSchema,
  );
}

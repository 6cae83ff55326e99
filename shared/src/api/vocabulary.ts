/**
 * The workspace's vocabulary: the services and contributing-factor tags used in past
 * postmortems, offered while typing new ones (`GET /api/postmortems/vocabulary`). Values
 * are merged case-insensitively, as the library's filters match them.
 */
import { z } from 'zod';

export const VOCABULARY_KINDS = ['service', 'tag'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** Most values one answer holds. */
export const VOCABULARY_LIMIT = 10;
/** Longest prefix asked for: longer than any service name or tag worth suggesting. */
export const VOCABULARY_PREFIX_MAX = 200;

export const VocabularyQuerySchema = z.strictObject({
  kind: z.enum(VOCABULARY_KINDS, { error: 'kind must be service or tag' }),
  /** What has been typed so far; blank asks for the most used values. */
  prefix: z
    .string()
    .max(VOCABULARY_PREFIX_MAX, `prefix has at most ${VOCABULARY_PREFIX_MAX} characters`)
    .default(''),
});
export type VocabularyQuery = z.infer<typeof VocabularyQuerySchema>;

/** The values starting with the prefix (in lower case), most used first. */
export const VocabularyResponseSchema = z.object({ values: z.array(z.string()) });
export type VocabularyResponse = z.infer<typeof VocabularyResponseSchema>;

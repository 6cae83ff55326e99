/**
 * "Have we seen this before?": how alike two postmortems are, from what they share —
 * services, contributing-factor tags, and the words of what happened and why (title,
 * summary, the timeline's first event, five whys and root causes), rarer words counting
 * more. Pure; the store only narrows the candidates (`similarCandidates`).
 */
import type { SimilarPostmortem } from '@hindsight/shared';
import type { IndexEntry } from './entry.ts';
import { headingOf } from './listItem.ts';
import { wordsOf } from './query.ts';
import { stemOf } from './snippet.ts';

/** What a shared service, tag and (rarest) word add to the score. */
export const WEIGHTS = { service: 3, tag: 2, word: 1 } as const;
/** Words too common to say anything about an incident. */
const STOP = new Set(
  'a an and are as at be been but by for from had has have in is it its not of on or our that the then this to was we were what when which who why will with after before because did didn into out so than there they up'.split(
    ' ',
  ),
);

/** The stems of an entry's "what happened and why", each with the word it came from. */
export function keyTermsOf(entry: IndexEntry): Map<string, string> {
  const texts: string[] = [];
  let timeline = 0;
  for (const s of entry.sections) {
    if (s.group === 'title' || s.group === 'causes' || s.where === 'Summary') texts.push(s.text);
    else if (s.group === 'timeline' && timeline++ === 0) texts.push(s.text);
  }
  const terms = new Map<string, string>();
  for (const word of wordsOf(texts.join(' '))) {
    if (word.length < 3 || STOP.has(word) || /^\d+$/u.test(word)) continue;
    const stem = stemOf(word);
    if (!terms.has(stem)) terms.set(stem, word);
  }
  return terms;
}

const folded = (values: readonly string[]) => new Map(values.map((v) => [v.toLowerCase(), v]));

export interface Similarity {
  readonly score: number;
  /** The shared services, tags and words, most telling first. */
  readonly why: string[];
}

/**
 * How alike `candidate` is to `target`. `rarity` gives a stem's weight among the
 * candidates (1 for a word only one has, less for common ones).
 */
export function similarity(
  target: IndexEntry,
  candidate: IndexEntry,
  rarity: (stem: string) => number = () => 1,
): Similarity {
  const why: string[] = [];
  let score = 0;
  const candidateServices = folded(candidate.services);
  for (const [key, name] of folded(target.services)) {
    if (!candidateServices.has(key)) continue;
    score += WEIGHTS.service;
    why.push(name);
  }
  const candidateTags = folded(candidate.tags);
  for (const [key, name] of folded(target.tags)) {
    if (!candidateTags.has(key)) continue;
    score += WEIGHTS.tag;
    why.push(name);
  }
  const theirs = keyTermsOf(candidate);
  const words = [...keyTermsOf(target)]
    .filter(([stem]) => theirs.has(stem))
    .map(([stem, word]) => ({ word, weight: WEIGHTS.word * rarity(stem) }))
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
  for (const { weight } of words) score += weight;
  why.push(...words.slice(0, 8).map((w) => w.word));
  return { score: Math.round(score * 1000) / 1000, why };
}

/** The `count` candidates most like `target`, best first; none that shares nothing. */
export function mostSimilar(
  target: IndexEntry,
  candidates: readonly IndexEntry[],
  count: number,
): SimilarPostmortem[] {
  // A word in many candidates says less than one in few.
  const seenIn = new Map<string, number>();
  for (const c of candidates)
    for (const stem of keyTermsOf(c).keys()) seenIn.set(stem, (seenIn.get(stem) ?? 0) + 1);
  const rarity = (stem: string) => 1 / Math.sqrt(seenIn.get(stem) ?? 1);
  return candidates
    .filter((c) => c.id !== target.id)
    .map((c) => ({ entry: c, ...similarity(target, c, rarity) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.entry.incidentAt - a.entry.incidentAt)
    .slice(0, count)
    .map(({ entry, score, why }) => ({
      ...headingOf(entry),
      rootCauses: [...entry.rootCauses],
      actions: { total: entry.actionsTotal, done: entry.actionsDone },
      why,
      score,
    }));
}

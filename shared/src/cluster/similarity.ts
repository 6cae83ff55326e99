/**
 * "Suggest groups": proposes clusters of free cards from the words they share. Pure,
 * deterministic, and local: no network, no model, so the same cards give the same
 * suggestions on every client, and a suggestion is only ever a proposal the team
 * accepts (with `groupCards`) or ignores.
 *
 * How: each card becomes a set of word stems (lower case, stop words dropped, plurals
 * and -ing/-ed endings trimmed), weighted by TF-IDF over the cards given, so a word on
 * every card counts for little and a word two cards share counts for a lot. Cards are
 * then merged greedily, most similar groups first, while the average cosine similarity
 * between two groups reaches the threshold (average linkage: one shared word cannot
 * chain unrelated cards into one big group). A group is labelled with the words most of
 * its cards share.
 *
 * By default cards are only grouped with cards of the same column: a cluster mixing
 * "what went well" with "what went wrong" is two topics, and the Discuss phase treats
 * the two differently.
 */

/** A card as the suggester sees it: a revealed card, or anything with an id and text. */
export interface SimilarityCard {
  readonly id: string;
  readonly text: string;
  /** The card's column; cards of different columns are not grouped unless asked. */
  readonly column?: string;
}

export interface GroupSuggestion {
  /** The cards to group, in the order they were given. */
  readonly cardIds: string[];
  /** A name for the cluster from the words its cards share, e.g. "Config". */
  readonly label: string;
}

export interface SuggestOptions {
  /** Least average cosine similarity for two groups to merge, 0..1. Default 0.25. */
  readonly threshold?: number;
  /** Group cards of different columns too. Default false. */
  readonly acrossColumns?: boolean;
  /** Most words in a label. Default 3. */
  readonly labelWords?: number;
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.25;

/** Words too common to say what a card is about. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been ' +
    'before being below between both but by can could did do does doing down during each ' +
    'even ever every few for from further get got had has have having he her here hers ' +
    'him his how i if in into is it its itself just let like made make many may me might ' +
    'more most much must my no nor not now of off on once one only or other our ours out ' +
    'over own same she should so some someone something still such than that the their ' +
    'them then there these they this those through to too under until up upon us very ' +
    'was we were what when where which while who whom why will with within without would ' +
    'you your yet took take went go going come came first last next again really quite ' +
    'didn doesn don isn wasn weren won wouldn couldn shouldn aren hasn haven hadn ' +
    // Words every postmortem card may use without being about the same thing.
    'incident incidents minute minutes min mins hour hours second seconds time times day days'
  ).split(' '),
);

/**
 * Weight of a word found on only one card, relative to its IDF. Such a word cannot link
 * its card to any other; at full weight it would only make a long card look unlike
 * everything, at zero a one-word overlap would look like a perfect match.
 */
const SINGLE_CARD_WEIGHT = 0.3;

/**
 * A light stem: enough to make "connections" meet "connection", "retries" meet
 * "retry", "scaled" meet "scaling" and "scale". Not a linguist's stemmer, and need not
 * be: both sides of a comparison go through the same function.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (/([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The words of a text that carry meaning, lower case, in order (with repeats). */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !/^\p{N}+$/u.test(w) && !STOP_WORDS.has(w));
}

/** The stems of a text's content words. */
export function tokenize(text: string): string[] {
  return contentWords(text).map(stem);
}

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of a) {
    na += w * w;
    const v = b.get(term);
    if (v !== undefined) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Proposed groups of two or more cards, largest first (then by their first card's
 * position in the input). Pass the free cards, in their display order.
 */
export function suggestGroups(
  cards: readonly SimilarityCard[],
  options: SuggestOptions = {},
): GroupSuggestion[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const unique = [...new Map(cards.map((c) => [c.id, c])).values()];
  const terms = unique.map((c) => new Set(tokenize(c.text)));
  const df = new Map<string, number>();
  for (const set of terms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const count = df.get(t) ?? 1;
    return Math.log(1 + unique.length / count) * (count === 1 ? SINGLE_CARD_WEIGHT : 1);
  };
  const vectors: Vector[] = terms.map((set) => new Map([...set].map((t) => [t, idf(t)])));

  const n = unique.length;
  const sim: number[][] = Array.from({ length: n }, () => Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sameColumn = options.acrossColumns || unique[i]!.column === unique[j]!.column;
      sim[i]![j] = sim[j]![i] = sameColumn ? cosine(vectors[i]!, vectors[j]!) : 0;
    }
  }

  // Average-linkage agglomeration; groups are lists of card indexes, kept sorted.
  const groups: number[][] = unique.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const score = linkage(groups[a]!, groups[b]!, sim);
        if (score > best + 1e-12) [best, bestA, bestB] = [score, a, b];
      }
    }
    if (bestA < 0 || best < threshold) break;
    groups[bestA] = [...groups[bestA]!, ...groups[bestB]!].sort((x, y) => x - y);
    groups.splice(bestB, 1);
  }

  return groups
    .filter((g) => g.length >= 2)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((g) => ({
      cardIds: g.map((i) => unique[i]!.id),
      label: labelFor(
        g.map((i) => unique[i]!.text),
        idf,
        options.labelWords ?? 3,
      ),
    }));
}

function linkage(a: readonly number[], b: readonly number[], sim: number[][]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += sim[i]![j]!;
  return sum / (a.length * b.length);
}

/**
 * The words found on the most cards of the group (rarer words on the board first when
 * there are too many), in the order they first appear, spelled as people most often
 * wrote them: "Config", "Retry payments gateway".
 */
function labelFor(texts: readonly string[], idf: (t: string) => number, words: number): string {
  const cardsWith = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const spelling = new Map<string, Map<string, number>>();
  let position = 0;
  for (const text of texts) {
    const seen = new Set<string>();
    for (const word of contentWords(text)) {
      const t = stem(word);
      if (!firstSeen.has(t)) firstSeen.set(t, position++);
      const forms = spelling.get(t) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spelling.set(t, forms);
      if (!seen.has(t)) cardsWith.set(t, (cardsWith.get(t) ?? 0) + 1);
      seen.add(t);
    }
  }
  const most = Math.max(...cardsWith.values());
  const shared = [...cardsWith]
    .filter(([, count]) => count === most)
    .sort(([ta], [tb]) => idf(tb) - idf(ta) || firstSeen.get(ta)! - firstSeen.get(tb)!)
    .slice(0, Math.max(1, words))
    .map(([t]) => t)
    .sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  const label = shared
    .map((t) => {
      const forms = [...spelling.get(t)!].sort(
        ([wa, na], [wb, nb]) => nb - na || wa.length - wb.length || (wa < wb ? -1 : 1),
      );
      return forms[0]![0];
    })
    .join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The library's search syntax, the one people know from web search: plain words (all of
 * them must be found), "an exact phrase", -excluded (a word or a "phrase") and OR between
 * two terms. Parsed here, once, into terms made only of letters and digits, and written
 * out for each engine from those: so no text a person types reaches an engine's own
 * syntax (FTS5's `NEAR`, `*`, `^`, `:` and column filters; Postgres's operators), and
 * whatever the parser cannot make sense of counts as plain words. Pure.
 */

/** A word, or a phrase of several words that must appear in this order. */
export interface Term {
  /** Lower-case words of letters and digits, at least one. */
  readonly words: readonly string[];
}

/** All `clauses` must match (each is one term, or several joined by OR); no `excluded` may. */
export interface ParsedQuery {
  readonly clauses: readonly (readonly Term[])[];
  readonly excluded: readonly Term[];
}

/** The most terms a query keeps; the rest is ignored (a paste, not a question). */
export const MAX_TERMS = 32;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as the index sees them: lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(WORD) ?? []).map((w) => w.slice(0, 64));
}

interface Token {
  readonly kind: 'term' | 'or';
  readonly negated: boolean;
  readonly words: string[];
}

/** Splits the text into quoted phrases, bare words, `OR`s and `-` prefixes. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A phrase runs to the next quote, or to the end when the quote is not closed.
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const match of text.matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      tokens.push({ kind: 'term', negated: minus === '-', words: wordsOf(phrase) });
    } else if (bare === 'OR') {
      tokens.push({ kind: 'or', negated: false, words: [] });
    } else if (bare !== undefined) {
      const negated = bare.length > 1 && bare.startsWith('-');
      // `pool-size` is one term of two words; `-pool` excludes `pool`.
      tokens.push({ kind: 'term', negated, words: wordsOf(negated ? bare.slice(1) : bare) });
    }
  }
  return tokens.filter((t) => t.kind === 'or' || t.words.length > 0);
}

export function parseQuery(text: string): ParsedQuery {
  const clauses: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  let lastFound = false;
  let count = 0;
  for (const token of tokenize(text)) {
    if (count >= MAX_TERMS) break;
    if (token.kind === 'or') {
      // OR joins the terms to find on either side; next to an exclusion, at the start,
      // the end or twice it joins nothing.
      joinNext = lastFound;
      continue;
    }
    count += 1;
    const term: Term = { words: token.words };
    if (token.negated) excluded.push(term);
    else if (joinNext) clauses.at(-1)!.push(term);
    else clauses.push([term]);
    joinNext = false;
    lastFound = !token.negated;
  }
  return { clauses, excluded };
}

/** True when the query has something to find (only exclusions find nothing by themselves). */
export function hasTerms(query: ParsedQuery): boolean {
  return query.clauses.length > 0;
}

/** Every word the query looks for (not the excluded ones), each once. */
export function positiveWords(query: ParsedQuery): string[] {
  return [...new Set(query.clauses.flatMap((c) => c.flatMap((t) => t.words)))];
}

/** An FTS5 string: double quotes, so nothing inside is an operator (the words have no quote). */
const fts5String = (term: Term) => `"${term.words.join(' ')}"`;

/**
 * The FTS5 MATCH expression of the clauses (null without any). Several plain words also
 * match as the phrase they make, which only adds to the score: a postmortem that has the
 * words together ranks above one that has them scattered.
 */
export function toFts5(query: ParsedQuery): string | null {
  if (!hasTerms(query)) return null;
  const clause = (terms: readonly Term[]) =>
    terms.length === 1 ? fts5String(terms[0]!) : `(${terms.map(fts5String).join(' OR ')})`;
  const all = query.clauses.map(clause).join(' AND ');
  const singles = query.clauses.filter((c) => c.length === 1).map((c) => c[0]!);
  if (singles.length < 2 || singles.length !== query.clauses.length) return all;
  const together = fts5String({ words: singles.flatMap((t) => t.words) });
  return `(${all}) OR ${together}`;
}

/** The FTS5 MATCH expression that finds any excluded term; null without any. */
export function excludedFts5(query: ParsedQuery): string | null {
  return query.excluded.length === 0 ? null : query.excluded.map(fts5String).join(' OR ');
}

/**
 * The query again in the syntax of Postgres's `websearch_to_tsquery`, every term quoted:
 * the engine never meets a word it could take for an operator (`or`, a leading `-`).
 */
export function toWebsearch(query: ParsedQuery): string | null {
  if (!hasTerms(query)) return null;
  const quoted = (term: Term) => `"${term.words.join(' ')}"`;
  const clauses = query.clauses.map((c) => c.map(quoted).join(' or '));
  const excluded = query.excluded.map((t) => `-${quoted(t)}`);
  return [...clauses, ...excluded].join(' ');
}

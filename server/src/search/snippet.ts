/**
 * The snippet under a search hit and where it is, made from the sections the index
 * stored, the same way on both engines: the section that best matches the query, a
 * short window of it around the first hit, with the hits marked as parts (`hit: true`),
 * never as markup, so a client shows them as text. Pure.
 */
import type { SnippetPart } from '@hindsight/shared';
import { GROUP_WEIGHTS, type Section } from './entry.ts';
import { positiveWords, type ParsedQuery } from './query.ts';

/** Words shown around the first hit. */
export const SNIPPET_WORDS = 24;

/**
 * A word's stem, roughly as the engines stem it (Porter in FTS5, Snowball's English in
 * Postgres): enough for "exhausted" to mark "exhaust" and "exhaustion".
 */
export function stemOf(word: string): string {
  const stem = word.replace(/(ations?|ingly|ings?|ed|es|s|ly|ions?|ers?|y)$/u, '');
  return stem.length >= 3 ? stem : word;
}

const PIECES = /([\p{L}\p{N}]+)|([^\p{L}\p{N}]+)/gu;

interface Piece {
  readonly text: string;
  readonly word: boolean;
  readonly hit: boolean;
}

function piecesOf(text: string, stems: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  for (const [, word, other] of text.matchAll(PIECES)) {
    if (word !== undefined) {
      const lower = word.toLowerCase().normalize('NFKC');
      pieces.push({ text: word, word: true, hit: stems.some((s) => lower.startsWith(s)) });
    } else pieces.push({ text: other!, word: false, hit: false });
  }
  return pieces;
}

/** How well a section matches: distinct words found, then hits, weighted by its group. */
function scoreOf(pieces: readonly Piece[], stems: readonly string[], section: Section): number {
  const hits = pieces.filter((p) => p.hit);
  const found = stems.filter((s) => hits.some((h) => h.text.toLowerCase().startsWith(s)));
  return (found.length * 100 + Math.min(hits.length, 20)) * GROUP_WEIGHTS[section.group];
}

/** Adjacent parts of the same kind merged; whitespace runs made single spaces. */
function partsOf(pieces: readonly Piece[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of pieces) {
    const text = piece.word ? piece.text : piece.text.replace(/\s+/gu, ' ');
    const last = parts.at(-1);
    if (last && last.hit === piece.hit)
      parts[parts.length - 1] = { text: last.text + text, hit: last.hit };
    else parts.push({ text, hit: piece.hit });
  }
  return parts;
}

export interface Snippet {
  readonly snippet: SnippetPart[];
  readonly where: string | null;
}

/** The snippet of the best-matching section; the first section's start when none matches. */
export function snippetOf(sections: readonly Section[], query: ParsedQuery): Snippet {
  const stems = positiveWords(query).map(stemOf);
  let best: { section: Section; pieces: Piece[]; score: number } | null = null;
  for (const section of sections) {
    // A section without any stem in its text has no hit: not worth cutting into words.
    const folded = section.text.toLowerCase().normalize('NFKC');
    if (!stems.some((s) => folded.includes(s))) continue;
    const pieces = piecesOf(section.text, stems);
    const score = scoreOf(pieces, stems, section);
    if (score > 0 && (!best || score > best.score)) best = { section, pieces, score };
  }
  if (!best) {
    const first = sections[0];
    if (!first) return { snippet: [], where: null };
    best = { section: first, pieces: piecesOf(first.text, []), score: 0 };
  }
  const { pieces } = best;
  const words = pieces.flatMap((p, i) => (p.word ? [i] : []));
  const firstHit = Math.max(
    0,
    words.findIndex((i) => pieces[i]!.hit),
  );
  const startWord = Math.max(0, firstHit - Math.floor(SNIPPET_WORDS / 3));
  const endWord = Math.min(words.length, startWord + SNIPPET_WORDS);
  const from = words[startWord] ?? 0;
  // Up to the last word shown, or to the end when it is the section's last word.
  const to = endWord < words.length ? words[endWord - 1]! + 1 : pieces.length;
  const ellipsis = (text: string): Piece[] => [{ text, word: false, hit: false }];
  const shown = [
    ...(from > 0 ? ellipsis('… ') : []),
    ...pieces.slice(from, to),
    ...(to < pieces.length ? ellipsis(' …') : []),
  ];
  return { snippet: trimEnds(partsOf(shown)), where: best.section.where };
}

/** No part starts or ends the snippet with whitespace; empty parts dropped. */
function trimEnds(parts: SnippetPart[]): SnippetPart[] {
  const out = parts.filter((p) => p.text !== '');
  if (out[0]) out[0] = { ...out[0], text: out[0].text.trimStart() };
  const last = out.at(-1);
  if (last) out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((p) => p.text !== '');
}

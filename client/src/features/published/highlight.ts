/**
 * Marking a search's hits on the published page (`?highlight=<query>`): the query's
 * words and "quoted phrases" (operators and excluded `-words` left out), found in the
 * page's text case-insensitively, each wrapped in a `<mark>`.
 */

/** Search operators that are not words to find. */
const OPERATORS = new Set(['or', 'and', 'not']);

/** The terms of a search query to mark: phrases whole, then words; longest first. */
export function highlightTerms(query: string): string[] {
  const terms = new Set<string>();
  const rest = query.replace(/"([^"]*)"?/g, (_whole, phrase: string) => {
    const clean = phrase.trim().replace(/\s+/g, ' ');
    if (clean) terms.add(clean.toLowerCase());
    return ' ';
  });
  for (const raw of rest.split(/\s+/)) {
    if (raw.startsWith('-')) continue; // excluded from the search: not on the page
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word && !OPERATORS.has(word.toLowerCase())) terms.add(word.toLowerCase());
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `terms` occur in `text`: non-overlapping [start, end) ranges, the longer term first. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  // A phrase's spaces match any run of white space, as the page lays text out.
  const pattern = terms.map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Wraps every hit under `root` in `<mark class="published__hit">`; returns the marks in order. */
export function markHits(root: HTMLElement, terms: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  if (terms.length === 0) return marks;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'published__hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      marks.push(mark);
      at = end;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return marks;
}

/**
 * The retrospective sections in Markdown: the analysis per cluster, the lessons learned,
 * and the appendix of cards, each brainstorm column by cluster.
 */
import type { ExportColumn, ExportRootCause, ExportWhy, PostmortemDocument } from './document.ts';
import { mdInline, mdListItemText, mdParagraphs } from './escape.ts';
import { bullet, cardItem, note, numbered, section } from './mdBlocks.ts';
import { clusterName, MISSING, plural, UNCLUSTERED } from './words.ts';

/**
 * A column, as a level-3 heading: its clusters in discussion order with their votes
 * (none said for a cluster nobody voted for), then its free cards.
 */
function column(c: ExportColumn): string[] {
  const title = mdInline(c.title);
  const total = c.cards.length + (c.clusters ?? []).reduce((n, k) => n + k.cards.length, 0);
  if (total === 0) return [`### ${title}`, note('No cards.')];
  // A sentence, so it does not read as a heading set in italics.
  const blocks = [`### ${title}`, note(`${plural(total, 'card')}.`)];
  for (const cluster of c.clusters ?? []) {
    const votes = cluster.votes ? ` (${plural(cluster.votes, 'vote')})` : '';
    blocks.push(
      `#### ${mdInline(clusterName(cluster.title))}${votes}`,
      cluster.cards.map(cardItem).join('\n'),
    );
  }
  if (c.cards.length > 0) {
    if (c.clusters !== null) blocks.push(`#### ${UNCLUSTERED} — ${title}`);
    blocks.push(c.cards.map(cardItem).join('\n'));
  }
  return blocks;
}

/** The appendix of raw cards: every column by cluster. */
export function mdCards(doc: PostmortemDocument, heading: string): string {
  const columns = doc.retrospective.columns;
  if (!doc.retrospective.revealed)
    return section(heading, [note('The cards are not revealed yet.')]);
  if (columns.length === 0) return section(heading, [note(MISSING.cards)]);
  return section(heading, columns.flatMap(column));
}

/** One level of the chain: the question, then its answer, the root cause marked. */
function why(level: ExportWhy, n: number): string {
  return numbered(n, (escape) => {
    const lines: string[] = [];
    if (level.why) lines.push(escape(level.why));
    if (level.because) lines.push(`**Because:** ${escape(level.because)}`);
    if (lines.length === 0) lines.push(note('(blank)'));
    if (level.rootCause) lines[lines.length - 1] += ' — **root cause**';
    return lines;
  });
}

function cause(c: ExportRootCause): string[] {
  const blocks = [`### ${mdInline(clusterName(c.topic))}`];
  if (c.whys.length > 0) blocks.push(c.whys.map((w, i) => why(w, i + 1)).join('\n'));
  if (c.rootCause !== null) blocks.push(`**Root cause:** ${mdListItemText(c.rootCause, '')}`);
  if (c.factors.length > 0) {
    blocks.push('**Contributing factors:**', c.factors.map((f) => bullet(f)).join('\n'));
  }
  if (c.reduceImpact) {
    blocks.push(`**Reducing the impact next time:** ${mdListItemText(c.reduceImpact, '')}`);
  }
  if (c.notes) blocks.push('**Notes:**', mdParagraphs(c.notes));
  return blocks;
}

/** Per discussed cluster: the five whys, root cause, factors, impact answer and notes. */
export function mdAnalysis(doc: PostmortemDocument, heading: string): string {
  const list = doc.rootCauses ?? [];
  if (list.length === 0) return section(heading, [note(MISSING.analysis)]);
  return section(heading, list.flatMap(cause));
}

/** The lessons the team wrote, one bullet each. */
export function mdLessons(doc: PostmortemDocument, heading: string): string {
  const list = doc.lessonsLearned ?? [];
  const body = list.length > 0 ? list.map((l) => bullet(l)).join('\n') : note(MISSING.lessons);
  return section(heading, [body]);
}

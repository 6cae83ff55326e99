/**
 * The retrospective sections' bodies in HTML: the analysis per cluster, the lessons
 * learned, and the appendix of cards, each brainstorm column by cluster.
 */
import type {
  ExportCard,
  ExportColumn,
  ExportRootCause,
  ExportWhy,
  PostmortemDocument,
} from './document.ts';
import { escapeHtml, htmlLines, htmlParagraphs } from './escape.ts';
import { list, note } from './htmlBlocks.ts';
import { clusterName, MISSING, plural, UNCLUSTERED } from './words.ts';

function cards(items: readonly ExportCard[]): string {
  return list(
    items.map((c) => {
      const author = c.author ? `<span class="author">${escapeHtml(c.author)}</span>` : '';
      return `${htmlLines(c.text)}${author}`;
    }),
    'cards',
  );
}

/**
 * A column, as a level-3 heading: its clusters in discussion order with their votes
 * (none said for a cluster nobody voted for), then its free cards.
 */
function column(c: ExportColumn): string {
  const total = c.cards.length + (c.clusters ?? []).reduce((n, k) => n + k.cards.length, 0);
  const body: string[] = [];
  if (c.prompt) body.push(`<p class="meta">${escapeHtml(c.prompt)}</p>`);
  if (total === 0) body.push(note('No cards.'));
  for (const cluster of c.clusters ?? []) {
    const votes = cluster.votes
      ? ` <span class="meta">(${plural(cluster.votes, 'vote')})</span>`
      : '';
    body.push(`<h4>${escapeHtml(clusterName(cluster.title))}${votes}</h4>`, cards(cluster.cards));
  }
  if (c.cards.length > 0) {
    if (c.clusters !== null) body.push(`<h4>${UNCLUSTERED}</h4>`);
    body.push(cards(c.cards));
  }
  // Column ids are checked by the plan's schema ([a-z0-9-]), so they are safe in a class.
  const id = /^[a-z][a-z0-9-]*$/.test(c.id) ? c.id : 'other';
  return `<div class="column column-${id}" data-cards="${total}">\n<h3>${escapeHtml(c.title)}</h3>\n${body.join('\n')}\n</div>`;
}

/** The appendix of raw cards: every column by cluster. */
export function htmlCards(doc: PostmortemDocument): string {
  const columns = doc.retrospective.columns;
  if (!doc.retrospective.revealed) return note('The cards are not revealed yet.');
  if (columns.length === 0) return note(MISSING.cards);
  return columns.map(column).join('\n');
}

/** One level of the chain: the question, then its answer, the root cause marked. */
function why(level: ExportWhy): string {
  const parts: string[] = [];
  if (level.why) parts.push(`<span class="why">${htmlLines(level.why)}</span>`);
  if (level.because) parts.push(`<strong>Because:</strong> ${htmlLines(level.because)}`);
  if (parts.length === 0) parts.push('<span class="muted">(blank)</span>');
  if (level.rootCause) parts.push('<strong class="root-cause-mark">Root cause</strong>');
  const cls = level.rootCause ? ' class="root-cause"' : '';
  return `<li${cls}>${parts.join('<br>')}</li>`;
}

function cause(c: ExportRootCause): string {
  const blocks = [`<h3>${escapeHtml(clusterName(c.topic))}</h3>`];
  if (c.whys.length > 0) blocks.push(`<ol class="whys">\n${c.whys.map(why).join('\n')}\n</ol>`);
  if (c.rootCause !== null) {
    blocks.push(`<p><strong>Root cause:</strong> ${htmlLines(c.rootCause)}</p>`);
  }
  if (c.factors.length > 0) {
    blocks.push('<p><strong>Contributing factors:</strong></p>', list(c.factors.map(htmlLines)));
  }
  if (c.reduceImpact) {
    blocks.push(
      `<p><strong>Reducing the impact next time:</strong> ${htmlLines(c.reduceImpact)}</p>`,
    );
  }
  if (c.notes) {
    blocks.push(
      `<div class="notes">\n<p><strong>Notes:</strong></p>\n${htmlParagraphs(c.notes)}\n</div>`,
    );
  }
  return blocks.join('\n');
}

/** Per discussed cluster: the five whys, root cause, factors, impact answer and notes. */
export function htmlAnalysis(doc: PostmortemDocument): string {
  const causes = doc.rootCauses ?? [];
  return causes.length > 0 ? causes.map(cause).join('\n') : note(MISSING.analysis);
}

/** The lessons the team wrote. */
export function htmlLessons(doc: PostmortemDocument): string {
  const lessons = doc.lessonsLearned ?? [];
  return lessons.length > 0 ? list(lessons.map(htmlLines)) : note(MISSING.lessons);
}

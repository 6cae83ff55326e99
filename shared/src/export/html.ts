/**
 * The postmortem document as one standalone HTML page: inline CSS (htmlStyle.ts), an
 * inline SVG timeline chart, no script, and a Content-Security-Policy of its own so a
 * saved copy stays inert. Prints to PDF with no forced page break.
 * Every piece of user text is escaped; links are http(s) only. The retrospective and
 * follow-through sections live in htmlRetrospective.ts and htmlFollowThrough.ts.
 */
import { withoutBidiControlsDeep } from '../bidi.ts';
import type { PostmortemDocument, SectionKey } from './document.ts';
import { escapeHtml, htmlLines, htmlLink, htmlParagraphs } from './escape.ts';
import { facts, note, section, table, type Cell } from './htmlBlocks.ts';
import {
  htmlDetection,
  htmlRootCauseSummary,
  htmlSupportingLinks,
  htmlTopActions,
  htmlTrigger,
  htmlLeadup,
} from './htmlExecutive.ts';
import { htmlActionItems, htmlFollowUp } from './htmlFollowThrough.ts';
import { htmlAnalysis, htmlCards, htmlLessons } from './htmlRetrospective.ts';
import { HTML_STYLE } from './htmlStyle.ts';
import { EXECUTIVE_SECTIONS } from './outline.ts';
import { KIND_COLORS, renderTimelineSvg } from './svgTimeline.ts';
import {
  authorsText,
  documentDate,
  factTimes,
  impactRows,
  METRICS,
  metricText,
  MISSING,
  outlineFor,
  POSTMORTEM_STATUS_WORDS,
  ROLE_WORDS,
  SESSION_WORDS,
  timelineClock,
  when,
} from './words.ts';

/** The policy the export is served with, repeated in the page for saved copies. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function header(doc: PostmortemDocument): string {
  const chips: string[] = [];
  if (doc.status.severity) chips.push(`<li class="sev">${escapeHtml(doc.status.severity)}</li>`);
  if (doc.status.incident) chips.push(`<li>${escapeHtml(doc.status.incident)}</li>`);
  chips.push(`<li>${escapeHtml(SESSION_WORDS[doc.status.session])}</li>`);
  chips.push(
    `<li class="postmortem">${escapeHtml(POSTMORTEM_STATUS_WORDS[doc.status.postmortem])}</li>`,
  );
  const incident =
    doc.summary.incidentTitle && doc.summary.incidentTitle !== doc.title
      ? `<p>${escapeHtml(doc.summary.incidentTitle)}</p>\n`
      : '';
  const authors = authorsText(doc);
  const byline = facts([
    ['Date', escapeHtml(documentDate(doc))],
    ['Authors', escapeHtml(authors || 'not agreed yet')],
  ]);
  return [
    '<header>',
    '<p class="eyebrow">Postmortem</p>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<ul class="status" aria-label="Status">${chips.join('')}</ul>`,
    byline,
    `${incident}<p class="meta">Generated ${escapeHtml(when(doc, doc.generatedAt))} by Hindsight. Times are in ${escapeHtml(doc.timeZone)}.</p>`,
    '</header>',
  ].join('\n');
}

function summary(doc: PostmortemDocument): string {
  const s = doc.summary;
  const rows: [string, string][] = factTimes(doc).map(([label, at]) => [
    label,
    escapeHtml(when(doc, at)),
  ]);
  if (s.services.length > 0) rows.push(['Services', escapeHtml(s.services.join(', '))]);
  if (s.channel) rows.push(['Incident channel', escapeHtml(s.channel)]);
  if (s.links.length > 0)
    rows.push(['Links', s.links.map((l) => htmlLink(l.label, l.url)).join(', ')]);
  const body = [s.text ? htmlParagraphs(s.text) : note(MISSING.summary)];
  if (rows.length > 0) body.push(facts(rows));
  return body.join('\n');
}

function impact(doc: PostmortemDocument): string {
  const rows = impactRows(doc).map(([k, v]) => [k, escapeHtml(v)] as const);
  const body: string[] = [];
  if (rows.length > 0) body.push(facts(rows));
  if (doc.impact.description) body.push(htmlParagraphs(doc.impact.description));
  return body.length > 0 ? body.join('\n') : note(MISSING.impact);
}

function kindChip(kind: keyof typeof KIND_COLORS): string {
  return `<span class="kind" style="background:${KIND_COLORS[kind]}">${escapeHtml(kind)}</span>`;
}

function timeline(doc: PostmortemDocument): string {
  const t = doc.timeline;
  const metrics = METRICS.map(
    ([key, label]) =>
      `<div class="metric"><span>${escapeHtml(label)}</span><b>${escapeHtml(metricText(t[key]))}</b></div>`,
  );
  const body = [`<div class="metrics">${metrics.join('')}</div>`];
  const chart = renderTimelineSvg(doc);
  if (chart) body.push(`<figure>\n${chart}\n</figure>`);
  if (t.events.length === 0) {
    body.push(note(MISSING.timeline));
  } else {
    const clock = timelineClock(doc);
    const rows = t.events.map((e, i): Cell[] => [
      { html: String(i + 1), className: 'num' },
      { html: escapeHtml(clock.at(e.at)), className: 'time' },
      kindChip(e.kind),
      htmlLines(e.text),
      e.source === null ? '' : escapeHtml(e.source),
    ]);
    body.push(table(['#', escapeHtml(clock.heading), 'Kind', 'Event', 'Source'], rows));
  }
  return body.join('\n');
}

function resolution(doc: PostmortemDocument): string {
  const { summary: s, timeline: t } = doc;
  const sentences: string[] = [];
  if (s.mitigatedAt) {
    sentences.push(
      `Mitigated ${when(doc, s.mitigatedAt)} (time to mitigate: ${metricText(t.timeToMitigate)}).`,
    );
  }
  if (s.resolvedAt) {
    sentences.push(
      `Resolved ${when(doc, s.resolvedAt)} (time to resolve: ${metricText(t.timeToResolve)}).`,
    );
  }
  const body: string[] = [];
  if (sentences.length > 0) body.push(`<p>${escapeHtml(sentences.join(' '))}</p>`);
  if (doc.resolution.notes) body.push(htmlParagraphs(doc.resolution.notes));
  if (doc.resolution.steps.length > 0) {
    const rows = doc.resolution.steps.map((e) => [
      escapeHtml(when(doc, e.at)),
      kindChip(e.kind),
      htmlLines(e.text),
    ]);
    body.push(table(['Time', 'Kind', 'Step'], rows));
  }
  return body.length > 0 ? body.join('\n') : note(MISSING.resolution);
}

function participants(doc: PostmortemDocument): string {
  const groups = (doc.participants ?? []).filter((g) => g.names.length > 0);
  return groups.length > 0
    ? facts(groups.map((g) => [ROLE_WORDS[g.role], escapeHtml(g.names.join(', '))] as const))
    : note(MISSING.participants);
}

/** Each section's id (kept from before outlines where one existed) and body, by key. */
const SECTIONS: Readonly<
  Record<SectionKey, readonly [string, (doc: PostmortemDocument) => string]>
> = {
  summary: ['summary', summary],
  impact: ['impact', impact],
  trigger: ['trigger', htmlTrigger],
  leadup: ['leadup', htmlLeadup],
  rootCauseSummary: ['root-cause-summary', htmlRootCauseSummary],
  detection: ['detection', htmlDetection],
  resolution: ['resolution', resolution],
  topActions: ['top-actions', htmlTopActions],
  timeline: ['timeline', timeline],
  analysis: ['root-causes', htmlAnalysis],
  lessons: ['lessons', htmlLessons],
  actionItems: ['action-items', htmlActionItems],
  followUp: ['follow-up', htmlFollowUp],
  cards: ['cards', htmlCards],
  participants: ['participants', participants],
  supportingLinks: ['supporting-links', htmlSupportingLinks],
};

/**
 * The sections in the order and with the headings of the board's template. In print the
 * executive page stands alone: the first section after it starts a new page, as do the
 * full list of actions and the appendix of cards.
 */
function sections(doc: PostmortemDocument): string[] {
  let executive = true;
  return outlineFor(doc).sections.map(({ key, heading }) => {
    const [id, body] = SECTIONS[key];
    const first = executive && !EXECUTIVE_SECTIONS.has(key);
    if (first) executive = false;
    const className = EXECUTIVE_SECTIONS.has(key) ? 'executive' : undefined;
    const major = first || key === 'actionItems' || key === 'cards';
    return section(id, heading, body(doc), { major, ...(className ? { className } : {}) });
  });
}

/**
 * The document's content (header, sections, footer) without the page around it: what
 * {@link renderHtml} puts in `<main>`, and what the published page inserts into the app
 * (every value escaped, no script, no inline handler).
 */
export function renderHtmlContent(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  return `${header(doc)}
${sections(doc).join('\n')}
<footer>Exported from Hindsight. Blameless: this document describes systems and decisions, not people.</footer>`;
}

/** The document as a standalone HTML page. */
export function renderHtml(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hindsight">
<title>${escapeHtml(`Postmortem: ${doc.title}`)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
${renderHtmlContent(doc)}
</main>
</body>
</html>
`;
}

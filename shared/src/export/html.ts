/**
 * The postmortem document as one standalone HTML page: inline CSS (htmlStyle.ts), an
 * inline SVG timeline chart, no script, and a Content-Security-Policy of its own so a
 * saved copy stays inert. Prints to PDF with page breaks before the major sections.
 * Every piece of user text is escaped; links are http(s) only.
 */
import type { ExportCard, ExportColumn, PostmortemDocument } from './document.ts';
import { escapeHtml, htmlLines, htmlLink, htmlParagraphs } from './escape.ts';
import { HTML_STYLE } from './htmlStyle.ts';
import { KIND_COLORS, renderTimelineSvg } from './svgTimeline.ts';
import {
  ACTION_STATUS_WORDS,
  factTimes,
  impactRows,
  METRICS,
  metricText,
  NOT_RECORDED,
  plural,
  PRIORITY_WORDS,
  ROLE_WORDS,
  SECTION,
  SESSION_WORDS,
  timelineClock,
  when,
} from './words.ts';

/** The policy the export is served with, repeated in the page for saved copies. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const note = (text: string) => `<p class="muted">${escapeHtml(text)}</p>`;

interface SectionOptions {
  /** Starts a new page in print. */
  readonly major?: boolean;
  readonly className?: string;
  readonly attributes?: string;
}

function section(id: string, title: string, body: string, options: SectionOptions = {}): string {
  const classes = [options.major ? 'major' : '', options.className ?? ''].filter(Boolean);
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const attributes = options.attributes ? ` ${options.attributes}` : '';
  return `<section id="${id}"${cls}${attributes}>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

/** A table cell: HTML, or HTML with a class. */
type Cell = string | { readonly html: string; readonly className: string };

const td = (cell: Cell) =>
  typeof cell === 'string' ? `<td>${cell}</td>` : `<td class="${cell.className}">${cell.html}</td>`;

/** A table whose cells are already HTML. */
function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  className = '',
): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n');
  const cls = className ? ` class="${className}"` : '';
  return `<table${cls}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Label and value rows, the label as a row header. */
function facts(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`);
  return `<table class="facts">\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function header(doc: PostmortemDocument): string {
  const chips: string[] = [];
  if (doc.status.severity) chips.push(`<li class="sev">${escapeHtml(doc.status.severity)}</li>`);
  if (doc.status.incident) chips.push(`<li>${escapeHtml(doc.status.incident)}</li>`);
  chips.push(`<li>${escapeHtml(SESSION_WORDS[doc.status.session])}</li>`);
  const incident =
    doc.summary.incidentTitle && doc.summary.incidentTitle !== doc.title
      ? `<p>${escapeHtml(doc.summary.incidentTitle)}</p>\n`
      : '';
  return [
    '<header>',
    '<p class="eyebrow">Postmortem</p>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<ul class="status" aria-label="Status">${chips.join('')}</ul>`,
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
  const body = [s.text ? htmlParagraphs(s.text) : note(NOT_RECORDED)];
  if (rows.length > 0) body.push(facts(rows));
  return section('summary', SECTION.summary, body.join('\n'));
}

function impact(doc: PostmortemDocument): string {
  const rows = impactRows(doc).map(([k, v]) => [k, escapeHtml(v)] as const);
  const body: string[] = [];
  if (rows.length > 0) body.push(facts(rows));
  if (doc.impact.description) body.push(htmlParagraphs(doc.impact.description));
  return section('impact', SECTION.impact, body.length > 0 ? body.join('\n') : note(NOT_RECORDED));
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
    body.push(note('No events on the timeline yet.'));
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
  return section('timeline', SECTION.timeline, body.join('\n'), { major: true });
}

function cards(list: readonly ExportCard[]): string {
  const items = list.map((c) => {
    const author = c.author ? `<span class="author">${escapeHtml(c.author)}</span>` : '';
    return `<li>${htmlLines(c.text)}${author}</li>`;
  });
  return `<ul class="cards">\n${items.join('\n')}\n</ul>`;
}

function column(doc: PostmortemDocument, c: ExportColumn, index: number): string {
  const total = c.cards.length + (c.clusters ?? []).reduce((n, k) => n + k.cards.length, 0);
  const body: string[] = [];
  if (c.prompt) body.push(`<p class="meta">${escapeHtml(c.prompt)}</p>`);
  if (!doc.retrospective.revealed) body.push(note('The cards are not revealed yet.'));
  else if (total === 0) body.push(note('No cards.'));
  else {
    for (const cluster of c.clusters ?? []) {
      const votes =
        cluster.votes === null
          ? ''
          : ` <span class="meta">(${plural(cluster.votes, 'vote')})</span>`;
      body.push(`<h3>${escapeHtml(cluster.title)}${votes}</h3>`, cards(cluster.cards));
    }
    if (c.cards.length > 0) {
      if (c.clusters && c.clusters.length > 0) body.push('<h3>Not clustered</h3>');
      body.push(cards(c.cards));
    }
  }
  // Column ids are checked by the plan's schema ([a-z0-9-]), so they are safe in a class.
  const id = /^[a-z][a-z0-9-]*$/.test(c.id) ? c.id : 'other';
  return section(`column-${id}`, c.title, body.join('\n'), {
    major: index === 0,
    className: `column column-${id}`,
    attributes: `data-cards="${total}"`,
  });
}

function rootCauses(doc: PostmortemDocument): string {
  const list = doc.rootCauses ?? [];
  if (list.length === 0)
    return section('root-causes', SECTION.rootCauses, note(NOT_RECORDED), { major: true });
  const body = list.map((cause) => {
    const whys = cause.whys.map((w) => `<li>${htmlLines(w)}</li>`).join('\n');
    return [
      `<h3>${escapeHtml(cause.topic)}</h3>`,
      whys ? `<ol class="whys">\n${whys}\n</ol>` : '',
      `<p><strong>Root cause:</strong> ${htmlLines(cause.rootCause)}</p>`,
      cause.reduceImpact
        ? `<p><strong>Reducing the impact next time:</strong> ${htmlLines(cause.reduceImpact)}</p>`
        : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return section('root-causes', SECTION.rootCauses, body.join('\n'), { major: true });
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
  if (doc.resolution.steps.length > 0) {
    const rows = doc.resolution.steps.map((e) => [
      escapeHtml(when(doc, e.at)),
      kindChip(e.kind),
      htmlLines(e.text),
    ]);
    body.push(table(['Time', 'Kind', 'Step'], rows));
  }
  if (doc.resolution.notes) body.push(htmlParagraphs(doc.resolution.notes));
  return section(
    'resolution',
    SECTION.resolution,
    body.length > 0 ? body.join('\n') : note(NOT_RECORDED),
  );
}

function lessons(doc: PostmortemDocument): string {
  const list = doc.lessons ?? [];
  const body =
    list.length > 0
      ? `<ul>\n${list.map((l) => `<li>${htmlLines(l)}</li>`).join('\n')}\n</ul>`
      : note(NOT_RECORDED);
  return section('lessons', SECTION.lessons, body);
}

function actionItems(doc: PostmortemDocument): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0)
    return section('action-items', SECTION.actionItems, note(NOT_RECORDED), { major: true });
  const rows = items.map((a) => [
    a.details
      ? `<strong>${htmlLines(a.action)}</strong><br>${htmlLines(a.details)}`
      : htmlLines(a.action),
    a.owner === null ? '' : escapeHtml(a.owner),
    a.due === null ? '' : escapeHtml(a.due),
    a.priority === null ? '' : PRIORITY_WORDS[a.priority],
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : htmlLink('link', a.link),
  ]);
  const headers = ['Action', 'Owner', 'Due', 'Priority', 'Status', 'Link'];
  return section('action-items', SECTION.actionItems, table(headers, rows, 'actions'), {
    major: true,
  });
}

function owners(doc: PostmortemDocument): string {
  const names = doc.owners ?? [];
  const body = names.length > 0 ? `<p>${escapeHtml(names.join(', '))}</p>` : note(NOT_RECORDED);
  return section('owner', SECTION.owners, body);
}

function followUp(doc: PostmortemDocument): string {
  const f = doc.followUp;
  const body = f
    ? `<p>${escapeHtml(when(doc, f.at))}</p>${f.note ? `\n${htmlParagraphs(f.note)}` : ''}`
    : note(NOT_RECORDED);
  return section('follow-up', SECTION.followUp, body);
}

function participants(doc: PostmortemDocument): string {
  const groups = (doc.participants ?? []).filter((g) => g.names.length > 0);
  const body =
    groups.length > 0
      ? facts(groups.map((g) => [ROLE_WORDS[g.role], escapeHtml(g.names.join(', '))] as const))
      : note(NOT_RECORDED);
  return section('participants', SECTION.participants, body);
}

/** The document as a standalone HTML page. */
export function renderHtml(doc: PostmortemDocument): string {
  const sections = [
    summary(doc),
    impact(doc),
    timeline(doc),
    ...doc.retrospective.columns.map((c, i) => column(doc, c, i)),
    rootCauses(doc),
    resolution(doc),
    lessons(doc),
    actionItems(doc),
    owners(doc),
    followUp(doc),
    participants(doc),
  ];
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
${header(doc)}
${sections.join('\n')}
<footer>Exported from Hindsight. Blameless: this document describes systems and decisions, not people.</footer>
</main>
</body>
</html>
`;
}

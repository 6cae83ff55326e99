/**
 * The postmortem document as GitHub-flavoured Markdown: headings, tables and lists that
 * read well on GitHub, GitLab and wiki imports. Every piece of user text is escaped
 * (escape.ts) for the place it goes: a heading, a table cell, a list item, a paragraph.
 */
import type {
  ExportCard,
  ExportColumn,
  ExportTimelineEvent,
  PostmortemDocument,
} from './document.ts';
import {
  mdCell,
  mdInline,
  mdLink,
  mdListItemText,
  mdParagraphLine,
  mdParagraphs,
} from './escape.ts';
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
  statusLine,
  timelineClock,
  when,
} from './words.ts';

/** A table of cells already escaped with {@link mdCell} (or made of our own words). */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const note = (text: string) => `_${text}_`;

/** A bullet whose text may run over several lines. */
function bullet(text: string, suffix = ''): string {
  return `- ${mdListItemText(text, '  ')}${suffix}`;
}

function cardItem(card: ExportCard): string {
  const author = card.author !== undefined ? mdInline(card.author) : '';
  return bullet(card.text, author ? ` — *${author}*` : '');
}

function header(doc: PostmortemDocument): string {
  const title = mdInline(doc.title) || 'Untitled postmortem';
  const facts = [`**Status:** ${mdInline(statusLine(doc))}`];
  if (doc.summary.incidentTitle && doc.summary.incidentTitle !== doc.title) {
    facts.push(`**Incident:** ${mdInline(doc.summary.incidentTitle)}`);
  }
  facts.push(
    `**Generated:** ${when(doc, doc.generatedAt)} by Hindsight; times are in ${mdInline(doc.timeZone)}.`,
  );
  return `# ${title}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function summary(doc: PostmortemDocument): string {
  const s = doc.summary;
  const rows: string[][] = factTimes(doc).map(([label, at]) => [label, when(doc, at)]);
  if (s.services.length > 0) rows.push(['Services', mdCell(s.services.join(', '))]);
  if (s.channel) rows.push(['Incident channel', mdCell(s.channel)]);
  if (s.links.length > 0) {
    rows.push(['Links', s.links.map((l) => mdLink(l.label, l.url)).join(', ')]);
  }
  const parts = [`## ${SECTION.summary}`, s.text ? mdParagraphs(s.text) : note(NOT_RECORDED)];
  if (rows.length > 0) parts.push(table(['Fact', 'Value'], rows));
  return parts.join('\n\n');
}

function impact(doc: PostmortemDocument): string {
  const rows = impactRows(doc).map(([label, value]) => [label, mdCell(value)]);
  const parts = [`## ${SECTION.impact}`];
  if (rows.length > 0) parts.push(table(['Measure', 'Value'], rows));
  if (doc.impact.description) parts.push(mdParagraphs(doc.impact.description));
  if (parts.length === 1) parts.push(note(NOT_RECORDED));
  return parts.join('\n\n');
}

function timeline(doc: PostmortemDocument): string {
  const t = doc.timeline;
  const parts = [
    `## ${SECTION.timeline}`,
    table(
      METRICS.map(([, label]) => label),
      [METRICS.map(([key]) => metricText(t[key]))],
    ),
  ];
  if (t.events.length === 0) {
    parts.push(note('No events on the timeline yet.'));
  } else {
    const clock = timelineClock(doc);
    const rows = t.events.map((e) => [
      clock.at(e.at),
      e.kind,
      mdCell(e.text),
      e.source === null ? '' : mdCell(e.source),
    ]);
    parts.push(table([clock.heading, 'Kind', 'Event', 'Source'], rows));
  }
  return parts.join('\n\n');
}

function column(doc: PostmortemDocument, c: ExportColumn): string {
  const total = c.cards.length + (c.clusters ?? []).reduce((n, k) => n + k.cards.length, 0);
  const parts = [`## ${mdInline(c.title)}`];
  if (!doc.retrospective.revealed) {
    parts.push(note('The cards are not revealed yet.'));
    return parts.join('\n\n');
  }
  if (total === 0) {
    parts.push(note('No cards.'));
    return parts.join('\n\n');
  }
  parts.push(note(plural(total, 'card')));
  for (const cluster of c.clusters ?? []) {
    const votes = cluster.votes === null ? '' : ` (${plural(cluster.votes, 'vote')})`;
    parts.push(`### ${mdInline(cluster.title)}${votes}`, cluster.cards.map(cardItem).join('\n'));
  }
  if (c.cards.length > 0) {
    if (c.clusters && c.clusters.length > 0) parts.push('### Not clustered');
    parts.push(c.cards.map(cardItem).join('\n'));
  }
  return parts.join('\n\n');
}

function rootCauses(doc: PostmortemDocument): string {
  const parts: string[] = [`## ${SECTION.rootCauses}`];
  if (doc.rootCauses === null || doc.rootCauses.length === 0) {
    parts.push(note(NOT_RECORDED));
    return parts.join('\n\n');
  }
  for (const cause of doc.rootCauses) {
    parts.push(`### ${mdInline(cause.topic)}`);
    if (cause.whys.length > 0) {
      parts.push(
        cause.whys
          .map((why, i) => {
            const marker = `${i + 1}.`;
            return `${marker} ${mdListItemText(why, ' '.repeat(marker.length + 1))}`;
          })
          .join('\n'),
      );
    }
    parts.push(`**Root cause:** ${mdListItemText(cause.rootCause, '')}`);
    if (cause.reduceImpact) {
      parts.push(`**Reducing the impact next time:** ${mdListItemText(cause.reduceImpact, '')}`);
    }
  }
  return parts.join('\n\n');
}

function step(doc: PostmortemDocument, e: ExportTimelineEvent): string {
  return bullet(`${when(doc, e.at)} · ${e.kind}: ${e.text}`);
}

function resolution(doc: PostmortemDocument): string {
  const s = doc.summary;
  const t = doc.timeline;
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
  const parts = [`## ${SECTION.resolution}`];
  if (sentences.length > 0) parts.push(sentences.join(' '));
  if (doc.resolution.steps.length > 0) {
    parts.push(doc.resolution.steps.map((e) => step(doc, e)).join('\n'));
  }
  if (doc.resolution.notes) parts.push(mdParagraphs(doc.resolution.notes));
  if (parts.length === 1) parts.push(note(NOT_RECORDED));
  return parts.join('\n\n');
}

function lessons(doc: PostmortemDocument): string {
  const body =
    doc.lessons && doc.lessons.length > 0
      ? doc.lessons.map((l) => bullet(l)).join('\n')
      : note(NOT_RECORDED);
  return `## ${SECTION.lessons}\n\n${body}`;
}

function actionItems(doc: PostmortemDocument): string {
  const items = doc.actionItems;
  if (items === null || items.length === 0)
    return `## ${SECTION.actionItems}\n\n${note(NOT_RECORDED)}`;
  const rows = items.map((a) => [
    mdCell(a.details ? `${a.action}\n${a.details}` : a.action),
    a.owner === null ? '' : mdCell(a.owner),
    a.due ?? '',
    a.priority === null ? '' : PRIORITY_WORDS[a.priority],
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : mdLink('link', a.link),
  ]);
  return `## ${SECTION.actionItems}\n\n${table(['Action', 'Owner', 'Due', 'Priority', 'Status', 'Link'], rows)}`;
}

function owners(doc: PostmortemDocument): string {
  const names = doc.owners ?? [];
  const body = names.length > 0 ? mdParagraphLine(names.join(', ')) : note(NOT_RECORDED);
  return `## ${SECTION.owners}\n\n${body}`;
}

function followUp(doc: PostmortemDocument): string {
  const f = doc.followUp;
  const body = f
    ? [when(doc, f.at), f.note ? mdParagraphs(f.note) : ''].filter(Boolean).join('\n\n')
    : note(NOT_RECORDED);
  return `## ${SECTION.followUp}\n\n${body}`;
}

function participants(doc: PostmortemDocument): string {
  const groups = (doc.participants ?? []).filter((g) => g.names.length > 0);
  const body =
    groups.length > 0
      ? groups.map((g) => `- **${ROLE_WORDS[g.role]}:** ${mdInline(g.names.join(', '))}`).join('\n')
      : note(NOT_RECORDED);
  return `## ${SECTION.participants}\n\n${body}`;
}

/** The document as GitHub-flavoured Markdown, ending with a newline. */
export function renderMarkdown(doc: PostmortemDocument): string {
  const sections = [
    header(doc),
    summary(doc),
    impact(doc),
    timeline(doc),
    ...doc.retrospective.columns.map((c) => column(doc, c)),
    rootCauses(doc),
    resolution(doc),
    lessons(doc),
    actionItems(doc),
    owners(doc),
    followUp(doc),
    participants(doc),
  ];
  return `${sections.join('\n\n')}\n`;
}

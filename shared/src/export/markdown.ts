/**
 * The postmortem document as GitHub-flavoured Markdown: headings, tables and lists that
 * read well on GitHub, GitLab and wiki imports. Every piece of user text is escaped
 * (escape.ts) for the place it goes: a heading, a table cell, a list item, a paragraph.
 * The retrospective and follow-through sections live in mdRetrospective.ts and
 * mdFollowThrough.ts.
 */
import { withoutBidiControlsDeep } from '../bidi.ts';
import type { ExportTimelineEvent, PostmortemDocument } from './document.ts';
import { mdCell, mdInline, mdLink, mdParagraphs } from './escape.ts';
import { bullet, distinctHeadings, note, table } from './mdBlocks.ts';
import { mdActionItems, mdFollowUp, mdOwners } from './mdFollowThrough.ts';
import { mdColumn, mdLessons, mdRootCauses } from './mdRetrospective.ts';
import {
  factTimes,
  impactRows,
  METRICS,
  metricText,
  NOT_RECORDED,
  ROLE_WORDS,
  SECTION,
  statusLine,
  timelineClock,
  when,
} from './words.ts';

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

function participants(doc: PostmortemDocument): string {
  const groups = (doc.participants ?? []).filter((g) => g.names.length > 0);
  const body =
    groups.length > 0
      ? groups.map((g) => `- **${ROLE_WORDS[g.role]}:** ${mdInline(g.names.join(', '))}`).join('\n')
      : note(NOT_RECORDED);
  return `## ${SECTION.participants}\n\n${body}`;
}

/** The document as GitHub-flavoured Markdown, ending with a newline. */
export function renderMarkdown(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  const sections = [
    header(doc),
    summary(doc),
    impact(doc),
    timeline(doc),
    ...doc.retrospective.columns.map((c) => mdColumn(doc, c)),
    mdRootCauses(doc),
    resolution(doc),
    mdLessons(doc),
    mdActionItems(doc),
    mdOwners(doc),
    mdFollowUp(doc),
    participants(doc),
  ];
  return `${distinctHeadings(sections.join('\n\n'))}\n`;
}

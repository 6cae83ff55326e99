/**
 * The postmortem document as GitHub-flavoured Markdown: headings, tables and lists that
 * read well on GitHub, GitLab and wiki imports. Every piece of user text is escaped
 * (escape.ts) for the place it goes: a heading, a table cell, a list item, a paragraph.
 * The retrospective and follow-through sections live in mdRetrospective.ts and
 * mdFollowThrough.ts.
 */
import { withoutBidiControlsDeep } from '../bidi.ts';
import type { ExportTimelineEvent, PostmortemDocument, SectionKey } from './document.ts';
import { mdCell, mdInline, mdLink, mdParagraphs } from './escape.ts';
import { bullet, distinctHeadings, note, table } from './mdBlocks.ts';
import {
  mdDetection,
  mdRootCauseSummary,
  mdSupportingLinks,
  mdTopActions,
  mdTrigger,
  mdLeadup,
} from './mdExecutive.ts';
import { mdActionItems, mdFollowUp } from './mdFollowThrough.ts';
import { mdAnalysis, mdCards, mdLessons } from './mdRetrospective.ts';
import {
  authorsText,
  documentDate,
  factTimes,
  impactRows,
  METRICS,
  metricText,
  MISSING,
  outlineFor,
  ROLE_WORDS,
  statusLine,
  timelineClock,
  when,
} from './words.ts';

function header(doc: PostmortemDocument): string {
  const title = mdInline(doc.title) || 'Untitled postmortem';
  const facts = [`**Date:** ${documentDate(doc)}`, `**Status:** ${mdInline(statusLine(doc))}`];
  if (doc.summary.incidentTitle && doc.summary.incidentTitle !== doc.title) {
    facts.push(`**Incident:** ${mdInline(doc.summary.incidentTitle)}`);
  }
  const authors = authorsText(doc);
  facts.push(`**Authors:** ${authors ? mdInline(authors) : 'not agreed yet'}`);
  facts.push(
    `**Generated:** ${when(doc, doc.generatedAt)} by Hindsight; times are in ${mdInline(doc.timeZone)}.`,
  );
  return `# ${title}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function summary(doc: PostmortemDocument, heading: string): string {
  const s = doc.summary;
  const rows: string[][] = factTimes(doc).map(([label, at]) => [label, when(doc, at)]);
  if (s.services.length > 0) rows.push(['Services', mdCell(s.services.join(', '))]);
  if (s.channel) rows.push(['Incident channel', mdCell(s.channel)]);
  if (s.links.length > 0) {
    rows.push(['Links', s.links.map((l) => mdLink(l.label, l.url)).join(', ')]);
  }
  const parts = [`## ${heading}`, s.text ? mdParagraphs(s.text) : note(MISSING.summary)];
  if (rows.length > 0) parts.push(table(['Fact', 'Value'], rows));
  return parts.join('\n\n');
}

function impact(doc: PostmortemDocument, heading: string): string {
  const rows = impactRows(doc).map(([label, value]) => [label, mdCell(value)]);
  const parts = [`## ${heading}`];
  if (rows.length > 0) parts.push(table(['Measure', 'Value'], rows));
  if (doc.impact.description) parts.push(mdParagraphs(doc.impact.description));
  if (parts.length === 1) parts.push(note(MISSING.impact));
  return parts.join('\n\n');
}

function timeline(doc: PostmortemDocument, heading: string): string {
  const t = doc.timeline;
  const parts = [
    `## ${heading}`,
    table(
      METRICS.map(([, label]) => label),
      [METRICS.map(([key]) => metricText(t[key]))],
    ),
  ];
  if (t.events.length === 0) {
    parts.push(note(MISSING.timeline));
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

function resolution(doc: PostmortemDocument, heading: string): string {
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
  const parts = [`## ${heading}`];
  if (sentences.length > 0) parts.push(sentences.join(' '));
  if (doc.resolution.notes) parts.push(mdParagraphs(doc.resolution.notes));
  if (doc.resolution.steps.length > 0) {
    parts.push(doc.resolution.steps.map((e) => step(doc, e)).join('\n'));
  }
  if (parts.length === 1) parts.push(note(MISSING.resolution));
  return parts.join('\n\n');
}

function participants(doc: PostmortemDocument, heading: string): string {
  const groups = (doc.participants ?? []).filter((g) => g.names.length > 0);
  const body =
    groups.length > 0
      ? groups.map((g) => `- **${ROLE_WORDS[g.role]}:** ${mdInline(g.names.join(', '))}`).join('\n')
      : note(MISSING.participants);
  return `## ${heading}\n\n${body}`;
}

/** Each section of the outline, by key, given its heading. */
const SECTIONS: Readonly<Record<SectionKey, (doc: PostmortemDocument, heading: string) => string>> =
  {
    summary,
    impact,
    trigger: mdTrigger,
    leadup: mdLeadup,
    rootCauseSummary: mdRootCauseSummary,
    detection: mdDetection,
    resolution,
    topActions: mdTopActions,
    timeline,
    analysis: mdAnalysis,
    lessons: mdLessons,
    actionItems: mdActionItems,
    followUp: mdFollowUp,
    cards: mdCards,
    participants,
    supportingLinks: mdSupportingLinks,
  };

/**
 * The document as GitHub-flavoured Markdown, ending with a newline: the header, then the
 * sections in the order and with the headings of the board's template, the executive
 * page first.
 */
export function renderMarkdown(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  const sections = [
    header(doc),
    ...outlineFor(doc).sections.map((s) => SECTIONS[s.key](doc, mdInline(s.heading))),
  ];
  return `${distinctHeadings(sections.join('\n\n'))}\n`;
}

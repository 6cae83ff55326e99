/**
 * The executive page's own sections in Markdown: the trigger, the leadup, the root causes in one
 * line each, how the incident was found, the top actions; and the supporting links of
 * the appendix. What the board lacks is said plainly (MISSING).
 */
import type { PostmortemDocument } from './document.ts';
import { mdCell, mdInline, mdLink, mdListItemText, mdParagraphs, safeHref } from './escape.ts';
import { note, section, table } from './mdBlocks.ts';
import { actionTypeText, clusterName, metricText, MISSING, TOP_ACTIONS, when } from './words.ts';

/** A section of the team's prose, or what is missing. */
const prose = (heading: string, text: string | null | undefined, missing: string) =>
  section(heading, [text ? mdParagraphs(text) : note(missing)]);

export function mdTrigger(doc: PostmortemDocument, heading: string): string {
  return prose(heading, doc.trigger, MISSING.trigger);
}

export function mdLeadup(doc: PostmortemDocument, heading: string): string {
  return prose(heading, doc.leadup, MISSING.leadup);
}

/** Each marked root cause, with the cluster it came from. */
export function mdRootCauseSummary(doc: PostmortemDocument, heading: string): string {
  const marked = (doc.rootCauses ?? []).filter((c) => c.rootCause !== null);
  if (marked.length === 0) return section(heading, [note(MISSING.rootCauseSummary)]);
  const items = marked.map(
    (c) => `- **${mdInline(clusterName(c.topic))}:** ${mdListItemText(c.rootCause!, '  ')}`,
  );
  return section(heading, [items.join('\n')]);
}

export function mdDetection(doc: PostmortemDocument, heading: string): string {
  const d = doc.detection ?? { howFound: '', sooner: '' };
  const lines: string[] = [];
  if (doc.summary.detectedAt) {
    lines.push(
      `- **Detected:** ${when(doc, doc.summary.detectedAt)} (time to detect: ${metricText(doc.timeline.timeToDetect)})`,
    );
  }
  if (d.howFound) lines.push(`- **How it was found:** ${mdListItemText(d.howFound, '  ')}`);
  if (d.sooner) lines.push(`- **How to find it sooner:** ${mdListItemText(d.sooner, '  ')}`);
  return section(heading, [lines.length > 0 ? lines.join('\n') : note(MISSING.detection)]);
}

/** The first actions in "tackle first" order, with their type, owner and due date. */
export function mdTopActions(doc: PostmortemDocument, heading: string): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) return section(heading, [note(MISSING.topActions)]);
  const rows = items
    .slice(0, TOP_ACTIONS)
    .map((a) => [
      mdCell(a.action),
      actionTypeText(a),
      a.owner === null ? '' : mdCell(a.owner),
      a.due ?? '',
    ]);
  const blocks = [table(['Action', 'Type', 'Owner', 'Due'], rows)];
  if (items.length > TOP_ACTIONS) {
    blocks.push(`${items.length - TOP_ACTIONS} more in the full list of action items.`);
  }
  return section(heading, blocks);
}

export function mdSupportingLinks(doc: PostmortemDocument, heading: string): string {
  // Only links that are links: a label alone could start a list item as a rule ("---").
  const links = [...doc.summary.links, ...(doc.supportingLinks ?? [])].filter(
    (l) => safeHref(l.url) !== null,
  );
  if (links.length === 0) return section(heading, [note(MISSING.supportingLinks)]);
  return section(heading, [links.map((l) => `- ${mdLink(l.label, l.url)}`).join('\n')]);
}

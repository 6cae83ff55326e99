/**
 * The executive page's own sections in HTML: the trigger, the leadup, the root causes in one line
 * each, how the incident was found, the top actions; and the supporting links of the
 * appendix. What the board lacks is said plainly (MISSING).
 */
import type { PostmortemDocument } from './document.ts';
import { escapeHtml, htmlLines, htmlLink, htmlParagraphs, safeHref } from './escape.ts';
import { facts, list, note, table } from './htmlBlocks.ts';
import { actionTypeText, clusterName, metricText, MISSING, TOP_ACTIONS, when } from './words.ts';

export function htmlTrigger(doc: PostmortemDocument): string {
  return doc.trigger ? htmlParagraphs(doc.trigger) : note(MISSING.trigger);
}

export function htmlLeadup(doc: PostmortemDocument): string {
  return doc.leadup ? htmlParagraphs(doc.leadup) : note(MISSING.leadup);
}

/** Each marked root cause, with the cluster it came from. */
export function htmlRootCauseSummary(doc: PostmortemDocument): string {
  const marked = (doc.rootCauses ?? []).filter((c) => c.rootCause !== null);
  if (marked.length === 0) return note(MISSING.rootCauseSummary);
  return list(
    marked.map(
      (c) => `<strong>${escapeHtml(clusterName(c.topic))}:</strong> ${htmlLines(c.rootCause!)}`,
    ),
  );
}

export function htmlDetection(doc: PostmortemDocument): string {
  const d = doc.detection ?? { howFound: '', sooner: '' };
  const rows: [string, string][] = [];
  if (doc.summary.detectedAt) {
    rows.push([
      'Detected',
      escapeHtml(
        `${when(doc, doc.summary.detectedAt)} (time to detect: ${metricText(doc.timeline.timeToDetect)})`,
      ),
    ]);
  }
  if (d.howFound) rows.push(['How it was found', htmlLines(d.howFound)]);
  if (d.sooner) rows.push(['How to find it sooner', htmlLines(d.sooner)]);
  return rows.length > 0 ? facts(rows) : note(MISSING.detection);
}

/** The first actions in "tackle first" order, with their type, owner and due date. */
export function htmlTopActions(doc: PostmortemDocument): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) return note(MISSING.topActions);
  const rows = items
    .slice(0, TOP_ACTIONS)
    .map((a) => [
      htmlLines(a.action),
      escapeHtml(actionTypeText(a)),
      a.owner === null ? '' : escapeHtml(a.owner),
      a.due === null ? '' : escapeHtml(a.due),
    ]);
  const body = [table(['Action', 'Type', 'Owner', 'Due'], rows, 'top-actions')];
  if (items.length > TOP_ACTIONS) {
    body.push(`<p>${items.length - TOP_ACTIONS} more in the full list of action items.</p>`);
  }
  return body.join('\n');
}

export function htmlSupportingLinks(doc: PostmortemDocument): string {
  const links = [...doc.summary.links, ...(doc.supportingLinks ?? [])].filter(
    (l) => safeHref(l.url) !== null,
  );
  if (links.length === 0) return note(MISSING.supportingLinks);
  return list(links.map((l) => htmlLink(l.label, l.url)));
}

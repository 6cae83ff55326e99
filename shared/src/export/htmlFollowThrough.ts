/**
 * The follow-through sections' bodies in HTML: action items, and the follow-up (the
 * postmortem owners and the review).
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { escapeHtml, htmlLines, htmlLink } from './escape.ts';
import { facts, list, note, table } from './htmlBlocks.ts';
import {
  ACTION_STATUS_WORDS,
  actionTypeText,
  addressesText,
  confirmedWord,
  followUpLength,
  followUpWhen,
  MISSING,
  NOT_RECORDED,
  priorityText,
  SUBHEADING,
  ticketLabel,
} from './words.ts';

const HEADERS = ['Action', 'Owner', 'Due', 'Priority', 'Status', 'Link', 'Addresses'];

/** The action's cell: what to do, why, and its type. */
function actionCell(a: ExportActionItem): string {
  const type = a.type ? `<br><span class="meta">${escapeHtml(actionTypeText(a))}</span>` : '';
  const text = a.details
    ? `<strong>${htmlLines(a.action)}</strong><br>${htmlLines(a.details)}`
    : htmlLines(a.action);
  return `${text}${type}`;
}

/** One table row per action item, in "tackle first" order. */
export function htmlActionItems(doc: PostmortemDocument): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) return note(MISSING.actionItems);
  const rows = items.map((a) => [
    actionCell(a),
    a.owner === null
      ? ''
      : `${escapeHtml(a.owner)}<br><span class="meta">${confirmedWord(a)}</span>`,
    a.due === null ? '' : escapeHtml(a.due),
    escapeHtml(priorityText(a)),
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : htmlLink(ticketLabel(a.link), a.link),
    htmlLines(addressesText(a.addresses)),
  ]);
  return table(HEADERS, rows, 'actions');
}

/** The owners' names, then what they are responsible for. */
function owners(doc: PostmortemDocument): string {
  const o = doc.owners;
  const body = [`<h3>${SUBHEADING.owners}</h3>`];
  if (o === null) return [...body, note(NOT_RECORDED)].join('\n');
  body.push(`<p>${escapeHtml(o.names.join(', '))}</p>`);
  if (o.responsibilities.length > 0) {
    body.push('<p><strong>Responsibilities:</strong></p>', list(o.responsibilities.map(htmlLines)));
  }
  return body.join('\n');
}

/** When the review is, in its own zone, and how long it lasts. */
function review(doc: PostmortemDocument): string {
  const f = doc.followUp;
  const body =
    f === null
      ? note(NOT_RECORDED)
      : facts([
          ['When', escapeHtml(followUpWhen(doc, f))],
          ['Length', escapeHtml(followUpLength(f))],
        ]);
  return `<h3>${SUBHEADING.review}</h3>\n${body}`;
}

/** Who chases the actions, and when the team meets again to check them. */
export function htmlFollowUp(doc: PostmortemDocument): string {
  if (doc.owners === null && doc.followUp === null) return note(MISSING.followUp);
  return `${owners(doc)}\n${review(doc)}`;
}

/**
 * The follow-through sections in HTML: action items, the postmortem owners and the
 * follow-up review.
 */
import type { PostmortemDocument } from './document.ts';
import { escapeHtml, htmlLines, htmlLink } from './escape.ts';
import { facts, list, note, section, table } from './htmlBlocks.ts';
import {
  ACTION_STATUS_WORDS,
  addressesText,
  confirmedWord,
  followUpLength,
  followUpWhen,
  NOT_RECORDED,
  priorityText,
  SECTION,
  ticketLabel,
} from './words.ts';

const HEADERS = ['Action', 'Owner', 'Due', 'Priority', 'Status', 'Link', 'Addresses'];

/** One table row per action item, in "tackle first" order. */
export function htmlActionItems(doc: PostmortemDocument): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) {
    return section('action-items', SECTION.actionItems, note(NOT_RECORDED), { major: true });
  }
  const rows = items.map((a) => [
    a.details
      ? `<strong>${htmlLines(a.action)}</strong><br>${htmlLines(a.details)}`
      : htmlLines(a.action),
    a.owner === null
      ? ''
      : `${escapeHtml(a.owner)}<br><span class="meta">${confirmedWord(a)}</span>`,
    a.due === null ? '' : escapeHtml(a.due),
    escapeHtml(priorityText(a)),
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : htmlLink(ticketLabel(a.link), a.link),
    htmlLines(addressesText(a.addresses)),
  ]);
  return section('action-items', SECTION.actionItems, table(HEADERS, rows, 'actions'), {
    major: true,
  });
}

/** The owners' names, then what they are responsible for. */
export function htmlOwners(doc: PostmortemDocument): string {
  const owners = doc.owners;
  if (owners === null) return section('owner', SECTION.owners, note(NOT_RECORDED));
  const body = [`<p>${escapeHtml(owners.names.join(', '))}</p>`];
  if (owners.responsibilities.length > 0) {
    body.push(
      '<p><strong>Responsibilities:</strong></p>',
      list(owners.responsibilities.map(htmlLines)),
    );
  }
  return section('owner', SECTION.owners, body.join('\n'));
}

/** When the review is, in its own zone, and how long it lasts. */
export function htmlFollowUp(doc: PostmortemDocument): string {
  const f = doc.followUp;
  const body =
    f === null
      ? note(NOT_RECORDED)
      : facts([
          ['When', escapeHtml(followUpWhen(doc, f))],
          ['Length', escapeHtml(followUpLength(f))],
        ]);
  return section('follow-up', SECTION.followUp, body);
}

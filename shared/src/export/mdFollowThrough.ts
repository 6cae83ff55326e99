/**
 * The follow-through sections in Markdown: action items, the postmortem owners and the
 * follow-up review.
 */
import type { PostmortemDocument } from './document.ts';
import { mdCell, mdInline, mdLink, mdParagraphLine } from './escape.ts';
import { bullet, note, section, table } from './mdBlocks.ts';
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

export const ACTION_TABLE_HEADERS = [
  'Action',
  'Owner',
  'Due',
  'Priority',
  'Status',
  'Link',
  'Addresses',
] as const;

/** One table row per action item, in "tackle first" order. */
export function mdActionItems(doc: PostmortemDocument): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) return section(SECTION.actionItems, [note(NOT_RECORDED)]);
  const rows = items.map((a) => [
    mdCell(a.details ? `${a.action}\n${a.details}` : a.action),
    a.owner === null ? '' : `${mdCell(a.owner)} (${confirmedWord(a)})`,
    a.due ?? '',
    priorityText(a),
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : mdLink(ticketLabel(a.link), a.link),
    mdCell(addressesText(a.addresses)),
  ]);
  return section(SECTION.actionItems, [table(ACTION_TABLE_HEADERS, rows)]);
}

/** The owners' names, then what they are responsible for. */
export function mdOwners(doc: PostmortemDocument): string {
  const owners = doc.owners;
  if (owners === null) return section(SECTION.owners, [note(NOT_RECORDED)]);
  const blocks = [mdParagraphLine(owners.names.join(', '))];
  if (owners.responsibilities.length > 0) {
    blocks.push('**Responsibilities:**', owners.responsibilities.map((r) => bullet(r)).join('\n'));
  }
  return section(SECTION.owners, blocks);
}

/** When the review is, in its own zone, and how long it lasts. */
export function mdFollowUp(doc: PostmortemDocument): string {
  const f = doc.followUp;
  if (f === null) return section(SECTION.followUp, [note(NOT_RECORDED)]);
  return section(SECTION.followUp, [
    [`- **When:** ${mdInline(followUpWhen(doc, f))}`, `- **Length:** ${followUpLength(f)}`].join(
      '\n',
    ),
  ]);
}

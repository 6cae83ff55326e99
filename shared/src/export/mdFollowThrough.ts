/**
 * The follow-through sections in Markdown: action items, the postmortem owners and the
 * follow-up review.
 */
import type { PostmortemDocument } from './document.ts';
import { mdCell, mdInline, mdLink, mdParagraphLine } from './escape.ts';
import { bullet, note, section, table } from './mdBlocks.ts';
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
export function mdActionItems(doc: PostmortemDocument, heading: string): string {
  const items = doc.actionItems ?? [];
  if (items.length === 0) return section(heading, [note(MISSING.actionItems)]);
  const rows = items.map((a) => [
    mdCell(
      [a.action, a.details, a.type ? `Type: ${actionTypeText(a)}` : ''].filter(Boolean).join('\n'),
    ),
    a.owner === null ? '' : `${mdCell(a.owner)} (${confirmedWord(a)})`,
    a.due ?? '',
    priorityText(a),
    ACTION_STATUS_WORDS[a.status],
    a.link === null ? '' : mdLink(ticketLabel(a.link), a.link),
    mdCell(addressesText(a.addresses)),
  ]);
  return section(heading, [table(ACTION_TABLE_HEADERS, rows)]);
}

/** The owners' names, then what they are responsible for. */
function owners(doc: PostmortemDocument): string[] {
  const o = doc.owners;
  if (o === null) return [`### ${SUBHEADING.owners}`, note(NOT_RECORDED)];
  const blocks = [`### ${SUBHEADING.owners}`, mdParagraphLine(o.names.join(', '))];
  if (o.responsibilities.length > 0) {
    blocks.push('**Responsibilities:**', o.responsibilities.map((r) => bullet(r)).join('\n'));
  }
  return blocks;
}

/** When the review is, in its own zone, and how long it lasts. */
function review(doc: PostmortemDocument): string[] {
  const f = doc.followUp;
  if (f === null) return [`### ${SUBHEADING.review}`, note(NOT_RECORDED)];
  return [
    `### ${SUBHEADING.review}`,
    [`- **When:** ${mdInline(followUpWhen(doc, f))}`, `- **Length:** ${followUpLength(f)}`].join(
      '\n',
    ),
  ];
}

/** Who chases the actions, and when the team meets again to check them. */
export function mdFollowUp(doc: PostmortemDocument, heading: string): string {
  if (doc.owners === null && doc.followUp === null)
    return section(heading, [note(MISSING.followUp)]);
  return section(heading, [...owners(doc), ...review(doc)]);
}

/**
 * What every tracker variant of the action items says about one item beyond its summary:
 * the ticket body (description, due date, owner when the tracker cannot assign them, the
 * ticket already filed) and the label that finds a postmortem's actions. One place, so the
 * Jira and Linear files and the GitHub script tell the same story.
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { actionDescription } from './csv.ts';

/** The label that finds a postmortem's actions in the tracker. */
export const TRACKER_LABEL = 'postmortem';

export interface TrackerBodyOptions {
  /** Say who owns it in the body: the tracker has no assignee for that name. */
  readonly ownerInBody: boolean;
}

/**
 * The ticket's body: {@link actionDescription}, then the due date and the ticket already
 * filed, which some importers have no column for, and the owner when asked.
 */
export function trackerBody(
  doc: PostmortemDocument,
  item: ExportActionItem,
  { ownerInBody }: TrackerBodyOptions,
): string {
  return [
    actionDescription(doc, item),
    ownerInBody && item.owner !== null && `Owner: ${item.owner}`,
    item.due !== null && `Due: ${item.due}`,
    item.link !== null && `Ticket: ${item.link}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The follow-through half of the document: action items, the postmortem owners, the
 * follow-up review and where the postmortem stands. Pure; called by build.ts.
 */
import { priorityLevel, quadrantOfRating } from '../actions/priority.ts';
import { isResolved } from '../actions/status.ts';
import { compareActionItems, type ActionItem } from '../entities/actionItem.ts';
import type { Discussion, WhyLevel } from '../entities/discussion.ts';
import { followUpStart, type FollowUp } from '../entities/followUp.ts';
import type { PostmortemOwner } from '../entities/postmortemOwner.ts';
import { canClose, type PostmortemStatus } from '../entities/postmortemStatus.ts';
import type {
  ExportActionItem,
  ExportAddresses,
  ExportFollowUp,
  ExportOwners,
} from './document.ts';
import { safeHref } from './escape.ts';
import { levelText, type PlacedCluster } from './buildRetrospective.ts';

interface LevelRef {
  readonly clusterId: string;
  readonly level: WhyLevel;
  readonly marked: boolean;
}

function addressesOf(
  item: ActionItem,
  names: ReadonlyMap<string, string>,
  levels: ReadonlyMap<string, LevelRef>,
): ExportAddresses | null {
  const ref = item.rootCauseId === undefined ? undefined : levels.get(item.rootCauseId);
  const clusterId = item.clusterId ?? ref?.clusterId ?? null;
  if (clusterId === null) return null;
  return {
    clusterId,
    topic: names.get(clusterId) ?? null,
    cause: (ref && levelText(ref.level)) || null,
    rootCause: ref?.marked ?? false,
  };
}

/**
 * The action items in "tackle first" order (compareActionItems), each with its quadrant
 * and priority derived again from its ratings, a link only when it is http(s), and what
 * it addresses resolved to the cluster's name and the five-whys level's text.
 */
export function actionItemsOf(
  items: readonly ActionItem[],
  clusters: readonly PlacedCluster[],
  discussions: readonly Discussion[],
): ExportActionItem[] {
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  const levels = new Map<string, LevelRef>();
  for (const d of discussions) {
    for (const level of d.whys) {
      levels.set(level.id, { clusterId: d.clusterId, level, marked: level.id === d.rootCauseId });
    }
  }
  return items
    .map((item) => ({ ...item, quadrant: quadrantOfRating(item) }))
    .sort(compareActionItems)
    .map((item) => ({
      id: item.id,
      action: item.title.trim(),
      details: item.details?.trim() ?? '',
      owner: item.owner ?? null,
      ownerConfirmed: item.owner !== undefined && item.ownerConfirmed,
      due: item.due ?? null,
      quadrant: item.quadrant,
      priority: item.quadrant && priorityLevel(item.quadrant),
      status: item.status,
      type: item.type ?? null,
      reason: item.reason ?? null,
      resolved: isResolved(item),
      link: item.link === undefined ? null : safeHref(item.link),
      addresses: addressesOf(item, names, levels),
    }));
}

/** The owners and their responsibilities; null until a name is agreed. */
export function ownersOf(owner: PostmortemOwner): ExportOwners | null {
  if (owner.names.length === 0) return null;
  return { names: [...owner.names], responsibilities: [...owner.responsibilities] };
}

/** The review as scheduled, with its start as an instant; null when none is (or can be). */
export function followUpOf(followUp: FollowUp | null): ExportFollowUp | null {
  const start = followUp && followUpStart(followUp);
  if (!followUp || start === null) return null;
  return {
    at: new Date(start).toISOString(),
    date: followUp.date,
    time: followUp.time,
    timeZone: followUp.timeZone,
    durationMinutes: followUp.durationMinutes,
  };
}

/** The status, read again by the seeds' rule: never closed while an action is open. */
export function postmortemStatusOf(
  status: PostmortemStatus,
  items: readonly ActionItem[],
): PostmortemStatus {
  return status === 'closed' && !canClose(items).ok ? 'actions open' : status;
}

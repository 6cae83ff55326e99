/**
 * Issue trackers over REST with the signed-in session: the workspace's connections
 * (admins), a postmortem's target, and filing an action's issue.
 */
import {
  TrackerConnectionsResponseSchema,
  TrackerConnectionViewSchema,
  TrackerIssueSchema,
  TrackerTargetResponseSchema,
  TrackerTestResponseSchema,
  type TrackerConnectionInput,
  type TrackerIssue,
  type TrackerKind,
  type TrackerTarget,
} from '@hindsight/shared';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

export function fetchConnections(signal: AbortSignal) {
  return request('/api/trackers', { cache: 'no-store', signal }, TrackerConnectionsResponseSchema);
}

export function saveConnection(kind: TrackerKind, input: TrackerConnectionInput) {
  return request(
    `/api/trackers/${kind}`,
    withCsrf({
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    }),
    TrackerConnectionViewSchema,
  );
}

/** Whether the saved connection works: whom the token is, or what to check. */
export function testConnection(kind: TrackerKind) {
  return request(
    `/api/trackers/${kind}/test`,
    withCsrf({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    TrackerTestResponseSchema,
  );
}

export function fetchTarget(boardId: string, signal: AbortSignal) {
  return request(
    `/api/boards/${encodeURIComponent(boardId)}/tracker`,
    { cache: 'no-store', signal },
    TrackerTargetResponseSchema,
  );
}

export function saveTarget(boardId: string, target: TrackerTarget) {
  return request(
    `/api/boards/${encodeURIComponent(boardId)}/tracker`,
    withCsrf({
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(target),
    }),
    TrackerTargetResponseSchema,
  );
}

export function fileIssue(actionId: string): Promise<TrackerIssue> {
  return request(
    `/api/actions/${encodeURIComponent(actionId)}/issue`,
    withCsrf({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    TrackerIssueSchema,
  );
}

/**
 * The fallback for a webhook that never came: every so often each filed issue's state is
 * read from its tracker and applied as a webhook's would be (sync.ts). One issue failing
 * (the tracker down, a token revoked) is logged and skipped; the next round tries again.
 */
import type { FastifyInstance } from 'fastify';
import type { TrackerKind } from '@hindsight/shared';
import type { OpenConnection } from './client.ts';
import { TRACKER_CLIENTS } from './clients.ts';
import { openConnection } from './connections.ts';
import type { SecretBox } from './secretBox.ts';
import { applyIssueState } from './sync.ts';

const PAGE = 100;

/** One round over every filed issue; answers how many actions changed. */
export async function pollOnce(app: FastifyInstance, box: SecretBox): Promise<number> {
  const connections = new Map<TrackerKind, OpenConnection | null>();
  let changed = 0;
  let after: { boardId: string; actionId: string } | null = null;
  for (;;) {
    const issues = await app.store.listTrackerIssues(after, PAGE);
    for (const issue of issues) {
      if (!issue.externalId) continue;
      if (!connections.has(issue.kind)) {
        connections.set(issue.kind, await openConnection(app.store, box, issue.kind));
      }
      const conn = connections.get(issue.kind);
      const client = TRACKER_CLIENTS[issue.kind];
      if (!conn || !client) continue;
      try {
        const state = await client.state(conn, issue.externalId);
        if (state && (await applyIssueState(app, issue, state))) changed++;
      } catch (err) {
        app.log.warn(
          { board: issue.boardId, action: issue.actionId, tracker: issue.kind, err: String(err) },
          'could not read the issue',
        );
      }
    }
    const last = issues.at(-1);
    if (issues.length < PAGE || !last) return changed;
    after = { boardId: last.boardId, actionId: last.actionId };
  }
}

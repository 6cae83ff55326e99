/**
 * The trackers' rows behind one interface, with a SQLite and a Postgres implementation
 * that one contract suite checks (test/trackerContract.ts). The statements are written
 * once with `?` placeholders; Postgres numbers them (`$1`…).
 */
import type { TrackerKind } from '@hindsight/shared';

/** A workspace's connection to one tracker; the token and secret sealed (secretBox.ts). */
export interface TrackerConnectionRow {
  readonly kind: TrackerKind;
  readonly baseUrl: string;
  readonly email: string | null;
  readonly tokenSealed: string | null;
  readonly webhookSecretSealed: string | null;
  readonly updatedAt: number;
}

/**
 * The issue filed for an action. `creating` is the claim taken before the tracker is
 * called; `open` and `closed` are the tracker's state as last heard.
 */
export interface TrackerIssueRow {
  readonly boardId: string;
  readonly actionId: string;
  readonly kind: TrackerKind;
  readonly state: 'creating' | 'open' | 'closed';
  /** How the tracker and its webhooks name the issue (trackers/<kind>.ts says). */
  readonly externalId: string | null;
  readonly key: string | null;
  readonly url: string | null;
  readonly claimedAt: number;
  readonly updatedAt: number;
}

export type ClaimOutcome =
  { readonly claimed: true } | { readonly claimed: false; readonly existing: TrackerIssueRow };

export interface TrackerStore {
  putTrackerConnection(row: TrackerConnectionRow): Promise<void>;
  getTrackerConnection(kind: TrackerKind): Promise<TrackerConnectionRow | null>;
  listTrackerConnections(): Promise<TrackerConnectionRow[]>;
  deleteTrackerConnection(kind: TrackerKind): Promise<boolean>;
  /** The postmortem's target as JSON (shared TrackerTargetSchema). */
  putTrackerTarget(boardId: string, target: string, at: number): Promise<void>;
  getTrackerTarget(boardId: string): Promise<string | null>;
  /**
   * Claims filing the action's issue: true when this caller may call the tracker. A claim
   * older than `staleBefore` (its process died mid-call) may be taken over, once.
   */
  claimTrackerIssue(
    boardId: string,
    actionId: string,
    kind: TrackerKind,
    now: number,
    staleBefore: number,
  ): Promise<ClaimOutcome>;
  /** Drops a claim whose call failed, so that a retry may file the issue. */
  releaseTrackerIssue(boardId: string, actionId: string, claimedAt: number): Promise<void>;
  /** Records the filed issue on the claim. */
  linkTrackerIssue(
    boardId: string,
    actionId: string,
    issue: Pick<TrackerIssueRow, 'externalId' | 'key' | 'url' | 'state'>,
    now: number,
  ): Promise<void>;
  getTrackerIssue(boardId: string, actionId: string): Promise<TrackerIssueRow | null>;
  findTrackerIssue(kind: TrackerKind, externalId: string): Promise<TrackerIssueRow | null>;
  /**
   * Moves the issue's state from `from` to `to`; false when it was not `from` (another
   * delivery or the poll got there first), so each change is acted on once.
   */
  moveTrackerIssue(
    boardId: string,
    actionId: string,
    from: 'open' | 'closed',
    to: 'open' | 'closed',
    now: number,
  ): Promise<boolean>;
  /** Filed issues after (board, action), in that order, for the poll. */
  listTrackerIssues(
    after: { boardId: string; actionId: string } | null,
    limit: number,
  ): Promise<TrackerIssueRow[]>;
}

/** The statements both stores run, with `?` placeholders. */
export const TRACKER_SQL = {
  putConnection: `INSERT INTO tracker_connections
      (kind, base_url, email, token_sealed, webhook_secret_sealed, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (kind) DO UPDATE SET base_url = EXCLUDED.base_url, email = EXCLUDED.email,
      token_sealed = EXCLUDED.token_sealed,
      webhook_secret_sealed = EXCLUDED.webhook_secret_sealed,
      updated_at = EXCLUDED.updated_at`,
  getConnection: 'SELECT * FROM tracker_connections WHERE kind = ?',
  listConnections: 'SELECT * FROM tracker_connections ORDER BY kind',
  deleteConnection: 'DELETE FROM tracker_connections WHERE kind = ?',
  putTarget: `INSERT INTO tracker_targets (board_id, target, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (board_id) DO UPDATE SET target = EXCLUDED.target,
      updated_at = EXCLUDED.updated_at`,
  getTarget: 'SELECT target FROM tracker_targets WHERE board_id = ?',
  claim: `INSERT INTO tracker_issues
      (board_id, action_id, kind, state, claimed_at, updated_at)
    VALUES (?, ?, ?, 'creating', ?, ?)
    ON CONFLICT (board_id, action_id) DO NOTHING`,
  takeOver: `UPDATE tracker_issues SET claimed_at = ?, updated_at = ?, kind = ?
    WHERE board_id = ? AND action_id = ? AND state = 'creating' AND claimed_at = ?
      AND claimed_at < ?`,
  release: `DELETE FROM tracker_issues
    WHERE board_id = ? AND action_id = ? AND state = 'creating' AND claimed_at = ?`,
  link: `UPDATE tracker_issues SET external_id = ?, issue_key = ?, url = ?, state = ?,
      updated_at = ?
    WHERE board_id = ? AND action_id = ?`,
  getIssue: 'SELECT * FROM tracker_issues WHERE board_id = ? AND action_id = ?',
  findIssue: 'SELECT * FROM tracker_issues WHERE kind = ? AND external_id = ?',
  move: `UPDATE tracker_issues SET state = ?, updated_at = ?
    WHERE board_id = ? AND action_id = ? AND state = ?`,
  listIssues: `SELECT * FROM tracker_issues
    WHERE state <> 'creating' AND (board_id, action_id) > (?, ?)
    ORDER BY board_id, action_id LIMIT ?`,
} as const;

/** `?` placeholders numbered for Postgres. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export interface ConnectionDbRow {
  kind: string;
  base_url: string;
  email: string | null;
  token_sealed: string | null;
  webhook_secret_sealed: string | null;
  updated_at: number | string;
}

export function connectionOfRow(row: ConnectionDbRow): TrackerConnectionRow {
  return {
    kind: row.kind as TrackerKind,
    baseUrl: row.base_url,
    email: row.email,
    tokenSealed: row.token_sealed,
    webhookSecretSealed: row.webhook_secret_sealed,
    updatedAt: Number(row.updated_at),
  };
}

export function connectionValues(row: TrackerConnectionRow): unknown[] {
  return [
    row.kind,
    row.baseUrl,
    row.email,
    row.tokenSealed,
    row.webhookSecretSealed,
    row.updatedAt,
  ];
}

export interface IssueDbRow {
  board_id: string;
  action_id: string;
  kind: string;
  state: string;
  external_id: string | null;
  issue_key: string | null;
  url: string | null;
  claimed_at: number | string;
  updated_at: number | string;
}

export function issueOfRow(row: IssueDbRow): TrackerIssueRow {
  return {
    boardId: row.board_id,
    actionId: row.action_id,
    kind: row.kind as TrackerKind,
    state: row.state as TrackerIssueRow['state'],
    externalId: row.external_id,
    key: row.issue_key,
    url: row.url,
    claimedAt: Number(row.claimed_at),
    updatedAt: Number(row.updated_at),
  };
}

/** Just enough of a database to run the statements above: each engine gives its own. */
export interface SqlRunner {
  /** Runs a change; answers the rows it changed. */
  run(sql: string, values: unknown[]): Promise<number>;
  all<R>(sql: string, values: unknown[]): Promise<R[]>;
}

/** The {@link TrackerStore} over either engine. */
export function trackerStore(db: SqlRunner): TrackerStore {
  const one = async <R>(sql: string, values: unknown[]) => (await db.all<R>(sql, values))[0];
  const getIssue = async (boardId: string, actionId: string) => {
    const row = await one<IssueDbRow>(TRACKER_SQL.getIssue, [boardId, actionId]);
    return row ? issueOfRow(row) : null;
  };
  return {
    async putTrackerConnection(row) {
      await db.run(TRACKER_SQL.putConnection, connectionValues(row));
    },
    async getTrackerConnection(kind) {
      const row = await one<ConnectionDbRow>(TRACKER_SQL.getConnection, [kind]);
      return row ? connectionOfRow(row) : null;
    },
    async listTrackerConnections() {
      return (await db.all<ConnectionDbRow>(TRACKER_SQL.listConnections, [])).map(connectionOfRow);
    },
    async deleteTrackerConnection(kind) {
      return (await db.run(TRACKER_SQL.deleteConnection, [kind])) > 0;
    },
    async putTrackerTarget(boardId, target, at) {
      await db.run(TRACKER_SQL.putTarget, [boardId, target, at]);
    },
    async getTrackerTarget(boardId) {
      const row = await one<{ target: string }>(TRACKER_SQL.getTarget, [boardId]);
      return row?.target ?? null;
    },
    async claimTrackerIssue(boardId, actionId, kind, now, staleBefore) {
      // A claim released between the insert and the read is tried again, once is enough:
      // a release only follows a failed call, and the next claim then wins the insert.
      for (let attempt = 0; ; attempt++) {
        if ((await db.run(TRACKER_SQL.claim, [boardId, actionId, kind, now, now])) === 1) {
          return { claimed: true };
        }
        const existing = await getIssue(boardId, actionId);
        if (!existing) {
          if (attempt < 2) continue;
          throw new Error('tracker issue claim kept vanishing');
        }
        if (existing.state === 'creating' && existing.claimedAt < staleBefore) {
          const taken = await db.run(TRACKER_SQL.takeOver, [
            now,
            now,
            kind,
            boardId,
            actionId,
            existing.claimedAt,
            staleBefore,
          ]);
          if (taken === 1) return { claimed: true };
        }
        return { claimed: false, existing: (await getIssue(boardId, actionId)) ?? existing };
      }
    },
    async releaseTrackerIssue(boardId, actionId, claimedAt) {
      await db.run(TRACKER_SQL.release, [boardId, actionId, claimedAt]);
    },
    async linkTrackerIssue(boardId, actionId, issue, now) {
      await db.run(TRACKER_SQL.link, [
        issue.externalId,
        issue.key,
        issue.url,
        issue.state,
        now,
        boardId,
        actionId,
      ]);
    },
    getTrackerIssue: getIssue,
    async findTrackerIssue(kind, externalId) {
      const row = await one<IssueDbRow>(TRACKER_SQL.findIssue, [kind, externalId]);
      return row ? issueOfRow(row) : null;
    },
    async moveTrackerIssue(boardId, actionId, from, to, now) {
      return (await db.run(TRACKER_SQL.move, [to, now, boardId, actionId, from])) === 1;
    },
    async listTrackerIssues(after, limit) {
      const rows = await db.all<IssueDbRow>(TRACKER_SQL.listIssues, [
        after?.boardId ?? '',
        after?.actionId ?? '',
        limit,
      ]);
      return rows.map(issueOfRow);
    },
  };
}

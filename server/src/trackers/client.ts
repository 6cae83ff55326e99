/**
 * What each tracker's client does (github.ts, jira.ts, linear.ts): file an issue, read
 * whether it is open or closed, and read the same from a webhook it sent. Each speaks its
 * tracker's documented API at the connection's base URL, with a time limit, and never
 * puts the token in an error or a log line.
 */
import type { TrackerKind, TrackerTarget } from '@hindsight/shared';
import { causeOf, graphqlErrors, trackerDetail, type TrackerCause } from './problem.ts';

/** A connection with its token opened (secretBox.ts), for one call. */
export interface OpenConnection {
  readonly kind: TrackerKind;
  readonly baseUrl: string;
  readonly email: string | null;
  readonly token: string;
}

/** The issue to file, from the action and its postmortem. */
export interface IssueDraft {
  readonly title: string;
  readonly details: string | null;
  readonly owner: string | null;
  /** `YYYY-MM-DD`. */
  readonly due: string | null;
  /** The published postmortem's page. */
  readonly postmortemUrl: string;
  readonly postmortemTitle: string;
}

export type IssueState = 'open' | 'closed';

export interface FiledIssue {
  /** How the tracker's webhooks and reads name it (each client says). */
  readonly externalId: string;
  readonly key: string;
  readonly url: string;
  readonly state: IssueState;
}

/** A webhook's news of one issue. */
export interface IssueNews {
  readonly externalId: string;
  readonly state: IssueState;
}

export interface TrackerClient {
  /** Who the token is, to test a connection: the account's name as the tracker shows it. */
  whoAmI(conn: OpenConnection): Promise<string>;
  /** Whether the target exists and the token can see it; throws a TrackerCallError. */
  checkTarget(conn: OpenConnection, target: TrackerTarget): Promise<void>;
  create(conn: OpenConnection, target: TrackerTarget, draft: IssueDraft): Promise<FiledIssue>;
  /** The issue's state now; null when the tracker no longer has it. */
  state(conn: OpenConnection, externalId: string): Promise<IssueState | null>;
  /** The header the signature comes in, lower case, and what precedes the hex digest. */
  readonly signature: { readonly header: string; readonly prefix: '' | 'sha256=' };
  /** The issue a verified webhook is about and its state; null for anything else. */
  news(headers: Record<string, string | string[] | undefined>, body: unknown): IssueNews | null;
}

/** How long a call to a tracker may take, ms. */
export const TRACKER_TIMEOUT_MS = 15_000;

/**
 * A tracker refused or failed a call: why (trackers/problem.ts), its status, and the
 * tracker's own words for the log and for admins only. The message names the tracker and
 * the status only.
 */
export class TrackerCallError extends Error {
  constructor(
    readonly kind: TrackerKind,
    readonly failure: TrackerCause,
    readonly status: number | null,
    readonly detail: string | null = null,
  ) {
    super(`${LABEL[kind]} ${status === null ? failure : `answered ${status}`}.`);
    this.name = 'TrackerCallError';
  }
}

const LABEL: Record<TrackerKind, string> = { github: 'GitHub', jira: 'Jira', linear: 'Linear' };

/**
 * A JSON call to a tracker; its answer parsed, or a {@link TrackerCallError}. With
 * `missingIsAnswer`, a 404 is answered (an issue read that the tracker no longer has).
 */
export async function callJson(
  kind: TrackerKind,
  url: string,
  init: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: unknown;
    missingIsAnswer?: boolean;
  },
): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: {
        accept: 'application/json',
        'user-agent': 'Hindsight',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(TRACKER_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    throw new TrackerCallError(kind, timedOut ? 'timeout' : 'unreachable', null);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  if (res.status === 404 && init.missingIsAnswer) return { status: 404, body };
  // Linear answers a refused GraphQL call with 400, or with 200 and its errors.
  const graphqlRefused = kind === 'linear' && graphqlErrors(body).length > 0 && !hasData(body);
  if (!res.ok || graphqlRefused) {
    // A GraphQL error's HTTP status says little (Linear answers 200 or 400): left out.
    const status = kind === 'linear' && graphqlErrors(body).length > 0 ? null : res.status;
    throw new TrackerCallError(kind, causeOf(kind, res.status, body), status, trackerDetail(body));
  }
  return { status: res.status, body };
}

/** A GraphQL answer with some data besides its errors. */
function hasData(body: unknown): boolean {
  const data = (body as { data?: unknown } | null)?.data;
  return Boolean(data && typeof data === 'object' && Object.values(data).some((v) => v !== null));
}

/** The markdown body of an issue (GitHub, Linear). */
export function markdownBody(draft: IssueDraft): string {
  return [
    draft.details,
    [draft.owner ? `**Owner:** ${draft.owner}` : null, draft.due ? `**Due:** ${draft.due}` : null]
      .filter(Boolean)
      .join('  \n') || null,
    `An action from the postmortem [${escapeMarkdown(draft.postmortemTitle)}](${draft.postmortemUrl}).`,
  ]
    .filter((p): p is string => Boolean(p))
    .join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[[\]()\\*_`]/g, (c) => `\\${c}`);
}

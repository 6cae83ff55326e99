/**
 * What a tracker's refusal or silence means, and what to check, as pure rules: the cause
 * read from the HTTP status and the documented error bodies of GitHub (`{ message }`),
 * Jira (`{ errorMessages, errors }`) and Linear (GraphQL `{ errors: [{ message,
 * extensions }] }`, which it answers with 400 or even 200), and the sentence people see,
 * naming the tracker, the cause and what to check. The tracker's own words are kept apart
 * ({@link trackerDetail}): they may name private repositories or fields, so only admins
 * see them (the connection test) and the log keeps them.
 */
import type { TrackerKind, TrackerTarget } from '@hindsight/shared';

export type TrackerCause =
  /** 401/403: the token is wrong, expired, or lacks a scope or permission. */
  | 'token'
  /** 404: the repository, project or team does not exist or the token cannot see it. */
  | 'not-found'
  /** 400/422: the tracker refused what was sent (an issue type, a required field). */
  | 'invalid'
  | 'unreachable'
  | 'timeout'
  /** 5xx, 429 or anything else: the tracker's side. */
  | 'failed'
  /** It answered, but not with what its API documents. */
  | 'unexpected';

const LABEL: Record<TrackerKind, string> = { github: 'GitHub', jira: 'Jira', linear: 'Linear' };

/** Longest tracker's own text kept for the log and for admins. */
export const TRACKER_DETAIL_MAX = 300;

interface GraphQlError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown; readonly type?: unknown };
}

/** The GraphQL errors in a body (Linear), or none. */
export function graphqlErrors(body: unknown): GraphQlError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors)
    ? (errors.filter((e) => e && typeof e === 'object') as GraphQlError[])
    : [];
}

function graphqlCause(errors: readonly GraphQlError[]): TrackerCause {
  const words = errors
    .map(
      (e) =>
        `${String(e.extensions?.code ?? '')} ${String(e.extensions?.type ?? '')} ${String(e.message ?? '')}`,
    )
    .join(' ')
    .toLowerCase();
  if (/authenticat|forbidden|unauthori[sz]ed|not allowed|permission/.test(words)) return 'token';
  if (/not found|entity_not_found|could not find/.test(words)) return 'not-found';
  return 'invalid';
}

/** The cause of an answer that is not a success (or, for Linear, carries errors). */
export function causeOf(kind: TrackerKind, status: number, body: unknown): TrackerCause {
  if (kind === 'linear') {
    const errors = graphqlErrors(body);
    if (errors.length > 0 && (status === 200 || status === 400)) return graphqlCause(errors);
  }
  if (status === 401 || status === 403) return 'token';
  if (status === 404) return 'not-found';
  if (kind === 'jira' && status === 400) {
    // Jira answers an unknown or hidden project with 400 and an error on the field.
    const errors = (body as { errors?: Record<string, unknown> } | null)?.errors;
    if (errors && typeof errors === 'object' && 'project' in errors) return 'not-found';
  }
  if (status === 400 || status === 422) return 'invalid';
  return 'failed';
}

/** The tracker's own words from its documented error body, shortened; null when none. */
export function trackerDetail(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { message?: unknown; errorMessages?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (typeof b.message === 'string') parts.push(b.message);
  if (Array.isArray(b.errorMessages))
    parts.push(...b.errorMessages.filter((m) => typeof m === 'string'));
  if (Array.isArray(b.errors)) {
    for (const e of b.errors) {
      if (typeof e === 'string') parts.push(e);
      else if (e && typeof (e as { message?: unknown }).message === 'string') {
        parts.push((e as { message: string }).message);
      }
    }
  } else if (b.errors && typeof b.errors === 'object') {
    for (const [field, why] of Object.entries(b.errors)) parts.push(`${field}: ${String(why)}`);
  }
  const text = parts.join('; ').trim();
  return text === '' ? null : text.slice(0, TRACKER_DETAIL_MAX);
}

/** What went wrong with one call. */
export interface TrackerFailure {
  readonly kind: TrackerKind;
  readonly cause: TrackerCause;
  /** The HTTP status; null when nothing answered. */
  readonly status: number | null;
}

/** What the token must be and have, per tracker. */
const TOKEN_CHECK: Record<TrackerKind, string> = {
  github:
    'check it has the `repo` scope (a fine-grained token: Issues read and write on the repository) and has not expired',
  jira: 'check the account email and the API token belong together, that the token has not been revoked, and that the account may create issues in the project',
  linear:
    'check it is a personal API key that has not been revoked and that its user belongs to the team',
};

const CREDENTIAL: Record<TrackerKind, string> = {
  github: 'token',
  jira: 'email and API token',
  linear: 'API key',
};

function missing(kind: TrackerKind, target: TrackerTarget | null): string {
  if (target?.kind === 'github') {
    return `GitHub found no repository ${target.repository}: check its owner/name and that the token can see it (a private repository needs the \`repo\` scope)`;
  }
  if (target?.kind === 'jira') {
    return `Jira found no project ${target.project}: check the project key and that the account can browse it`;
  }
  if (target?.kind === 'linear') {
    return `Linear found no team ${target.teamId}: check the team's id and that the API key's user belongs to it`;
  }
  return `${LABEL[kind]} found nothing at its API address: check the API URL`;
}

function refused(kind: TrackerKind, target: TrackerTarget | null): string {
  if (kind === 'jira') {
    const type = target?.kind === 'jira' ? `“${target.issueType}”` : 'chosen';
    const project = target?.kind === 'jira' ? ` in project ${target.project}` : '';
    return `Jira refused the issue: check the ${type} issue type exists${project} and that it needs no other required field`;
  }
  if (kind === 'github') {
    return 'GitHub refused the issue: check the repository has issues turned on and the token may write to it';
  }
  return "Linear refused the issue: check the team's id and that the team takes new issues";
}

/**
 * The sentence for a failed call: the tracker, the cause (with its status) and what to
 * check, about the postmortem's `target` when there is one.
 */
export function trackerProblem(
  failure: TrackerFailure,
  target: TrackerTarget | null = null,
): string {
  const { kind, cause, status } = failure;
  const label = LABEL[kind];
  const code = status === null ? '' : ` (${status})`;
  switch (cause) {
    case 'token':
      return `${label} refused the ${CREDENTIAL[kind]}${code}: ${TOKEN_CHECK[kind]}.`;
    case 'not-found': {
      const [head, check] = missing(kind, target).split(': ');
      return `${head}${code}: ${check}.`;
    }
    case 'invalid': {
      const [head, check] = refused(kind, target).split(': ');
      return `${head}${code}: ${check}.`;
    }
    case 'unreachable':
      return `${label} could not be reached: check the API URL and that this server can reach it (DNS, proxy, firewall).`;
    case 'timeout':
      return `${label} did not answer in time: it may be slow or down; try again later.`;
    case 'failed':
      return `${label} failed to answer${code}: it may be down or limiting requests; try again later.`;
    case 'unexpected':
      return `${label} answered with something its API does not document: check the API URL points at ${label}'s API.`;
  }
}

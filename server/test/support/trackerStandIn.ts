/**
 * Local HTTP servers standing in for the issue trackers' APIs: each answers with the
 * documented shapes (test/fixtures/trackers/) and records every request ours sends, so a
 * test checks the method, path, auth header and body, and can close an issue "in the
 * tracker" for the poll to find or sign a webhook about it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Ticker } from '../../src/trackers/plugin.ts';
import { hmacHex } from '../../src/trackers/signature.ts';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface Answer {
  readonly status: number;
  readonly body?: unknown;
}

export interface StandIn {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** From now on every request is answered with `answer` (an error, say); null: as before. */
  answerAll(answer: Answer | null): void;
  close(): Promise<void>;
}

/** A server on port 0 answering with `handle`; every request recorded first. */
export async function startStandIn(
  handle: (request: RecordedRequest) => Answer | Promise<Answer>,
): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  let override: Answer | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        // Kept as text: a test may check that too.
      }
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      Promise.resolve(override ?? handle(recorded)).then(
        (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerAll: (answer) => {
      override = answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/trackers/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

/** A webhook delivery: its raw body and the headers that sign it. */
export interface SignedDelivery {
  readonly body: string;
  readonly headers: Record<string, string>;
}

export interface GitHubStandIn extends StandIn {
  /** Closes (or reopens) an issue in the tracker, as a person would there. */
  setState(repository: string, number: number, state: 'open' | 'closed'): void;
  /** The `issues` webhook about an issue, signed with `secret`. */
  webhook(
    repository: string,
    number: number,
    action: 'closed' | 'reopened',
    secret: string,
  ): SignedDelivery;
}

/** GitHub's issues API for one token. */
export async function githubStandIn(token: string): Promise<GitHubStandIn> {
  const issues = new Map<string, { number: number; title: string; body: string; state: string }>();
  let next = 1347;
  const issueJson = (
    repository: string,
    issue: { number: number; title: string; body: string; state: string },
  ) => ({
    ...fixture('github-issue.json'),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    url: `https://api.github.com/repos/${repository}/issues/${issue.number}`,
    html_url: `https://github.com/${repository}/issues/${issue.number}`,
  });
  const standIn = await startStandIn((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      return { status: 401, body: { message: 'Bad credentials' } };
    }
    if (req.method === 'GET' && req.path === '/user') {
      return { status: 200, body: { login: 'octocat', id: 1, type: 'User' } };
    }
    const repository = /^\/repos\/([^/]+)\/([^/]+)$/.exec(req.path);
    if (repository && req.method === 'GET') {
      const [, owner, name] = repository;
      return { status: 200, body: { name, full_name: `${owner}/${name}`, has_issues: true } };
    }
    const create = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(req.path);
    if (create && req.method === 'POST') {
      const { title, body } = req.body as { title: string; body: string };
      const issue = { number: next++, title, body, state: 'open' };
      issues.set(`${create[1]!.toLowerCase()}#${issue.number}`, issue);
      return { status: 201, body: issueJson(create[1]!, issue) };
    }
    const read = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(req.path);
    const issue = read ? issues.get(`${read[1]!.toLowerCase()}#${read[2]}`) : undefined;
    if (read && issue && req.method === 'GET')
      return { status: 200, body: issueJson(read[1]!, issue) };
    return { status: 404, body: { message: 'Not Found' } };
  });
  return {
    ...standIn,
    setState(repository, number, state) {
      const issue = issues.get(`${repository.toLowerCase()}#${number}`);
      if (!issue) throw new Error(`no issue ${repository}#${number}`);
      issue.state = state;
    },
    webhook(repository, number, action, secret) {
      const payload = fixture<{
        issue: Record<string, unknown>;
        repository: Record<string, unknown>;
      }>('github-webhook-issues-closed.json');
      const body = JSON.stringify({
        ...payload,
        action,
        issue: { ...payload.issue, number, state: action === 'closed' ? 'closed' : 'open' },
        repository: { ...payload.repository, full_name: repository },
      });
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'issues',
          'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
          'x-hub-signature-256': `sha256=${hmacHex(secret, body)}`,
        },
      };
    },
  };
}

/** A poll clock a test moves on itself: `tick()` runs one poll, as the interval would. */
export function manualTicker(): { ticker: Ticker; tick(): void } {
  let tick: (() => void) | null = null;
  return {
    ticker: (fn) => {
      tick = fn;
      return () => {
        tick = null;
      };
    },
    tick: () => tick?.(),
  };
}

/** A stand-in that files issues and lets a test close them and sign webhooks about them. */
export interface IssueStandIn extends StandIn {
  /** The last issue filed: its id as the tracker names it. */
  lastId(): string;
  setState(id: string, state: 'open' | 'closed'): void;
  /** A webhook saying the issue is now `state`, signed with `secret`. */
  webhook(id: string, state: 'open' | 'closed', secret: string): SignedDelivery;
}

/** Jira Cloud's issues API for one account (email and API token, basic auth). */
export async function jiraStandIn(email: string, token: string): Promise<IssueStandIn> {
  const issues = new Map<string, { key: string; state: 'open' | 'closed' }>();
  let next = 10000;
  const status = (state: 'open' | 'closed') =>
    state === 'closed'
      ? fixture<{ issue: { fields: { status: unknown } } }>('jira-webhook-issue-updated.json').issue
          .fields.status
      : fixture<{ fields: { status: unknown } }>('jira-issue.json').fields.status;
  const auth = `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  const standIn = await startStandIn((req) => {
    if (req.headers.authorization !== auth) {
      return { status: 401, body: { errorMessages: ['Client must be authenticated'] } };
    }
    if (req.method === 'GET' && req.path === '/rest/api/3/myself') {
      return { status: 200, body: { accountId: '5b10a2844c20165700ede21g', displayName: 'Ada' } };
    }
    const project = /^\/rest\/api\/3\/project\/([A-Z][A-Z0-9_]*)$/.exec(req.path);
    if (project && req.method === 'GET') {
      return {
        status: 200,
        body: {
          key: project[1],
          name: 'Operations',
          issueTypes: [{ name: 'Task' }, { name: 'Bug' }],
        },
      };
    }
    if (req.method === 'POST' && req.path === '/rest/api/3/issue') {
      const { fields } = req.body as { fields: { project: { key: string } } };
      const id = String(next++);
      const key = `${fields.project.key}-${Number(id) - 9999}`;
      issues.set(id, { key, state: 'open' });
      return {
        status: 201,
        body: {
          ...fixture<Record<string, unknown>>('jira-issue-created.json'),
          id,
          key,
          self: `https://your-domain.atlassian.net/rest/api/3/issue/${id}`,
        },
      };
    }
    const read = /^\/rest\/api\/3\/issue\/(\d+)\?fields=status$/.exec(req.path);
    const issue = read ? issues.get(read[1]!) : undefined;
    if (read && issue && req.method === 'GET') {
      const body = fixture<{ fields: object }>('jira-issue.json');
      return {
        status: 200,
        body: { ...body, id: read[1], key: issue.key, fields: { status: status(issue.state) } },
      };
    }
    return { status: 404, body: { errorMessages: ['Issue does not exist'] } };
  });
  return {
    ...standIn,
    lastId: () => String(next - 1),
    setState(id, state) {
      issues.get(id)!.state = state;
    },
    webhook(id, state, secret) {
      const payload = fixture<{ issue: { fields: object } }>('jira-webhook-issue-updated.json');
      const body = JSON.stringify({
        ...payload,
        issue: {
          ...payload.issue,
          id,
          key: issues.get(id)?.key,
          fields: { ...payload.issue.fields, status: status(state) },
        },
      });
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature': `sha256=${hmacHex(secret, body)}`,
        },
      };
    },
  };
}

/** Linear's GraphQL API for one API key (sent bare in `Authorization`). */
export async function linearStandIn(apiKey: string): Promise<IssueStandIn> {
  const issues = new Map<string, { identifier: string; state: 'open' | 'closed' }>();
  let next = 123;
  let last = '';
  const state = (s: 'open' | 'closed') =>
    s === 'closed'
      ? fixture<{ data: { state: unknown } }>('linear-webhook-issue-update.json').data.state
      : fixture<{ data: { issue: { state: unknown } } }>('linear-issue.json').data.issue.state;
  const standIn = await startStandIn((req) => {
    if (req.headers.authorization !== apiKey) {
      return {
        status: 400,
        body: { errors: [{ message: 'Authentication required, not authenticated' }] },
      };
    }
    const { query, variables } = req.body as { query: string; variables: Record<string, unknown> };
    if (req.method === 'POST' && req.path === '/graphql' && query.includes('viewer {')) {
      return { status: 200, body: { data: { viewer: { id: 'a1b2', name: 'Ada' } } } };
    }
    if (req.method === 'POST' && req.path === '/graphql' && query.includes('team(id:')) {
      return { status: 200, body: { data: { team: { id: variables.id, name: 'Engineering' } } } };
    }
    if (req.method === 'POST' && req.path === '/graphql' && query.includes('issueCreate(')) {
      const input = variables.input as { teamId: string; title: string };
      const id = `9cfb482a-81e3-4154-b5b9-${String(next).padStart(12, '0')}`;
      const identifier = `ENG-${next++}`;
      issues.set(id, { identifier, state: 'open' });
      last = id;
      const body = fixture<{ data: { issueCreate: { issue: object } } }>(
        'linear-issue-create.json',
      );
      return {
        status: 200,
        body: {
          data: {
            issueCreate: {
              success: true,
              issue: {
                ...body.data.issueCreate.issue,
                id,
                identifier,
                title: input.title,
                url: `https://linear.app/company/issue/${identifier}/fix-the-bug`,
              },
            },
          },
        },
      };
    }
    if (req.method === 'POST' && req.path === '/graphql' && query.includes('issue(id:')) {
      const issue = issues.get(variables.id as string);
      if (!issue)
        return { status: 200, body: { data: null, errors: [{ message: 'Entity not found' }] } };
      return {
        status: 200,
        body: {
          data: {
            issue: { id: variables.id, identifier: issue.identifier, state: state(issue.state) },
          },
        },
      };
    }
    return { status: 404 };
  });
  return {
    ...standIn,
    url: `${standIn.url}/graphql`,
    lastId: () => last,
    setState(id, s) {
      issues.get(id)!.state = s;
    },
    webhook(id, s, secret) {
      const payload = fixture<{ data: object }>('linear-webhook-issue-update.json');
      const body = JSON.stringify({
        ...payload,
        data: { ...payload.data, id, identifier: issues.get(id)?.identifier, state: state(s) },
        webhookTimestamp: Date.now(),
      });
      return {
        body,
        headers: { 'content-type': 'application/json', 'linear-signature': hmacHex(secret, body) },
      };
    },
  };
}

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
  close(): Promise<void>;
}

/** A server on port 0 answering with `handle`; every request recorded first. */
export async function startStandIn(
  handle: (request: RecordedRequest) => Answer | Promise<Answer>,
): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
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
      Promise.resolve(handle(recorded)).then(
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

/**
 * GitHub Issues over REST v3: `POST /repos/{owner}/{repo}/issues` files, `GET
 * /repos/{owner}/{repo}/issues/{number}` reads, the `issues` webhook (`closed`, `reopened`)
 * reports; `GET /user` tests a token and `GET /repos/{owner}/{repo}` a repository. An issue is named `owner/repo#number`, lower case, which the webhook's
 * `repository.full_name` and `issue.number` give back.
 */
import { z } from 'zod';
import { callJson, markdownBody, TrackerCallError, type TrackerClient } from './client.ts';

const headers = (token: string) => ({
  authorization: `Bearer ${token}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
});

const IssueSchema = z.object({
  number: z.number().int().positive(),
  html_url: z.string(),
  state: z.enum(['open', 'closed']),
});

const WebhookSchema = z.object({
  action: z.string(),
  issue: IssueSchema,
  repository: z.object({ full_name: z.string() }),
});

const externalId = (repository: string, number: number) => `${repository.toLowerCase()}#${number}`;

function parseId(id: string): { repository: string; number: string } | null {
  const match = /^([^/#]+\/[^/#]+)#(\d+)$/.exec(id);
  return match ? { repository: match[1]!, number: match[2]! } : null;
}

const UserSchema = z.object({ login: z.string() });

export const github: TrackerClient = {
  async whoAmI(conn) {
    const { body } = await callJson('github', `${conn.baseUrl}/user`, {
      method: 'GET',
      headers: headers(conn.token),
    });
    const user = UserSchema.safeParse(body);
    if (!user.success) throw new TrackerCallError('github', 'unexpected', null);
    return user.data.login;
  },

  async checkTarget(conn, target) {
    if (target.kind !== 'github') throw new Error('not a GitHub target');
    await callJson('github', `${conn.baseUrl}/repos/${target.repository}`, {
      method: 'GET',
      headers: headers(conn.token),
    });
  },

  async create(conn, target, draft) {
    if (target.kind !== 'github') throw new Error('not a GitHub target');
    const { body } = await callJson('github', `${conn.baseUrl}/repos/${target.repository}/issues`, {
      method: 'POST',
      headers: headers(conn.token),
      body: { title: draft.title, body: markdownBody(draft) },
    });
    const issue = IssueSchema.safeParse(body);
    if (!issue.success) {
      throw new TrackerCallError('github', 'unexpected', null);
    }
    return {
      externalId: externalId(target.repository, issue.data.number),
      key: `#${issue.data.number}`,
      url: issue.data.html_url,
      state: issue.data.state,
    };
  },

  async state(conn, id) {
    const parsed = parseId(id);
    if (!parsed) return null;
    const { status, body } = await callJson(
      'github',
      `${conn.baseUrl}/repos/${parsed.repository}/issues/${parsed.number}`,
      { method: 'GET', headers: headers(conn.token), missingIsAnswer: true },
    );
    if (status === 404) return null;
    const issue = IssueSchema.safeParse(body);
    return issue.success ? issue.data.state : null;
  },

  signature: { header: 'x-hub-signature-256', prefix: 'sha256=' },

  news(requestHeaders, body) {
    if (requestHeaders['x-github-event'] !== 'issues') return null;
    const event = WebhookSchema.safeParse(body);
    if (!event.success) return null;
    const { action, issue, repository } = event.data;
    if (action !== 'closed' && action !== 'reopened') return null;
    return {
      externalId: externalId(repository.full_name, issue.number),
      state: action === 'closed' ? 'closed' : 'open',
    };
  },
};

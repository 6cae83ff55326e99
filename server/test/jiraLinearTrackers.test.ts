/**
 * Jira and Linear round trips against local stand-ins of their APIs (the documented
 * answers and webhooks in test/fixtures/trackers/): the request ours sends to file an
 * issue (method, path, auth header, body shape), the link stored on the action, a signed
 * webhook that the issue is done making the action done, a forged one refused, and the
 * poll closing an action whose webhook never came. Run on SQLite and on Postgres.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TrackerKind } from '@hindsight/shared';
import { testContext } from './helpers.ts';
import { hmacHex } from '../src/trackers/signature.ts';
import {
  jiraStandIn,
  linearStandIn,
  type IssueStandIn,
  type RecordedRequest,
} from './support/trackerStandIn.ts';
import { call, deliver, ledgerItem, trackerWorld, until } from './support/trackerFlow.ts';

const t = testContext();
const SECRET = 'whsec-0123456789abcdef0123456789abcdef';

interface Case {
  readonly kind: TrackerKind;
  readonly label: string;
  start(): Promise<IssueStandIn>;
  connection(url: string): object;
  readonly target: object;
  /** The filing request, as the tracker's documentation asks for it. */
  checkCreate(request: RecordedRequest, postmortemUrl: string): void;
  /** The issue's key and link once filed. */
  readonly filed: { key: RegExp; url: RegExp };
}

const JIRA_EMAIL = 'ada@example.com';
const JIRA_TOKEN = 'ATATT3xFfGF0-jira-token';
const LINEAR_KEY = 'lin_api_0123456789abcdefghijklmnopqrstuvwxyz';

const CASES: Case[] = [
  {
    kind: 'jira',
    label: 'Jira',
    start: () => jiraStandIn(JIRA_EMAIL, JIRA_TOKEN),
    connection: (url) => ({
      baseUrl: url,
      email: JIRA_EMAIL,
      token: JIRA_TOKEN,
      webhookSecret: SECRET,
    }),
    target: { kind: 'jira', project: 'OPS', issueType: 'Task' },
    checkCreate(request, postmortemUrl) {
      expect(request).toMatchObject({
        method: 'POST',
        path: '/rest/api/3/issue',
        headers: {
          authorization: `Basic ${Buffer.from(`${JIRA_EMAIL}:${JIRA_TOKEN}`).toString('base64')}`,
          'content-type': 'application/json',
        },
      });
      const { fields } = request.body as { fields: Record<string, unknown> };
      expect(Object.keys(fields).sort()).toEqual(
        ['description', 'duedate', 'issuetype', 'project', 'summary'].sort(),
      );
      expect(fields).toMatchObject({
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: 'Alert on checkout 5xx',
        duedate: '2026-01-10',
        description: { type: 'doc', version: 1 },
      });
      // Atlassian Document Format: the link back is a text node with a link mark.
      const adf = JSON.stringify(fields.description);
      expect(adf).toContain('"text":"Page when the error rate passes 2% for 5 minutes."');
      expect(adf).toContain(`{"type":"link","attrs":{"href":"${postmortemUrl}"}}`);
    },
    filed: { key: /^OPS-\d+$/, url: /\/browse\/OPS-\d+$/ },
  },
  {
    kind: 'linear',
    label: 'Linear',
    start: () => linearStandIn(LINEAR_KEY),
    connection: (url) => ({ baseUrl: url, token: LINEAR_KEY, webhookSecret: SECRET }),
    target: { kind: 'linear', teamId: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a' },
    checkCreate(request, postmortemUrl) {
      expect(request).toMatchObject({
        method: 'POST',
        path: '/graphql',
        headers: { authorization: LINEAR_KEY, 'content-type': 'application/json' },
      });
      const { query, variables } = request.body as {
        query: string;
        variables: { input: Record<string, unknown> };
      };
      expect(query).toMatch(/mutation IssueCreate\(\$input: IssueCreateInput!\)/);
      expect(query).toMatch(/issueCreate\(input: \$input\)/);
      expect(variables.input).toMatchObject({
        teamId: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a',
        title: 'Alert on checkout 5xx',
        dueDate: '2026-01-10',
      });
      expect(variables.input.description).toContain(`(${postmortemUrl})`);
    },
    filed: { key: /^ENG-\d+$/, url: /^https:\/\/linear\.app\/company\/issue\/ENG-\d+\// },
  },
];

describe.each(CASES)('$label issues for actions', (c) => {
  async function world() {
    const standIn = await c.start();
    t.defer(() => standIn.close());
    const w = await trackerWorld(t, c.kind, c.connection(standIn.url));
    const picked = await call(
      w.server,
      'PUT',
      `/api/boards/${w.board.id}/tracker`,
      w.fay,
      c.target,
    );
    expect(picked.status).toBe(200);
    return { standIn, ...w };
  }

  it('files the issue as the API asks, links it, and follows a signed webhook', async () => {
    const { standIn, server, sam, board, first } = await world();
    const clicks = await Promise.all([
      call(server, 'POST', `/api/actions/${first}/issue`, sam),
      call(server, 'POST', `/api/actions/${first}/issue`, sam),
    ]);
    expect(clicks.map((r) => r.status)).toContain(201);
    const creates = standIn.requests.filter(
      (r) => r.method === 'POST' && JSON.stringify(r.body).match(/issueCreate|"fields"/),
    );
    expect(creates).toHaveLength(1);
    c.checkCreate(creates[0]!, `${server.url}/postmortems/${board.id}`);
    const issue = (await call(server, 'POST', `/api/actions/${first}/issue`, sam)).body;
    expect(issue).toMatchObject({ kind: c.kind, state: 'open' });
    expect(issue.key).toMatch(c.filed.key);
    expect(issue.url).toMatch(c.filed.url);
    expect(await ledgerItem(server, first)).toMatchObject({ ticket: issue.url, status: 'open' });

    const id = standIn.lastId();
    expect(
      (await deliver(server, c.kind, standIn.webhook(id, 'closed', `${SECRET}-forged`))).status,
    ).toBe(401);
    const good = standIn.webhook(id, 'closed', SECRET);
    const header = Object.keys(good.headers).find((h) => h !== 'content-type')!;
    const unsigned = { body: good.body, headers: { 'content-type': 'application/json' } };
    expect((await deliver(server, c.kind, unsigned)).status).toBe(401);
    // Signed over other bytes than those sent: refused.
    const other = {
      ...good,
      headers: {
        ...good.headers,
        [header]: good.headers[header]!.replace(
          hmacHex(SECRET, good.body),
          hmacHex(SECRET, `${good.body} `),
        ),
      },
    };
    expect((await deliver(server, c.kind, other)).status).toBe(401);
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'open' });

    expect(await deliver(server, c.kind, good)).toEqual({
      status: 200,
      body: { received: true, changed: true },
    });
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'done', resolved: true });
    expect((await deliver(server, c.kind, standIn.webhook(id, 'open', SECRET))).body.changed).toBe(
      true,
    );
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'open' });
  });

  it('closes the action on the poll when the webhook never came', async () => {
    const { standIn, clock, server, sam, second } = await world();
    expect((await call(server, 'POST', `/api/actions/${second}/issue`, sam)).status).toBe(201);
    standIn.setState(standIn.lastId(), 'closed');
    clock.tick();
    await vi.waitFor(
      async () => expect(await ledgerItem(server, second)).toMatchObject({ status: 'done' }),
      until,
    );
  });
});

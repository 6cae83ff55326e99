/**
 * Tracker errors say what to check: local stand-ins of GitHub, Jira and Linear answer each
 * documented refusal (401, 403, 404, 422/400, with the error bodies their documentation
 * gives) or are not there at all, and the admin's connection test, the postmortem's
 * target and File issue each answer the tracker, the cause and what to check. The
 * tracker's own words reach the admin's connection test only, never a member filing an
 * issue. Run on SQLite and on Postgres.
 */
import { describe, expect, it } from 'vitest';
import type { TrackerKind } from '@hindsight/shared';
import { testContext } from './helpers.ts';
import {
  githubStandIn,
  jiraStandIn,
  linearStandIn,
  type Answer,
  type StandIn,
} from './support/trackerStandIn.ts';
import { call, trackerWorld } from './support/trackerFlow.ts';
import { signedIn } from './people.ts';

const t = testContext();
const SECRET = 'whsec-0123456789abcdef0123456789abcdef';

interface Refusal {
  readonly answer: Answer;
  /** What the tracker said, as the admin's test shows it. */
  readonly said: string;
  readonly test: string;
  readonly target: string;
  readonly file: string;
}

interface Case {
  readonly kind: TrackerKind;
  readonly account: string;
  start(): Promise<StandIn & { url: string }>;
  connection(url: string): object;
  readonly target: object;
  readonly refusals: readonly Refusal[];
}

const GITHUB_TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const GITHUB_SCOPE =
  'check it has the `repo` scope (a fine-grained token: Issues read and write on the repository) and has not expired.';
const JIRA_CREDENTIALS =
  'check the account email and the API token belong together, that the token has not been revoked, and that the account may create issues in the project.';
const LINEAR_KEY_CHECK =
  'check it is a personal API key that has not been revoked and that its user belongs to the team.';
const TEAM = '72b2a2dc-6f4f-4423-9d34-24b5bd10634a';

const CASES: Case[] = [
  {
    kind: 'github',
    account: 'octocat',
    start: () => githubStandIn(GITHUB_TOKEN),
    connection: (url) => ({ baseUrl: url, token: GITHUB_TOKEN, webhookSecret: SECRET }),
    target: { kind: 'github', repository: 'octocat/Hello-World' },
    refusals: [
      {
        answer: {
          status: 401,
          body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
        },
        said: 'Bad credentials',
        test: `GitHub refused the token (401): ${GITHUB_SCOPE}`,
        target: `GitHub refused the token (401): ${GITHUB_SCOPE}`,
        file: `GitHub refused the token (401): ${GITHUB_SCOPE}`,
      },
      {
        answer: {
          status: 403,
          body: { message: 'Resource not accessible by personal access token' },
        },
        said: 'Resource not accessible by personal access token',
        test: `GitHub refused the token (403): ${GITHUB_SCOPE}`,
        target: `GitHub refused the token (403): ${GITHUB_SCOPE}`,
        file: `GitHub refused the token (403): ${GITHUB_SCOPE}`,
      },
      {
        answer: { status: 404, body: { message: 'Not Found' } },
        said: 'Not Found',
        test: 'GitHub found nothing at its API address (404): check the API URL.',
        target:
          'GitHub found no repository octocat/Hello-World (404): check its owner/name and that the token can see it (a private repository needs the `repo` scope).',
        file: 'GitHub found no repository octocat/Hello-World (404): check its owner/name and that the token can see it (a private repository needs the `repo` scope).',
      },
      {
        answer: {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
          },
        },
        said: 'Validation Failed',
        test: 'GitHub refused the issue (422): check the repository has issues turned on and the token may write to it.',
        target:
          'GitHub refused the issue (422): check the repository has issues turned on and the token may write to it.',
        file: 'GitHub refused the issue (422): check the repository has issues turned on and the token may write to it.',
      },
    ],
  },
  {
    kind: 'jira',
    account: 'Ada',
    start: () => jiraStandIn('ada@example.com', 'ATATT3xFfGF0-jira-token'),
    connection: (url) => ({
      baseUrl: url,
      email: 'ada@example.com',
      token: 'ATATT3xFfGF0-jira-token',
      webhookSecret: SECRET,
    }),
    target: { kind: 'jira', project: 'OPS', issueType: 'Task' },
    refusals: [
      {
        answer: {
          status: 401,
          body: {
            errorMessages: ['Client must be authenticated to access this resource.'],
            errors: {},
          },
        },
        said: 'Client must be authenticated to access this resource.',
        test: `Jira refused the email and API token (401): ${JIRA_CREDENTIALS}`,
        target: `Jira refused the email and API token (401): ${JIRA_CREDENTIALS}`,
        file: `Jira refused the email and API token (401): ${JIRA_CREDENTIALS}`,
      },
      {
        answer: {
          status: 404,
          body: { errorMessages: ["No project could be found with key 'OPS'."], errors: {} },
        },
        said: "No project could be found with key 'OPS'.",
        test: 'Jira found nothing at its API address (404): check the API URL.',
        target:
          'Jira found no project OPS (404): check the project key and that the account can browse it.',
        file: 'Jira found no project OPS (404): check the project key and that the account can browse it.',
      },
      {
        answer: {
          status: 400,
          body: { errorMessages: [], errors: { issuetype: 'Specify an issue type' } },
        },
        said: 'issuetype: Specify an issue type',
        test: 'Jira refused the issue (400): check the chosen issue type exists and that it needs no other required field.',
        target:
          'Jira refused the issue (400): check the “Task” issue type exists in project OPS and that it needs no other required field.',
        file: 'Jira refused the issue (400): check the “Task” issue type exists in project OPS and that it needs no other required field.',
      },
    ],
  },
  {
    kind: 'linear',
    account: 'Ada',
    start: async () => linearStandIn('lin_api_0123456789abcdefghijklmnopqrstuvwxyz'),
    connection: (url) => ({
      baseUrl: url,
      token: 'lin_api_0123456789abcdefghijklmnopqrstuvwxyz',
      webhookSecret: SECRET,
    }),
    target: { kind: 'linear', teamId: TEAM },
    refusals: [
      {
        answer: {
          status: 400,
          body: {
            errors: [
              {
                message: 'Authentication required, not authenticated',
                extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR' },
              },
            ],
          },
        },
        said: 'Authentication required, not authenticated',
        test: `Linear refused the API key: ${LINEAR_KEY_CHECK}`,
        target: `Linear refused the API key: ${LINEAR_KEY_CHECK}`,
        file: `Linear refused the API key: ${LINEAR_KEY_CHECK}`,
      },
      {
        answer: {
          status: 200,
          body: {
            data: null,
            errors: [
              {
                message: 'Entity not found: Team',
                extensions: { type: 'invalid input', code: 'INPUT_ERROR' },
              },
            ],
          },
        },
        said: 'Entity not found: Team',
        test: 'Linear found nothing at its API address: check the API URL.',
        target: `Linear found no team ${TEAM}: check the team's id and that the API key's user belongs to it.`,
        file: `Linear found no team ${TEAM}: check the team's id and that the API key's user belongs to it.`,
      },
      {
        answer: {
          status: 400,
          body: {
            errors: [
              { message: 'Argument Validation Error', extensions: { code: 'INVALID_INPUT' } },
            ],
          },
        },
        said: 'Argument Validation Error',
        test: "Linear refused the issue: check the team's id and that the team takes new issues.",
        target: "Linear refused the issue: check the team's id and that the team takes new issues.",
        file: "Linear refused the issue: check the team's id and that the team takes new issues.",
      },
    ],
  },
];

describe.each(CASES)('$kind errors', (c) => {
  it('say the tracker, the cause and what to check in the connection test, the target and File issue', async () => {
    const standIn = await c.start();
    t.defer(() => standIn.close());
    const { server, admin, fay, sam, board, first } = await trackerWorld(
      t,
      c.kind,
      c.connection(standIn.url),
    );
    const test = () => call(server, 'POST', `/api/trackers/${c.kind}/test`, admin, {});
    const pick = () => call(server, 'PUT', `/api/boards/${board.id}/tracker`, fay, c.target);
    const file = () => call(server, 'POST', `/api/actions/${first}/issue`, sam);

    // Working: the test names the account, the target is confirmed.
    expect((await test()).body).toMatchObject({ ok: true, detail: null });
    expect((await test()).body.message).toContain(c.account);
    const picked = await pick();
    expect(picked.status).toBe(200);
    expect(picked.body.problem).toBeUndefined();

    for (const refusal of c.refusals) {
      standIn.answerAll(refusal.answer);
      const tested = await test();
      expect(tested.status).toBe(200);
      expect(tested.body).toEqual({ ok: false, message: refusal.test, detail: refusal.said });

      // The target is kept, with what the tracker said of it in our words only.
      const again = await pick();
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ target: c.target, problem: refusal.target });
      expect(again.text).not.toContain(refusal.said);

      const filed = await file();
      expect(filed.status).toBe(502);
      expect(filed.body.message).toBe(refusal.file);
      expect(filed.text).not.toContain(refusal.said);
    }

    // Nothing there at all.
    await standIn.close();
    const gone = (await test()).body;
    expect(gone).toMatchObject({ ok: false, detail: null });
    const label = { github: 'GitHub', jira: 'Jira', linear: 'Linear' }[c.kind];
    const unreachable = `${label} could not be reached: check the API URL and that this server can reach it (DNS, proxy, firewall).`;
    expect(gone.message).toBe(unreachable);
    expect((await pick()).body.problem).toBe(unreachable);
    expect((await file()).body.message).toBe(unreachable);
  });
});

it('tells an admin to save a token before testing a tracker never connected', async () => {
  const server = await t.server();
  const admin = await signedIn(server.app, 'admin', 'Ada Admin');
  const tested = await call(server, 'POST', '/api/trackers/jira/test', admin, {});
  expect(tested.body).toEqual({
    ok: false,
    message: 'Jira has no token saved: save one first.',
    detail: null,
  });
});

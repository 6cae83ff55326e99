/**
 * GitHub round trip against a local stand-in of its REST API and its signed webhooks: an
 * admin connects GitHub (the token never answered back), the facilitator picks the
 * repository, a member files an action's issue once however often they click, the link
 * shows on the ledger and the board, a signed `closed` webhook makes the action done (by
 * the tracker, in its history), a forged one changes nothing, and the poll closes an
 * action whose webhook never came. Run on SQLite and on Postgres (vitest.postgres.config.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { ActionHistoryEntrySchema, readActionItems } from '@hindsight/shared';
import { testContext } from './helpers.ts';
import { githubStandIn, type SignedDelivery } from './support/trackerStandIn.ts';
import {
  call,
  deliver as deliverTo,
  ledgerItem,
  trackerWorld,
  until,
} from './support/trackerFlow.ts';

const t = testContext();
const TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const SECRET = 'whsec-0123456789abcdef0123456789abcdef';
const REPO = 'octocat/Hello-World';

const deliver = (server: Parameters<typeof deliverTo>[0], delivery: SignedDelivery) =>
  deliverTo(server, 'github', delivery);

/** GitHub connected to its stand-in, a postmortem with two actions. */
async function connected() {
  const gh = await githubStandIn(TOKEN);
  t.defer(() => gh.close());
  const world = await trackerWorld(t, 'github', {
    baseUrl: gh.url,
    token: TOKEN,
    webhookSecret: SECRET,
  });
  return { gh, ...world };
}

describe('GitHub issues for actions', () => {
  it('is connected by an admin only, and never answers its token or secret', async () => {
    const { server, admin, sam } = await connected();
    const listed = await call(server, 'GET', '/api/trackers', admin);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        kind: 'github',
        hasToken: true,
        hasWebhookSecret: true,
        webhookPath: '/api/trackers/github/webhook',
      }),
    ]);
    expect(listed.text).not.toContain(TOKEN);
    expect(listed.text).not.toContain(SECRET);
    expect((await call(server, 'GET', '/api/trackers', sam)).status).toBe(403);
    expect((await call(server, 'PUT', '/api/trackers/github', sam, { token: 'x' })).status).toBe(
      403,
    );
    // Stored sealed: the database holds neither.
    const row = await server.app.store.getTrackerConnection('github');
    expect(JSON.stringify(row)).not.toContain(TOKEN);
    expect(JSON.stringify(row)).not.toContain(SECRET);
  });

  it('files the issue once from an action, links it, and follows a signed webhook', async () => {
    const { gh, server, admin, fay, sam, board, doc, first } = await connected();

    // No target yet; then only the facilitator (or an admin) picks it, and the answer
    // says who may, so a page offers the form to them only.
    expect((await call(server, 'POST', `/api/actions/${first}/issue`, sam)).status).toBe(409);
    const target = { kind: 'github', repository: REPO };
    const read = async (as: typeof sam) =>
      (await call(server, 'GET', `/api/boards/${board.id}/tracker`, as)).body;
    expect(await read(sam)).toEqual({ target: null, mayChange: false });
    expect(await read(fay)).toEqual({ target: null, mayChange: true });
    expect(await read(admin)).toEqual({ target: null, mayChange: true });
    expect((await call(server, 'PUT', `/api/boards/${board.id}/tracker`, sam, target)).status).toBe(
      403,
    );
    expect((await call(server, 'PUT', `/api/boards/${board.id}/tracker`, fay, target)).status).toBe(
      200,
    );
    expect(await read(sam)).toEqual({ target, mayChange: false });

    // A double click: one issue.
    const clicks = await Promise.all([
      call(server, 'POST', `/api/actions/${first}/issue`, sam),
      call(server, 'POST', `/api/actions/${first}/issue`, sam),
    ]);
    expect(clicks.map((c) => c.status).sort()).toContain(201);
    for (const c of clicks) expect([200, 201, 409]).toContain(c.status);
    const again = await call(server, 'POST', `/api/actions/${first}/issue`, sam);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      kind: 'github',
      key: '#1347',
      url: `https://github.com/${REPO}/issues/1347`,
      state: 'open',
    });
    const creates = gh.requests.filter((r) => r.method === 'POST');
    expect(creates).toHaveLength(1);
    const [sent] = creates;
    expect(sent).toMatchObject({
      path: `/repos/${REPO}/issues`,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
    });
    const sentBody = sent!.body as { title: string; body: string };
    expect(Object.keys(sentBody).sort()).toEqual(['body', 'title']);
    expect(sentBody.title).toBe('Alert on checkout 5xx');
    expect(sentBody.body).toContain('Page when the error rate passes 2% for 5 minutes.');
    expect(sentBody.body).toContain('**Due:** 2026-01-10');
    expect(sentBody.body).toContain(`(${server.url}/postmortems/${board.id})`);

    // The link is on the action, live on the board and in the ledger.
    const url = `https://github.com/${REPO}/issues/1347`;
    await vi.waitFor(
      () => expect(readActionItems(doc).find((a) => a.id === first)?.link).toBe(url),
      until,
    );
    expect(await ledgerItem(server, first)).toMatchObject({ ticket: url, status: 'open' });

    // A forged webhook is refused and changes nothing.
    const forged = gh.webhook(REPO, 1347, 'closed', 'not-the-secret-0123456789abcdef0123');
    expect((await deliver(server, forged)).status).toBe(401);
    const unsigned = { ...gh.webhook(REPO, 1347, 'closed', SECRET) };
    const tampered = {
      body: unsigned.body.replace('"closed"', '"reopened"'),
      headers: unsigned.headers,
    };
    expect((await deliver(server, tampered)).status).toBe(401);
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'open' });

    // Closed in GitHub, signed: the action is done, by the tracker.
    const closed = await deliver(server, gh.webhook(REPO, 1347, 'closed', SECRET));
    expect(closed).toEqual({ status: 200, body: { received: true, changed: true } });
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'done', resolved: true });
    await vi.waitFor(
      () => expect(readActionItems(doc).find((a) => a.id === first)?.status).toBe('done'),
      until,
    );
    // The same delivery again changes nothing.
    expect((await deliver(server, gh.webhook(REPO, 1347, 'closed', SECRET))).body.changed).toBe(
      false,
    );
    const history = await fetch(`${server.url}/api/actions/${first}/history`, {
      headers: { authorization: `Bearer ${server.apiToken}` },
    });
    const items = ((await history.json()) as { items: unknown[] }).items.map((i) =>
      ActionHistoryEntrySchema.parse(i),
    );
    expect(items).toEqual([
      expect.objectContaining({
        field: 'status',
        from: 'open',
        to: 'done',
        by: { kind: 'tracker', id: 'github', name: 'GitHub' },
        via: 'tracker',
      }),
    ]);

    // Reopened: the action is open again.
    expect((await deliver(server, gh.webhook(REPO, 1347, 'reopened', SECRET))).body.changed).toBe(
      true,
    );
    expect(await ledgerItem(server, first)).toMatchObject({ status: 'open', resolved: false });
  });

  it('closes the action on the poll when the webhook never came', async () => {
    const { gh, clock, server, fay, sam, board, second } = await connected();
    await call(server, 'PUT', `/api/boards/${board.id}/tracker`, fay, {
      kind: 'github',
      repository: REPO,
    });
    const filed = await call(server, 'POST', `/api/actions/${second}/issue`, sam);
    expect(filed.status).toBe(201);
    gh.setState(REPO, 1347, 'closed');
    expect(await ledgerItem(server, second)).toMatchObject({ status: 'open' });

    clock.tick();
    await vi.waitFor(
      async () => expect(await ledgerItem(server, second)).toMatchObject({ status: 'done' }),
      until,
    );
    const reads = gh.requests.filter((r) => r.method === 'GET');
    // GitHub names repositories in any case; ours are kept lower case.
    expect(reads.at(-1)).toMatchObject({
      path: `/repos/${REPO.toLowerCase()}/issues/1347`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
  });

  it('releases the claim when GitHub refuses, so a retry files the issue', async () => {
    const { server, admin, fay, sam, board, first } = await connected();
    await call(server, 'PUT', `/api/boards/${board.id}/tracker`, fay, {
      kind: 'github',
      repository: REPO,
    });
    await call(server, 'PUT', '/api/trackers/github', admin, { token: 'ghp_revoked' });
    const refused = await call(server, 'POST', `/api/actions/${first}/issue`, sam);
    expect(refused.status).toBe(502);
    expect(refused.text).toContain('GitHub refused the token (401)');
    expect(refused.text).not.toContain('ghp_revoked');
    await call(server, 'PUT', '/api/trackers/github', admin, { token: TOKEN });
    expect((await call(server, 'POST', `/api/actions/${first}/issue`, sam)).status).toBe(201);
  });
});

/**
 * Importing a postmortem (issue #17): the JSON export becomes a new workspace board whose
 * export gives the same document back in everything the import writes; a bad file gets
 * the line and column of a syntax error or the path of a value, and creates nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  addActionItem,
  addTimelineEvent,
  ImportResponseSchema,
  IMPORT_MAX_BYTES,
  PostmortemDocumentSchema,
  postmortemFromDocs,
  roomName,
  setPostmortemOwners,
  updateIncident,
  type PostmortemDocument,
} from '@hindsight/shared';
import {
  FIXTURE_BOARD_ID,
  FIXTURE_META,
  FIXTURE_NOW,
  fixtureBoard,
} from '@hindsight/shared/fixture-board';
import { comparable } from '../../shared/src/import/testRoundTrip.ts';
import { createBoard, testContext, type TestServer } from './helpers.ts';
import { signedIn } from './people.ts';

const t = testContext();

const json = { 'content-type': 'application/json' };

/** A board with facts, a timeline, actions and owners, exported as JSON. */
async function exportedBoard(server: TestServer): Promise<PostmortemDocument> {
  const board = await createBoard(server, 'Checkout 5xx after the deploy');
  await server.app.rooms.withRooms(
    [roomName(board.id), roomName(board.id, 'facilitation')],
    ([live, facilitation]) => {
      const doc = live!.doc;
      updateIncident(doc, {
        title: 'Checkout returned 5xx',
        severity: 'SEV2',
        summary: 'A deploy exhausted the connection pool.',
        services: ['checkout', 'payments'],
        startedAt: '2026-11-03T14:02:00Z',
        resolvedAt: '2026-11-03T15:10:00Z',
      });
      addTimelineEvent(doc, { at: '2026-11-03T14:02:00Z', kind: 'trigger', text: 'Deploy 42' });
      addTimelineEvent(doc, { at: '2026-11-03T14:09:00Z', kind: 'detection', text: 'Pager' });
      addActionItem(doc, {
        title: 'Cap the pool per pod',
        owner: 'Ana',
        impact: 'high',
        effort: 'low',
      });
      addActionItem(doc, { title: 'Alert on pool saturation', due: '2026-11-20' });
      setPostmortemOwners(facilitation!.doc, ['Ana']);
    },
  );
  return exportOf(server, board.id, board.tokens.facilitator);
}

async function exportOf(server: TestServer, id: string, token: string) {
  const res = await server.app.inject({
    url: `/api/boards/${id}/export?format=json`,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode).toBe(200);
  return PostmortemDocumentSchema.parse(res.json());
}

/** What the import writes, as the export shows it. */
function imported(doc: PostmortemDocument) {
  const { title, timeZone, summary, impact, timeline, owners, followUp } = doc;
  return {
    title,
    timeZone,
    summary,
    impact,
    // The new board's events and actions are new entities, with ids of their own.
    timeline: { ...timeline, events: timeline.events.map(({ id: _id, ...e }) => e) },
    owners,
    followUp,
    severity: doc.status.severity,
    postmortem: doc.status.postmortem,
    actions: doc.actionItems?.map(({ addresses, ownerConfirmed, id, ...rest }) => {
      void addresses;
      void ownerConfirmed;
      void id;
      return rest;
    }),
  };
}

const importAs = (server: TestServer, headers: Record<string, string>, payload: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/postmortems/import',
    headers: { ...json, ...headers },
    payload,
  });

describe('importing a postmortem', () => {
  it('makes a new board whose export is the same document (export → import → export)', async () => {
    const server = await t.server();
    const original = await exportedBoard(server);
    const member = await signedIn(server.app, 'member');
    const res = await importAs(server, member.headers, JSON.stringify(original));
    expect(res.statusCode).toBe(201);
    const body = ImportResponseSchema.parse(res.json());
    expect(body.path).toBe(`/postmortems/${body.id}`);
    expect(body.id).not.toBe(original.board.id);

    const published = await server.app.inject({
      url: `/api/postmortems/${body.id}/published`,
      headers: member.headers,
    });
    const again = PostmortemDocumentSchema.parse(published.json().document);
    expect(imported(again)).toEqual(imported(original));
    expect(again.actionItems).toHaveLength(2);
    // The new board is the workspace's, made by the member.
    const list = await server.app.inject({ url: '/api/boards', headers: member.headers });
    expect(list.json().boards[0]).toMatchObject({
      id: body.id,
      createdBy: { kind: 'person', id: member.person.id },
    });
  });

  it('carries the whole meeting: cards, clusters, votes, whys and attendance come back, and the mirror keeps the cards', async () => {
    const server = await t.server();
    const { board, facilitation } = fixtureBoard({ complete: true });
    const original = postmortemFromDocs(board, facilitation, {
      boardId: FIXTURE_BOARD_ID,
      meta: FIXTURE_META,
      now: FIXTURE_NOW,
      participants: [
        { role: 'facilitator', names: ['Fay'] },
        { role: 'participant', names: ['Ana', 'Bo'] },
      ],
    });
    expect(original.rootCauses?.length).toBeGreaterThan(0);
    const member = await signedIn(server.app, 'member');
    const res = await importAs(server, member.headers, JSON.stringify(original));
    expect(res.statusCode).toBe(201);
    const { id } = ImportResponseSchema.parse(res.json());

    const exported = async () => {
      const published = await server.app.inject({
        url: `/api/postmortems/${id}/published`,
        headers: member.headers,
      });
      return PostmortemDocumentSchema.parse(published.json().document);
    };
    expect(comparable(await exported())).toEqual(comparable(original));
    // The server's projection runs over the board: the cards no private doc backs stay.
    await server.app.brainstorm.mirror(id);
    expect(comparable(await exported())).toEqual(comparable(original));
  });

  it('tells the line and column of a JSON syntax error, and creates nothing', async () => {
    const server = await t.server();
    const member = await signedIn(server.app, 'member');
    const before = (
      await server.app.inject({ url: '/api/boards', headers: member.headers })
    ).json();
    const res = await importAs(server, member.headers, '{\n  "title": "x",\n}\n');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_json' });
    expect(res.json().message).toContain('Line 3, column 1');
    const after = (await server.app.inject({ url: '/api/boards', headers: member.headers })).json();
    expect(after.boards).toHaveLength(before.boards.length);
  });

  it('names the path and the line of a value the schema or an entity refuses', async () => {
    const server = await t.server();
    const original = await exportedBoard(server);
    const member = await signedIn(server.app, 'member');

    const badDate = structuredClone(original);
    (badDate.timeline.events[1] as { at: string }).at = 'yesterday';
    const pretty = JSON.stringify(badDate, null, 2);
    const badLine = pretty.split('\n').findIndex((l) => l.includes('"yesterday"')) + 1;
    const schema = await importAs(server, member.headers, pretty);
    expect(schema.statusCode).toBe(400);
    expect(schema.json()).toMatchObject({ error: 'invalid_document' });
    expect(schema.json().issues[0]).toMatchObject({ path: 'timeline.events[1].at', line: badLine });
    expect(schema.json().message).toMatch(
      new RegExp(`^timeline\\.events\\[1\\]\\.at, line ${badLine}: `),
    );

    const blank = structuredClone(original);
    blank.actionItems![1]!.action = '   ';
    const blankText = JSON.stringify(blank, null, 2);
    const entity = await importAs(server, member.headers, blankText);
    expect(entity.statusCode).toBe(400);
    expect(entity.json().issues[0].path).toMatch(/^actionItems\[1\]/);
    const actionLine = blankText.split('\n').findIndex((l) => l.includes('"action": "   "')) + 1;
    expect(entity.json().issues[0].line).toBe(actionLine);

    const wrongShape = await importAs(server, member.headers, '[1, 2]');
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().error).toBe('invalid_document');
  });

  it('refuses a file over the limit with 413', async () => {
    const server = await t.server();
    const member = await signedIn(server.app, 'member');
    const res = await importAs(server, member.headers, `"${'x'.repeat(IMPORT_MAX_BYTES)}"`);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('1 MiB');
  });

  it('needs a member or a write token: 401 anonymous, 403 for a viewer', async () => {
    const server = await t.server();
    const original = JSON.stringify(await exportedBoard(server));
    expect((await importAs(server, {}, original)).statusCode).toBe(401);
    const viewer = await signedIn(server.app, 'viewer');
    expect((await importAs(server, viewer.headers, original)).statusCode).toBe(403);
    const token = { authorization: `Bearer ${server.apiToken}` };
    expect((await importAs(server, token, original)).statusCode).toBe(201);
  });
});

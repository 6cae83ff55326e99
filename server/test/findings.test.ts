/**
 * The postmortem's findings and its document template, written over the sync protocol
 * as the product writes them: participants and the facilitator write the findings (board
 * doc), an observer's write is refused; only the facilitator chooses the template
 * (facilitation doc); the export shows both, the executive page first.
 */
import { describe, expect, it } from 'vitest';
import {
  CloseCode,
  editActionItem,
  editFindingsProse,
  addActionItem,
  readFindings,
  roomName,
  setDocumentTemplate,
  setSupportingLinks,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { vi } from 'vitest';
import { createBoard, synced, testContext, type TestServer } from './helpers.ts';

const t = testContext();

async function docsAs(server: TestServer, board: CreateBoardResponse, token: string) {
  const doc = t.client(server, roomName(board.id), token);
  const facilitation = t.client(server, roomName(board.id, 'facilitation'), token);
  await Promise.all([synced(doc), synced(facilitation)]);
  return { board: doc, facilitation };
}

async function exported(server: TestServer, board: CreateBoardResponse, format: string) {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${board.tokens.observer}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

const closeOf = (client: { provider: { ws: WebSocket | null } }) =>
  new Promise<number>((resolve) =>
    client.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
  );

describe('findings', () => {
  it('are written by participants and the facilitator, never by an observer', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const participant = await docsAs(server, board, board.tokens.participant);
    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    editFindingsProse(participant.board.doc, 'trigger', 'A pool-size config push');
    editFindingsProse(facilitator.board.doc, 'lessons', 'Staging values can starve production');
    editFindingsProse(facilitator.board.doc, 'leadup', 'The pool size moved into shared config');
    const id = addActionItem(participant.board.doc, { title: 'Alert on pool saturation' });
    editActionItem(participant.board.doc, id, { type: 'detect' });

    const observer = await docsAs(server, board, board.tokens.observer);
    await vi.waitFor(() =>
      expect(readFindings(observer.board.doc)).toMatchObject({
        trigger: 'A pool-size config push',
        lessons: 'Staging values can starve production',
        leadup: 'The pool size moved into shared config',
      }),
    );
    const closed = closeOf(observer.board);
    editFindingsProse(observer.board.doc, 'trigger', 'Mallory was here');
    expect(await closed).toBe(CloseCode.Forbidden);

    const json = JSON.parse(await exported(server, board, 'json')) as {
      trigger: string;
      leadup: string;
      lessonsLearned: string[];
      actionItems: { type: string }[];
    };
    expect(json.trigger).toBe('A pool-size config push');
    expect(json.leadup).toBe('The pool size moved into shared config');
    expect(json.lessonsLearned).toEqual(['Staging values can starve production']);
    expect(json.actionItems[0]!.type).toBe('detect');
  });

  it('refuse a bad link before anything reaches the server', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const participant = await docsAs(server, board, board.tokens.participant);
    expect(() =>
      setSupportingLinks(participant.board.doc, [{ label: 'x', url: 'javascript:alert(1)' }]),
    ).toThrow(/http/);
    expect(readFindings(participant.board.doc).links).toEqual([]);
  });
});

describe('the document template', () => {
  it('is the facilitator’s to choose, and the export follows it', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const participant = await docsAs(server, board, board.tokens.participant);
    const closed = closeOf(participant.facilitation);
    setDocumentTemplate(participant.facilitation.doc, 'atlassian');
    expect(await closed).toBe(CloseCode.Forbidden);
    expect(await exported(server, board, 'markdown')).toContain('\n## Trigger\n');

    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    setDocumentTemplate(facilitator.facilitation.doc, 'atlassian');
    await vi.waitFor(async () => {
      const md = await exported(server, board, 'markdown');
      expect(md).toContain('\n## Leadup\n');
      expect(md).not.toContain('\n## Trigger\n');
    });
  });
  it('of a board that chose none is the workspace’s, which an admin sets', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const settings = (body: unknown) =>
      fetch(`${server.url}/api/documents/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.apiToken}` },
        body: JSON.stringify(body),
      });
    expect((await settings({ defaultTemplate: 'atlassian' })).status).toBe(200);
    const refused = await settings({ defaultTemplate: 'a template of our own' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('A document template is one of');

    // The refused one changed nothing: the board, which chose none, follows Atlassian.
    const info = await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.participant}` },
    });
    expect(await info.json()).toMatchObject({ defaultDocumentTemplate: 'atlassian' });
    expect(await exported(server, board, 'markdown')).toContain('\n## Leadup\n');

    // The board's own choice wins over the workspace's.
    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    setDocumentTemplate(facilitator.facilitation.doc, 'default');
    await vi.waitFor(async () =>
      expect(await exported(server, board, 'markdown')).toContain('\n## Trigger\n'),
    );
  });
});

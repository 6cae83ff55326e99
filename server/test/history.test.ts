import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import {
  actionItemsMap,
  addActionItem,
  addCard,
  addTimelineEvent,
  DEFAULT_TEMPLATE,
  readActionItems,
  readRevealedCards,
  readSession,
  readTimeline,
  roomName,
  runSessionCommand,
  timelineMap,
  VersionListSchema,
  type CreateBoardResponse,
  type SessionCommand,
  type VersionList,
} from '@hindsight/shared';
import type { HistoryPluginOptions } from '../src/plugins/history.ts';
import { createBoard, synced, testContext, type TestClient, type TestServer } from './helpers.ts';

const t = testContext();
const AT = Date.parse('2024-05-01T10:00:00Z');
/** No version on a timer unless a test asks for one. */
const QUIET: HistoryPluginOptions = { policy: { editsEveryMs: 3_600_000 } };

interface Board {
  readonly server: TestServer;
  readonly board: CreateBoardResponse;
  /** The facilitator's client on the facilitation doc. */
  readonly facilitation: TestClient;
  /** Clients on the board doc. */
  readonly participant: TestClient;
  readonly observer: TestClient;
  api(path: string, token?: string, method?: string): Promise<Response>;
  versions(): Promise<VersionList>;
  command(command: SessionCommand): void;
}

async function setup(history: HistoryPluginOptions = QUIET, idleMs?: number): Promise<Board> {
  const server = await t.server({ history, ...(idleMs ? { rooms: { idleMs } } : {}) });
  const board = await createBoard(server);
  const facilitation = t.client(
    server,
    roomName(board.id, 'facilitation'),
    board.tokens.facilitator,
  );
  const participant = t.client(server, board.id, board.tokens.participant);
  const observer = t.client(server, board.id, board.tokens.observer);
  await Promise.all([facilitation, participant, observer].map((c) => synced(c)));
  const api = (path: string, token = board.tokens.facilitator, method = 'GET') =>
    fetch(`${server.url}/api/boards/${board.id}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
  return {
    server,
    board,
    facilitation,
    participant,
    observer,
    api,
    async versions() {
      const res = await api('/versions');
      expect(res.status).toBe(200);
      return VersionListSchema.parse(await res.json());
    },
    command: (command) =>
      void runSessionCommand(facilitation.doc, DEFAULT_TEMPLATE, command, Date.now()),
  };
}

function fillBoard(doc: Y.Doc): void {
  ['Deploy 4.2 starts', 'Checkout 5xx alert', 'Rollback done'].forEach((text, i) =>
    addTimelineEvent(doc, { at: AT + i * 60_000, kind: 'action', text }),
  );
  addActionItem(doc, { title: 'Canary the payment service' });
  addActionItem(doc, { title: 'Alert on the 5xx ratio' });
}

/** What a hostile participant sends: one update that deletes every event and action. */
function wipeTimelineAndActions(doc: Y.Doc): void {
  doc.transact(() => {
    timelineMap(doc).clear();
    actionItemsMap(doc).clear();
  });
}

const texts = (doc: Y.Doc) => readTimeline(doc).map((e) => e.text);

describe('versions', () => {
  it('are taken when the session moves to another phase and just before the reveal', async () => {
    const b = await setup();
    b.command({ type: 'start' });
    await vi.waitFor(async () =>
      expect((await b.versions()).versions.map((v) => v.label)).toEqual(['Moved to Goal']),
    );
    fillBoard(b.participant.doc);
    b.command({ type: 'next' });
    await vi.waitFor(async () =>
      expect((await b.versions()).versions.map((v) => v.label)).toEqual([
        'Moved to Timeline',
        'Moved to Goal',
      ]),
    );
    // Nothing changed on the board since: no second copy of the same content.
    b.command({ type: 'next' });
    addTimelineEvent(b.participant.doc, { at: AT, kind: 'trigger', text: 'Config push' });
    await vi.waitFor(() => expect(texts(b.observer.doc)).toContain('Config push'));
    b.command({ type: 'jump', phaseId: 'cluster' });
    await vi.waitFor(async () => {
      const { versions } = await b.versions();
      expect(versions.map((v) => [v.reason, v.label])).toEqual([
        ['reveal', 'Before the reveal'],
        ['phase', 'Moved to Timeline'],
        ['phase', 'Moved to Goal'],
      ]);
      expect(versions[0]!.summary).toBe('timeline: 1 event added');
      expect(versions[1]!.summary).toBe('timeline: 3 events added, 2 actions added');
    });
  });

  it('are taken a while after edits, and when the board closes after edits', async () => {
    const b = await setup({ policy: { editsEveryMs: 150 } });
    fillBoard(b.participant.doc);
    await vi.waitFor(async () =>
      expect((await b.versions()).versions.map((v) => v.reason)).toEqual(['edits']),
    );

    const closing = await setup(QUIET, 100);
    fillBoard(closing.participant.doc);
    await vi.waitFor(() => expect(texts(closing.observer.doc)).toHaveLength(3));
    expect((await closing.versions()).versions).toEqual([]);
    for (const client of [closing.participant, closing.observer, closing.facilitation]) {
      client.destroy();
    }
    await vi.waitFor(async () =>
      expect((await closing.versions()).versions.map((v) => v.label)).toEqual([
        'Last edits before the board closed',
      ]),
    );
  });

  it('stay within the count cap', async () => {
    const b = await setup({ policy: { editsEveryMs: 3_600_000, maxVersions: 3 } });
    b.command({ type: 'start' });
    for (let i = 0; i < 6; i++) {
      addTimelineEvent(b.participant.doc, { at: AT + i, kind: 'other', text: `Event ${i}` });
      await vi.waitFor(() => expect(texts(b.observer.doc)).toContain(`Event ${i}`));
      b.command({ type: i % 2 === 0 ? 'next' : 'back' });
      await vi.waitFor(async () =>
        expect((await b.versions()).versions[0]?.summary).toBe('timeline: 1 event added'),
      );
    }
    const { versions } = await b.versions();
    expect(versions).toHaveLength(3);
  });
});

describe('restore', () => {
  /** A board with content, a version of it, then a participant's wipe. */
  async function wiped(): Promise<Board & { versionId: string }> {
    const b = await setup();
    fillBoard(b.participant.doc);
    await vi.waitFor(() => expect(readActionItems(b.observer.doc)).toHaveLength(2));
    b.command({ type: 'start' });
    await vi.waitFor(async () => expect((await b.versions()).versions).toHaveLength(1));
    const versionId = (await b.versions()).versions[0]!.id;
    wipeTimelineAndActions(b.participant.doc);
    await vi.waitFor(() => expect(texts(b.observer.doc)).toEqual([]));
    expect(readActionItems(b.observer.doc)).toEqual([]);
    return { ...b, versionId };
  }

  it('brings back a timeline and actions a participant deleted, live in every client', async () => {
    const b = await wiped();
    const res = await b.api(`/versions/${b.versionId}/restore`, undefined, 'POST');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ restores: { canUndo: true, canRedo: false } });

    await vi.waitFor(() =>
      expect(texts(b.observer.doc)).toEqual([
        'Deploy 4.2 starts',
        'Checkout 5xx alert',
        'Rollback done',
      ]),
    );
    expect(
      readActionItems(b.observer.doc)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Alert on the 5xx ratio', 'Canary the payment service']);
    await vi.waitFor(() => expect(texts(b.participant.doc)).toHaveLength(3));
    // The wiped state was kept too, as the version before the restore.
    const { versions } = await b.versions();
    expect(versions[0]).toMatchObject({ reason: 'restore', label: 'Before a restore' });
    expect(versions[0]!.summary).toBe('timeline: 3 events removed, 2 actions deleted');
  });

  it('is undone and redone, keeping edits made after it', async () => {
    const b = await wiped();
    await b.api(`/versions/${b.versionId}/restore`, undefined, 'POST');
    await vi.waitFor(() => expect(texts(b.observer.doc)).toHaveLength(3));
    addActionItem(b.participant.doc, { title: 'Written after the restore' });
    await vi.waitFor(() => expect(readActionItems(b.observer.doc)).toHaveLength(3));

    const undo = await b.api('/restores/undo', undefined, 'POST');
    expect(await undo.json()).toEqual({ restores: { canUndo: false, canRedo: true } });
    await vi.waitFor(() => expect(texts(b.observer.doc)).toEqual([]));
    expect(readActionItems(b.observer.doc).map((a) => a.title)).toEqual([
      'Written after the restore',
    ]);

    const redo = await b.api('/restores/redo', undefined, 'POST');
    expect(await redo.json()).toEqual({ restores: { canUndo: true, canRedo: false } });
    await vi.waitFor(() => expect(texts(b.observer.doc)).toHaveLength(3));
    expect(readActionItems(b.observer.doc)).toHaveLength(3);
    expect((await b.api('/restores/redo', undefined, 'POST')).status).toBe(409);
  });

  it('never rewinds the meeting and never brings a private card into a shared doc', async () => {
    const b = await setup();
    const alice = await t.member(b.server, b.board, 'Alice');
    addCard(alice.doc, { text: 'Pool saturation had no alert', column: 'went-wrong' });
    fillBoard(b.participant.doc);
    b.command({ type: 'start' });
    await vi.waitFor(async () => expect((await b.versions()).versions).toHaveLength(1));
    const before = (await b.versions()).versions[0]!.id;
    const preview = await (await b.api(`/versions/${before}/preview`)).text();
    expect(preview).toContain('Rollback done');
    expect(preview).not.toContain('Pool saturation');

    b.command({ type: 'jump', phaseId: 'cluster' });
    await vi.waitFor(() => expect(readRevealedCards(b.facilitation.doc)).toHaveLength(1));
    const session = readSession(b.facilitation.doc);
    await b.api(`/versions/${before}/restore`, undefined, 'POST');
    await vi.waitFor(async () => expect((await b.versions()).restores.canUndo).toBe(true));
    expect(readSession(b.facilitation.doc)).toEqual(session);
    expect(readRevealedCards(b.facilitation.doc)).toHaveLength(1);
    expect(JSON.stringify(b.observer.doc.toJSON())).not.toContain('Pool saturation');
  });

  it('is for the facilitator only', async () => {
    const b = await wiped();
    const { participant, observer } = b.board.tokens;
    for (const [path, method] of [
      ['/versions', 'GET'],
      [`/versions/${b.versionId}/preview`, 'GET'],
      [`/versions/${b.versionId}/restore`, 'POST'],
      ['/restores/undo', 'POST'],
      ['/restores/redo', 'POST'],
    ] as const) {
      expect((await b.api(path, participant, method)).status, path).toBe(403);
      expect((await b.api(path, observer, method)).status, path).toBe(403);
      expect((await b.api(path, 'not-a-token', method)).status, path).toBe(401);
      const unknown = await fetch(`${b.server.url}/api/boards/UnknownBoard0000${path}`, {
        method,
        headers: { authorization: `Bearer ${b.board.tokens.facilitator}` },
      });
      expect(unknown.status, path).toBe(404);
    }
    expect((await b.api('/versions/AAAAAAAAAAAAAAAA/restore', undefined, 'POST')).status).toBe(404);
    expect((await b.api('/versions/AAAAAAAAAAAAAAAA/preview')).status).toBe(404);
    expect(texts(b.observer.doc)).toEqual([]);
  });
});

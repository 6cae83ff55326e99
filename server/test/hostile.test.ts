/**
 * A hostile participant at the protocol level: seeded random but well-formed Yjs updates
 * into every doc a participant may write (the board doc, their own private doc), sent
 * through real websocket connections while the facilitator walks the session. Then the
 * honest connections were never closed, every reader returns, every export format
 * renders, and every room loads again after it unloaded. See docs/SECURITY.md,
 * "Integrity: what a participant writes can break nothing".
 *
 * Then the owed cases, written by hand: crafted values in the findings (trigger, leadup,
 * detection, recovery notes, lessons, supporting links) and the document template, from a
 * participant, an observer
 * and the facilitator, each held to what DESIGN.md's permission model and the model's
 * limits allow (plugins/documentGuards.ts).
 *
 * `HOSTILE_WRITES` sets how many updates (a few hundred by default, thousands for a long
 * run), `HOSTILE_SEED` the seed; a failure prints the seed that reproduces it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addActionItem,
  addCard,
  addSurveyNote,
  addTimelineEvent,
  CloseCode,
  DEFAULT_TEMPLATE,
  editFindingsProse,
  facilitationMap,
  FINDING_LONG_MAX,
  FINDING_SHORT_MAX,
  findingsMap,
  readDocumentTemplate,
  readFindings,
  readRevealedCards,
  readSession,
  roomName,
  runSessionCommand,
  setDocumentTemplate,
  setVotingStatus,
  SUPPORTING_LINKS_MAX,
  unreadableFindings,
  updateIncident,
} from '@hindsight/shared';
import { hostileWrite, prng, WRITABLE_ROOTS } from '@hindsight/shared/hostile';
import { createBoard, synced, testContext, WAIT_MS, type TestClient } from './helpers.ts';
import { exportsRender, holds, member, readEverything } from './hostile/support.ts';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261206);
const WRITES = Number(process.env.HOSTILE_WRITES ?? 300);

const t = testContext();
let failed = true;
afterEach(() => {
  if (failed)
    console.error(`hostile suite: reproduce with HOSTILE_SEED=${SEED} HOSTILE_WRITES=${WRITES}`);
});

/** Close codes with which the server may refuse a hostile write: it is not data, or too big. */
const REFUSALS: readonly number[] = [CloseCode.Malformed, CloseCode.BoardFull];

/** A hostile writer's connection to one doc; replaced by a fresh one when refused. */
interface Hostile {
  client: TestClient;
  refused: boolean;
  readonly room: string;
  readonly roots: readonly string[];
  readonly open: () => TestClient;
}

describe('a hostile participant', () => {
  it(`writes ${WRITES} random updates (seed ${SEED}) into every doc they may write, breaking nothing`, async () => {
    failed = true;
    // What the server logs at warning level or above: an error means a plugin choked.
    const logged: { level: number; msg?: string; err?: { message?: string } }[] = [];
    const server = await t.server({
      logger: { level: 'warn', stream: { write: (line: string) => logged.push(JSON.parse(line)) } },
      rooms: { idleMs: 100 },
      // The rate limits are another rule, with their own tests; here every write must land.
      limits: { messageBurst: 1_000_000, messagesPerSecond: 1_000_000 },
    });
    const board = await createBoard(server);
    const rooms = { board: roomName(board.id), facilitation: roomName(board.id, 'facilitation') };
    const open = (room: string, token: string) => t.client(server, room, token);

    // The honest people: a facilitator, a participant, an observer, each on their docs.
    const honest: TestClient[] = [];
    const fBoard = open(rooms.board, board.tokens.facilitator);
    const fFac = open(rooms.facilitation, board.tokens.facilitator);
    const oBoard = open(rooms.board, board.tokens.observer);
    const oFac = open(rooms.facilitation, board.tokens.observer);
    const pBoard = open(rooms.board, board.tokens.participant);
    honest.push(fBoard, fFac, oBoard, oFac, pBoard);
    await Promise.all(honest.map((c) => synced(c)));
    const pat = await member(t, server, board, 'Pat');
    honest.push(pat.client);
    const closes: string[] = [];
    honest.forEach((c, i) =>
      c.provider.on('connection-close', (e: { code?: number } | null) =>
        closes.push(`honest connection ${i} closed with ${e?.code}`),
      ),
    );

    // A board with something on it, for the hostile writes to corrupt.
    updateIncident(fBoard.doc, { title: 'Checkout 5xx', summary: 'The pool ran dry.' });
    addTimelineEvent(fBoard.doc, { at: Date.now() - 60_000, kind: 'action', text: 'Rollback' });
    addActionItem(pBoard.doc, { title: 'Alert on pool saturation', owner: 'Pat' });
    addSurveyNote(pBoard.doc, { text: 'The dashboard lagged' });
    addCard(pat.client.doc, { text: 'Alerts were late', column: 'went-wrong' });

    // The hostile participant, on the board doc and their own private doc. A connection
    // the server refuses is replaced, so that the writes go on landing.
    const mallory = await member(t, server, board, 'Mallory');
    const refusals: number[] = [];
    const connect = async (target: Hostile) => {
      target.client.destroy();
      target.client = target.open();
      target.refused = false;
      target.client.provider.on('connection-close', (e: { code?: number } | null) => {
        target.refused = true;
        refusals.push(e?.code ?? 0);
      });
      await synced(target.client);
    };
    const targets: Hostile[] = [
      {
        room: rooms.board,
        roots: WRITABLE_ROOTS.board,
        open: () => open(rooms.board, board.tokens.participant),
      },
      {
        room: mallory.room,
        roots: WRITABLE_ROOTS.private,
        open: () => t.client(server, mallory.room, board.tokens.participant, mallory.key),
      },
    ].map((target) => ({ ...target, client: mallory.client, refused: true }));
    // The private doc's first connection replaces the one that gave Mallory's name.
    targets[0]!.client = { ...mallory.client, destroy: () => undefined };
    for (const target of targets) await connect(target);

    // The facilitator walks every phase while the writes arrive; voting opens and closes.
    const random = prng(SEED);
    const command = (type: 'start' | 'next') =>
      runSessionCommand(fFac.doc, DEFAULT_TEMPLATE, { type }, Date.now());
    const steps = DEFAULT_TEMPLATE.phases.length + 2;
    command('start');
    for (let i = 0; i < WRITES; i++) {
      const target = random() < 0.7 ? targets[0]! : targets[1]!;
      if (target.refused) await connect(target);
      hostileWrite(target.client.doc, target.roots, random);
      if (i % Math.ceil(WRITES / steps) === 0) {
        command('next');
        const phase = readSession(fFac.doc).phaseId;
        if (phase === 'discuss') setVotingStatus(fFac.doc, 'closed');
        else if (readSession(fFac.doc).revealed) setVotingStatus(fFac.doc, 'open');
      }
      // Now and then, let the server catch up, so a long run holds little in flight.
      if (i % 100 === 99) await holds(server, target.room, target.client.doc, () => target.refused);
    }
    for (const target of targets) {
      await holds(server, target.room, target.client.doc, () => target.refused);
    }
    // A refusal is for what is not data or too big; anything else is a failure.
    expect(refusals.filter((code) => !REFUSALS.includes(code))).toEqual([]);
    await holds(server, rooms.facilitation, fFac.doc);

    // Every honest reader converges with the server, and reads without throwing.
    await server.app.rooms.withRooms(
      [rooms.board, rooms.facilitation, mallory.room, pat.room],
      async ([b, f, m, p]) => {
        await vi.waitFor(
          () => {
            expect(Y.encodeStateVector(oBoard.doc)).toEqual(Y.encodeStateVector(b!.doc));
            expect(Y.encodeStateVector(oFac.doc)).toEqual(Y.encodeStateVector(f!.doc));
          },
          { timeout: 60_000 },
        );
        readEverything(b!.doc, f!.doc, [m!.doc, p!.doc]);
      },
    );
    for (const [b, f] of [
      [fBoard, fFac],
      [oBoard, oFac],
      [pBoard, oFac],
    ] as const) {
      readEverything(b.doc, f.doc, [pat.client.doc, targets[1]!.client.doc]);
    }
    await exportsRender(server, board);
    expect(closes).toEqual([]);
    // The server's own work went on: the cards were revealed, the history kept versions.
    expect(readRevealedCards(oFac.doc).map((c) => c.text)).toContain('Alerts were late');
    const versions = await fetch(`${server.url}/api/boards/${board.id}/versions`, {
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(versions.status).toBe(200);
    expect(((await versions.json()) as { versions: unknown[] }).versions.length).toBeGreaterThan(0);

    // Everyone leaves; every room unloads, then loads again and reads.
    for (const client of [...honest, ...targets.map((h) => h.client)]) client.destroy();
    await vi.waitFor(() => expect(server.app.rooms.residentNames()).toEqual([]), {
      timeout: 60_000,
    });
    const again = {
      board: open(rooms.board, board.tokens.observer),
      facilitation: open(rooms.facilitation, board.tokens.observer),
      mallory: t.client(server, mallory.room, board.tokens.participant, mallory.key),
      pat: t.client(server, pat.room, board.tokens.participant, pat.key),
    };
    await Promise.all(Object.values(again).map((c) => synced(c)));
    readEverything(again.board.doc, again.facilitation.doc, [again.mallory.doc, again.pat.doc]);
    await exportsRender(server, board);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    failed = false;
  }, 600_000);
});

/** Resolves with the close code of the client's current socket. */
const closeOf = (client: TestClient) =>
  new Promise<number>((resolve) =>
    client.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
  );

/** A Y.Text holding `text`, as a crafted update puts one where a prose finding goes. */
function textOf(text: string): Y.Text {
  const value = new Y.Text();
  value.insert(0, text);
  return value;
}

describe('crafted writes to the findings and the document template', () => {
  async function boardWithReaders() {
    const server = await t.server();
    const board = await createBoard(server);
    const rooms = { board: roomName(board.id), facilitation: roomName(board.id, 'facilitation') };
    const open = (room: string, token: string) => t.client(server, room, token);
    const clients = {
      participant: open(rooms.board, board.tokens.participant),
      observer: open(rooms.board, board.tokens.observer),
      facilitator: open(rooms.facilitation, board.tokens.facilitator),
      watcher: open(rooms.facilitation, board.tokens.observer),
    };
    await Promise.all(Object.values(clients).map((c) => synced(c)));
    return { server, board, rooms, open, ...clients };
  }

  it("a participant's over-long findings are cut to their limits, and only valid links are kept", async () => {
    const { server, board, rooms, participant, observer } = await boardWithReaders();
    const good = (i: number) => ({
      label: `Dashboard ${i}`,
      url: `https://grafana.example/d/${i}`,
    });
    const links = [
      { label: 'Click me', url: 'javascript:alert(document.cookie)' },
      ...Array.from({ length: SUPPORTING_LINKS_MAX + 5 }, (_, i) => good(i)),
      { label: '', url: 'https://example.com/no-label' },
    ];
    // Straight into the doc, past the commands' checks, as a crafted update would be.
    participant.doc.transact(() => {
      const findings = findingsMap(participant.doc);
      findings.set('trigger', textOf('t'.repeat(FINDING_SHORT_MAX + 500)));
      findings.set('leadup', textOf('d'.repeat(FINDING_LONG_MAX + 3)));
      findings.set('lessons', 'l'.repeat(FINDING_LONG_MAX + 1));
      findings.set('detection', 42);
      findings.set('recovery', textOf('Rolled the pool size back'));
      findings.set('links', links);
    });

    const expected = {
      trigger: 't'.repeat(FINDING_SHORT_MAX),
      leadup: 'd'.repeat(FINDING_LONG_MAX),
      detection: '',
      recovery: 'Rolled the pool size back',
      lessons: 'l'.repeat(FINDING_LONG_MAX),
      links: Array.from({ length: SUPPORTING_LINKS_MAX }, (_, i) => good(i)),
    };
    // Repaired by the server, and so as every reader sees them: nothing read as blank.
    for (const doc of [participant.doc, observer.doc]) {
      await vi.waitFor(() => expect(readFindings(doc)).toMatchObject(expected), {
        timeout: WAIT_MS,
      });
      expect(unreadableFindings(doc)).toBe(0);
      expect(JSON.stringify(findingsMap(doc).toJSON())).not.toContain('javascript:');
    }
    // The participant's connection stays: the board doc is theirs to write.
    expect(participant.provider.wsconnected).toBe(true);
    await holds(server, rooms.board, observer.doc);
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=markdown`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    const markdown = await res.text();
    expect(markdown).toContain('t'.repeat(FINDING_SHORT_MAX));
    expect(markdown).not.toContain('javascript:');
  });

  it('a supporting link list that is not a list, or holds no valid link, is removed', async () => {
    const { participant, observer } = await boardWithReaders();
    for (const [i, links] of [
      [{ label: 'x', url: 'javascript:alert(1)' }],
      'https://example.com',
    ].entries()) {
      // A marker in the same update: once the observer has it, it has the repair too (the
      // server relays a turn's writes together).
      participant.doc.transact(() => {
        findingsMap(participant.doc).set('links', links);
        findingsMap(participant.doc).set('recovery', `marker ${i}`);
      });
      await vi.waitFor(() => expect(readFindings(observer.doc).recovery).toBe(`marker ${i}`), {
        timeout: WAIT_MS,
      });
      expect(findingsMap(observer.doc).has('links')).toBe(false);
    }
  });

  it("an observer's crafted write to the findings is refused, and nothing of it is stored", async () => {
    const { server, rooms, participant, observer } = await boardWithReaders();
    editFindingsProse(participant.doc, 'trigger', 'A pool-size config push');
    await holds(server, rooms.board, participant.doc);
    const closed = closeOf(observer);
    observer.doc.transact(() => {
      findingsMap(observer.doc).set('trigger', textOf('Mallory was here'));
      findingsMap(observer.doc).set('links', [{ label: 'x', url: 'javascript:alert(1)' }]);
    });
    expect(await closed).toBe(CloseCode.Forbidden);
    await server.app.rooms.withRooms([rooms.board], ([room]) =>
      expect(readFindings(room!.doc)).toMatchObject({
        trigger: 'A pool-size config push',
        links: [],
      }),
    );
  });

  it("the template is the facilitator's: a participant's or an observer's write is refused, an unknown id removed", async () => {
    const { server, board, rooms, open, facilitator, watcher } = await boardWithReaders();
    setDocumentTemplate(facilitator.doc, 'atlassian');
    await holds(server, rooms.facilitation, facilitator.doc);
    for (const token of [board.tokens.participant, board.tokens.observer]) {
      const other = open(rooms.facilitation, token);
      await synced(other);
      const closed = closeOf(other);
      facilitationMap(other.doc).set('documentTemplate', 'google-sre');
      expect(await closed).toBe(CloseCode.Forbidden);
    }
    await server.app.rooms.withRooms([rooms.facilitation], ([room]) =>
      expect(readDocumentTemplate(room!.doc)).toBe('atlassian'),
    );

    // The facilitator's own crafted value that is no template: removed, the default read.
    facilitationMap(facilitator.doc).set('documentTemplate', '<script>alert(1)</script>');
    await vi.waitFor(
      () => expect(facilitationMap(watcher.doc).has('documentTemplate')).toBe(false),
      { timeout: WAIT_MS },
    );
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=markdown`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    const markdown = await res.text();
    expect(markdown).toContain('\n## Trigger\n');
    expect(markdown).not.toContain('<script>');
  });
});

/**
 * The rules the product promises, each tried with a hand-made update from a participant
 * at the protocol level: the participant writes straight into the docs they may write
 * (and tries the ones they may not), and every reader (a fresh client, the export) must
 * still tell the truth. See docs/SECURITY.md, "Rules a crafted update cannot bypass".
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  acceptWontDo,
  actionAcceptancesMap,
  actionItemsMap,
  addActionItem,
  dueDefaultNote,
  offersClosing,
  CloseCode,
  facilitationMap,
  ownerClaimsMap,
  ownerConfirmationsMap,
  postmortemMap,
  proposalDecisionsMap,
  proposeEvent,
  readActionItems,
  readPostmortemOwner,
  readPostmortemStatus,
  readProposals,
  roomName,
  setActionStatus,
  timelineProposalsMap,
  updateIncident,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';

const t = testContext();

async function setup(): Promise<{ server: TestServer; board: CreateBoardResponse }> {
  const server = await t.server();
  return { server, board: await createBoard(server) };
}

/** The board doc and the facilitation doc, as a given role syncs them. */
async function docsAs(server: TestServer, board: CreateBoardResponse, token: string) {
  const doc = t.client(server, roomName(board.id), token);
  const facilitation = t.client(server, roomName(board.id, 'facilitation'), token);
  await Promise.all([synced(doc), synced(facilitation)]);
  return { board: doc, facilitation };
}

/** A reader that syncs once everything has settled: what anyone opening the board sees. */
async function freshReader(server: TestServer, board: CreateBoardResponse) {
  return docsAs(server, board, board.tokens.observer);
}

async function exportJson(server: TestServer, board: CreateBoardResponse) {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=json`, {
    headers: { authorization: `Bearer ${board.tokens.observer}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    status: { postmortem: string };
    owners: { names: string[] } | null;
    actionItems: { action: string; ownerConfirmed: boolean }[] | null;
  };
}

/** Waits until the server holds what `client` wrote. */
async function stored(server: TestServer, room: string, check: (doc: Y.Doc) => void) {
  await server.app.rooms.withRooms([room], ([r]) => vi.waitFor(() => check(r!.doc)));
}

describe('a crafted update cannot', () => {
  it('forge a due date’s policy provenance: dueDefault is the server’s alone', async () => {
    const { server, board } = await setup();
    await server.app.store.writeSetting(
      'actions',
      { duePolicy: { SEV2: 56 }, autoClose: false },
      Date.now(),
      null,
    );
    const participant = await docsAs(server, board, board.tokens.participant);
    updateIncident(participant.board.doc, { severity: 'SEV2' });
    const forged = { due: '2031-01-01', severity: 'SEV2', days: 56 };
    // An action dated by a person, then given a provenance beside a date they chose.
    const added = addActionItem(participant.board.doc, { title: 'Dated', due: '2030-01-02' });
    const addedMap = actionItemsMap(participant.board.doc).get(added)!;
    // One that the server gave a default, whose provenance is then rewritten.
    const given = addActionItem(participant.board.doc, { title: 'Given by the server' });
    const reader = await freshReader(server, board);
    const item = (id: string) => readActionItems(reader.board.doc).find((a) => a.id === id);
    await vi.waitFor(() => expect(item(given)?.dueDefault?.days).toBe(56), { timeout: WAIT_MS });
    const serverGiven = item(given)!.dueDefault;
    participant.board.doc.transact(() => {
      addedMap.set('due', forged.due);
      addedMap.set('dueDefault', forged);
      const map = actionItemsMap(participant.board.doc).get(given)!;
      map.set('due', forged.due);
      map.set('dueDefault', forged);
    });
    // A whole new action written by hand with the field in it.
    const byHand = 'Handmadeaction00';
    participant.board.doc.transact(() => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: byHand,
        title: 'Written by hand',
        status: 'open',
        due: forged.due,
        dueDefault: forged,
        createdAt: 1,
        updatedAt: 1,
      }))
        map.set(k, v);
      actionItemsMap(participant.board.doc).set(byHand, map as never);
    });

    await vi.waitFor(
      () => {
        expect(item(byHand)?.title).toBe('Written by hand');
        expect(item(added)?.due).toBe(forged.due);
        expect(item(added)?.dueDefault).toBeUndefined();
        expect(item(byHand)?.dueDefault).toBeUndefined();
        expect(item(given)?.dueDefault).toEqual(serverGiven);
      },
      { timeout: WAIT_MS },
    );
    // The dates the participant chose stay theirs, told as a person's: no policy note.
    for (const id of [added, given, byHand]) expect(dueDefaultNote(item(id)!)).toBeNull();
    await stored(server, roomName(board.id), (doc) =>
      expect(actionItemsMap(doc).get(byHand)?.has('dueDefault')).toBe(false),
    );
  });

  it('close the postmortem while an action is open', async () => {
    const { server, board } = await setup();
    const participant = await docsAs(server, board, board.tokens.participant);
    addActionItem(participant.board.doc, { title: 'Alert on pool saturation' });
    // The command refuses; the facilitator's hand-made update writes the status anyway (a
    // participant's would be put back: statusGuard.test.ts).
    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    postmortemMap(facilitator.board.doc).set('status', 'closed');
    await stored(server, roomName(board.id), (doc) =>
      expect(postmortemMap(doc).get('status')).toBe('closed'),
    );

    const reader = await freshReader(server, board);
    expect(readPostmortemStatus(reader.board.doc)).toBe('actions open');
    expect((await exportJson(server, board)).status.postmortem).toBe('actions open');
  });

  it('name the postmortem owner: only the facilitator records it', async () => {
    const { server, board } = await setup();
    const participant = await docsAs(server, board, board.tokens.participant);
    // Where owners used to be, in the board doc: never read.
    postmortemMap(participant.board.doc).set('owners', ['Mallory']);
    // In the facilitation doc: refused, nothing applied, the socket closed.
    const closed = new Promise<number>((resolve) =>
      participant.facilitation.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    facilitationMap(participant.facilitation.doc).set('owners', ['Mallory']);
    expect(await closed).toBe(CloseCode.Forbidden);

    const reader = await freshReader(server, board);
    expect(readPostmortemOwner(reader.facilitation.doc).names).toEqual([]);
    expect((await exportJson(server, board)).owners).toBeNull();

    // The facilitator's write is the one that counts.
    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    facilitationMap(facilitator.facilitation.doc).set('owners', ['Dana']);
    await vi.waitFor(() =>
      expect(readPostmortemOwner(reader.facilitation.doc).names).toEqual(['Dana']),
    );
  });

  it('confirm an action’s owner on someone else’s behalf', async () => {
    const { server, board } = await setup();
    const participant = await docsAs(server, board, board.tokens.participant);
    const action = addActionItem(participant.board.doc, {
      title: 'Alert on pool saturation',
      owner: 'Alex',
    });
    const mallory = await t.member(server, board, 'Mallory');
    // On the item itself, and as a claim in Mallory's own doc for Alex's action.
    actionItemsMap(participant.board.doc).get(action)!.set('ownerConfirmed', true);
    ownerClaimsMap(mallory.doc).set(action, { owner: 'Alex', at: 1 });
    const alex = await t.member(server, board, 'Alex');
    // Alex's own claim on another action: the control that the server does publish.
    const other = addActionItem(participant.board.doc, { title: 'Range checks', owner: 'Alex' });
    ownerClaimsMap(alex.doc).set(other, { owner: 'Alex', at: 2 });

    const reader = await freshReader(server, board);
    await vi.waitFor(() =>
      expect(ownerConfirmationsMap(reader.facilitation.doc).has(other)).toBe(true),
    );
    const confirmed = (doc: Y.Doc, fac: Y.Doc) =>
      Object.fromEntries(readActionItems(doc, fac).map((a) => [a.title, a.ownerConfirmed]));
    expect(confirmed(reader.board.doc, reader.facilitation.doc)).toEqual({
      'Alert on pool saturation': false,
      'Range checks': true,
    });
    const exported = await exportJson(server, board);
    expect(
      Object.fromEntries(exported.actionItems!.map((a) => [a.action, a.ownerConfirmed])),
    ).toEqual({ 'Alert on pool saturation': false, 'Range checks': true });
    // And the participant cannot publish a confirmation themselves.
    const closed = new Promise<number>((resolve) =>
      participant.facilitation.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    ownerConfirmationsMap(participant.facilitation.doc).set(action, [{ owner: 'Alex', at: 3 }]);
    expect(await closed).toBe(CloseCode.Forbidden);
  });

  it('decide a timeline proposal: only the facilitator’s decision is read', async () => {
    const { server, board } = await setup();
    const participant = await docsAs(server, board, board.tokens.participant);
    const id = proposeEvent(participant.board.doc, {
      event: { at: '2026-03-02T14:20:00Z', kind: 'action', text: 'Rolled back' },
    });
    const proposal = timelineProposalsMap(participant.board.doc).get(id)!;
    proposal.set('status', 'accepted');
    proposal.set('decidedAt', 1);
    const closed = new Promise<number>((resolve) =>
      participant.facilitation.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    proposalDecisionsMap(participant.facilitation.doc).set(id, {
      status: 'rejected',
      decidedAt: 1,
    });
    expect(await closed).toBe(CloseCode.Forbidden);

    const reader = await freshReader(server, board);
    await vi.waitFor(() =>
      expect(readProposals(reader.board.doc, reader.facilitation.doc).map((p) => p.id)).toEqual([
        id,
      ]),
    );
    expect(readProposals(reader.board.doc, reader.facilitation.doc)[0]!.status).toBe('open');
  });
  it("accept a won't do: only the facilitator's acceptance counts, on the board and in the ledger", async () => {
    const { server, board } = await setup();
    const participant = await docsAs(server, board, board.tokens.participant);
    const facilitator = await docsAs(server, board, board.tokens.facilitator);
    const action = addActionItem(participant.board.doc, { title: 'Rotate the keys' });
    const reason = 'replaced by SSO';
    setActionStatus(participant.board.doc, action, { status: "won't do", reason });
    // Where acceptance used to be, on the item, and the postmortem closed on its strength
    // (by the facilitator's hand: a participant's status change is put back at once).
    actionItemsMap(participant.board.doc).get(action)!.set('accepted', true);
    postmortemMap(facilitator.board.doc).set('status', 'closed');
    await stored(server, roomName(board.id), (doc) =>
      expect(actionItemsMap(doc).get(action)?.get('accepted')).toBe(true),
    );

    const reader = await freshReader(server, board);
    const read = () => readActionItems(reader.board.doc, reader.facilitation.doc)[0]!;
    const ledgerRow = async () => {
      server.app.searchIndexer.schedule(board.id);
      await server.app.searchIndexer.flush(board.id);
      return server.app.store.findAction(action);
    };
    expect(read().accepted).toBeUndefined();
    expect(readPostmortemStatus(reader.board.doc, reader.facilitation.doc)).toBe('actions open');
    expect((await exportJson(server, board)).status.postmortem).toBe('actions open');
    expect(await ledgerRow()).toMatchObject({ accepted: false, resolved: false });
    // The server stores the forged close as what it reads: open.
    await vi.waitFor(() =>
      expect(postmortemMap(reader.board.doc).get('status')).toBe('actions open'),
    );

    // In the facilitation doc: refused, nothing applied, the socket closed.
    const closed = new Promise<number>((resolve) =>
      participant.facilitation.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    acceptWontDo(participant.facilitation.doc, action, reason);
    expect(await closed).toBe(CloseCode.Forbidden);
    expect(actionAcceptancesMap(reader.facilitation.doc).size).toBe(0);

    // The facilitator's acceptance is the one that counts, and closes what was closed.
    acceptWontDo(facilitator.facilitation.doc, action, reason);
    await vi.waitFor(() => expect(read().accepted).toBe(true));
    expect(
      offersClosing(readPostmortemStatus(reader.board.doc, reader.facilitation.doc), [read()]),
    ).toBe(true);
    expect(await ledgerRow()).toMatchObject({ accepted: true, resolved: true });

    // Reopened on the board, the acceptance goes: the same reason later is not accepted.
    const again = await docsAs(server, board, board.tokens.participant);
    setActionStatus(again.board.doc, action, 'open');
    await vi.waitFor(() => expect(actionAcceptancesMap(reader.facilitation.doc).size).toBe(0));
    setActionStatus(again.board.doc, action, { status: "won't do", reason });
    await vi.waitFor(() => expect(read().status).toBe("won't do"));
    expect(read().accepted).toBeUndefined();
    expect(await ledgerRow()).toMatchObject({ accepted: false, resolved: false });
  });
});

import {
  DEFAULT_TEMPLATE,
  emptyDiscussion,
  initFacilitation,
  projectConfirmations,
  readOwnerClaims,
  runSessionCommand,
} from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPostmortemSession } from './postmortemSession.ts';

const MIN = 60_000;
const ALERTING = 'clusterAlert01';
const ROLLBACK = 'clusterRollbk1';

function setup(role: 'facilitator' | 'participant' = 'facilitator') {
  const board = new Y.Doc();
  const facilitation = new Y.Doc();
  const privateDoc = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  let now = 10 * MIN;
  const session = createPostmortemSession({
    role,
    board,
    facilitation,
    privateDoc,
    serverNow: () => now,
  });
  const close = session.open();
  return { facilitation, privateDoc, session, close, setNow: (ms: number) => (now = ms) };
}

describe('the postmortem bridge and commands', () => {
  it('mirror the five whys, the root cause and the factors as they are written', () => {
    const { session, close } = setup('participant');
    const { commands, store } = session;
    expect(store.getState().discussions[ALERTING]).toBeUndefined();
    const first = commands.addWhy(ALERTING, { why: 'Why was nobody paged?', because: 'No alert' });
    commands.addWhy(ALERTING, { why: 'Why no alert?', because: 'Pool metrics not exported' });
    commands.markRootCause(ALERTING, first);
    commands.addFactor(ALERTING, 'Deployed at lunch');
    commands.setNotes(ALERTING, 'Check the exporter');
    const discussion = store.getState().discussions[ALERTING]!;
    expect(discussion.whys.map((w) => w.because)).toEqual([
      'No alert',
      'Pool metrics not exported',
    ]);
    expect(discussion.rootCauseId).toBe(first);
    expect(discussion.factors.map((f) => f.text)).toEqual(['Deployed at lunch']);
    expect(discussion.notes).toBe('Check the exporter');
    commands.removeWhy(ALERTING, first);
    expect(store.getState().discussions[ALERTING]).toMatchObject({
      ...emptyDiscussion(ALERTING),
      whys: [expect.objectContaining({ because: 'Pool metrics not exported' })],
      factors: [expect.objectContaining({ text: 'Deployed at lunch' })],
      notes: 'Check the exporter',
    });
    close();
  });

  it('refuse to close while an action is open, naming it, and close once all are done', () => {
    const { session, close } = setup('participant');
    const { commands, store } = session;
    const action = commands.addAction({ title: 'Export pool metrics', owner: 'Pat Lee' });
    expect(store.getState().status).toBe('draft');
    expect(commands.setStatus('closed')).toMatchObject({
      ok: false,
      message: '1 action is still open: Export pool metrics',
    });
    expect(store.getState().status).toBe('draft');
    commands.setActionStatus(action, 'done');
    expect(commands.setStatus('closed')).toEqual({ ok: true });
    expect(store.getState().status).toBe('closed');
    // An action reopened later reopens the postmortem on every client.
    commands.setActionStatus(action, 'in progress');
    expect(store.getState().status).toBe('actions open');
    expect(session.facilitation).toBeNull();
    close();
  });

  it('say "I own this" in the private doc; it shows once the server publishes it', () => {
    const { facilitation, privateDoc, session, close } = setup('participant');
    const { commands, store } = session;
    const action = commands.addAction({ title: 'Export pool metrics', owner: 'Pat Lee' });
    expect(commands.confirmOwner(action)).toBe(true);
    expect(readOwnerClaims(privateDoc).get(action)).toMatchObject({ owner: 'Pat Lee' });
    expect(store.getState().actions[0]!.ownerConfirmed).toBe(false);
    // What the server does with Pat's own claim:
    const claims = readOwnerClaims(privateDoc);
    projectConfirmations(facilitation, [{ name: 'Pat Lee', claims }], new Set([action]));
    expect(store.getState().actions[0]!.ownerConfirmed).toBe(true);
    close();
  });

  it('record the owners the team agreed on, for the facilitator only', () => {
    const { session, close } = setup();
    session.facilitation!.setOwners(['Dana', 'Eli']);
    expect(session.store.getState().owner.names).toEqual(['Dana', 'Eli']);
    session.facilitation!.clearOwners();
    expect(session.store.getState().owner.names).toEqual([]);
    close();
  });

  it('bring back an action this tab deleted, and only that one', () => {
    const { session, close } = setup('participant');
    const { commands, store } = session;
    const a = commands.addAction({ title: 'First' });
    const b = commands.addAction({ title: 'Second' });
    commands.deleteAction(a);
    commands.deleteAction(b);
    expect(commands.undoDeleteAction(a)).toBe(false);
    expect(commands.undoDeleteAction(b)).toBe(true);
    expect(store.getState().actions.map((x) => x.title)).toEqual(['Second']);
    close();
  });

  it('move the discussion focus for everyone, timed from the phase timer', () => {
    const { facilitation, session, close, setNow } = setup();
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'start' }, 0);
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'jump', phaseId: 'discuss' }, MIN);
    setNow(4 * MIN);
    session.facilitation!.focus(ROLLBACK);
    expect(session.store.getState().focus).toEqual({
      clusterId: ROLLBACK,
      sinceElapsedMs: 3 * MIN,
      visitStartedAt: MIN,
    });
    // Focusing the same cluster again changes nothing; another one moves on.
    setNow(5 * MIN);
    session.facilitation!.focus(ROLLBACK);
    expect(session.store.getState().focus?.sinceElapsedMs).toBe(3 * MIN);
    session.facilitation!.focus(ALERTING);
    expect(session.store.getState().focus).toMatchObject({
      clusterId: ALERTING,
      sinceElapsedMs: 4 * MIN,
    });
    close();
  });
});

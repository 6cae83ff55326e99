/**
 * An open board as the React tree holds it: the stores, the commands, the server clock,
 * and `open()` which connects to the server until the returned function is called.
 * Creating a session has no side effects outside memory, so React may create and drop
 * one freely.
 *
 * A board is two docs here: the board doc (cards, written by participants and the
 * facilitator) and the facilitation doc (plan and session). Everyone reads the
 * facilitation doc; only a facilitator's tab gets the commands that write it. A writer's
 * brainstorm cards live in a third, their private doc (sync/brainstormSession.ts).
 */
import { canWrite, roomName, templateById, type SessionState } from '@hindsight/shared';
import * as Y from 'yjs';
import { fetchServerTime } from '../lib/api.ts';
import type { LocalUser } from '../state/boardCommands.ts';
import type { BoardSession } from '../state/boardContext.ts';
import { createBoardStore, type BoardStoreInit } from '../state/boardStore.ts';
import { createFacilitationStore } from '../state/facilitationStore.ts';
import { createIncidentStore } from '../state/incidentStore.ts';
import { createSessionUiStore } from '../state/sessionUiStore.ts';
import { createBrainstormSession } from './brainstormSession.ts';
import { createClusterSession } from './clusterSession.ts';
import { bindBoard } from './bridge.ts';
import { createBoardCommands } from './commands.ts';
import { openDocConnection, type DocConnection } from './docConnection.ts';
import { bindFacilitation } from './facilitationBridge.ts';
import { createFacilitatorCommands } from './facilitatorCommands.ts';
import { bindIncident } from './incidentBridge.ts';
import { createPostmortemSession } from './postmortemSession.ts';
import { publishReady, publishUser } from './presence.ts';
import { createServerClock } from './serverClock.ts';
import { createIncidentCommands } from './timelineCommands.ts';
import { createVotingSession } from './votingSession.ts';
import { memberKeyFor } from '../state/memberKey.ts';

export interface OpenableBoardSession extends BoardSession {
  /** Connects and bridges; returns the function that disconnects. */
  open(): () => void;
}

/** Identifies the current visit of a phase; "I'm done" lasts as long as it does. */
function visitKey(session: SessionState): string {
  const visit = session.history.at(-1);
  return visit && visit.endedAt === null ? `${visit.phaseId}@${visit.startedAt}` : '';
}

export function createBoardSession(init: BoardStoreInit, token: string): OpenableBoardSession {
  const template = templateById(init.template);
  const boardDoc = new Y.Doc();
  const facilitationDoc = new Y.Doc();
  const store = createBoardStore(init);
  const facilitation = createFacilitationStore(template);
  const clock = createServerClock({ fetchServerTime });
  const incidentStore = createIncidentStore();
  const brainstorm = createBrainstormSession(init, token);
  const clusters = createClusterSession(boardDoc, brainstorm.store);
  const voting = createVotingSession(
    facilitationDoc,
    brainstorm.privateDoc,
    canWrite(init.role, 'facilitation'),
  );
  const postmortem = createPostmortemSession({
    role: init.role,
    board: boardDoc,
    facilitation: facilitationDoc,
    privateDoc: brainstorm.privateDoc,
    serverNow: clock.now,
  });
  let user: LocalUser | null = null;
  let ready: string | null = null;
  let board: DocConnection | null = null;

  const commands = createBoardCommands(boardDoc, {
    setUser(next) {
      user = next;
      if (board) publishUser(board.awareness, next, init.role);
    },
    setReady(phaseId) {
      ready = phaseId;
      if (board) publishReady(board.awareness, phaseId);
    },
  });

  return {
    store,
    commands,
    facilitation,
    facilitator: canWrite(init.role, 'facilitation')
      ? createFacilitatorCommands(facilitationDoc, template, clock.now)
      : null,
    clock,
    ui: createSessionUiStore(),
    incident: {
      store: incidentStore,
      commands: createIncidentCommands(boardDoc, facilitationDoc, incidentStore),
    },
    brainstorm,
    postmortem,
    clusters,
    voting,
    open() {
      // The member key makes this browser a member of the board: its presence is bound
      // to it, and the board takes a limited number of members.
      const boardConnection = openDocConnection(boardDoc, roomName(init.boardId), token, {
        member: memberKeyFor(init.boardId),
      });
      const facilitationConnection = openDocConnection(
        facilitationDoc,
        roomName(init.boardId, 'facilitation'),
        token,
      );
      board = boardConnection;
      if (user) publishUser(boardConnection.awareness, user, init.role);
      if (user && ready) publishReady(boardConnection.awareness, ready);
      const unbindBoard = bindBoard(boardConnection, store);
      const unbindIncident = bindIncident(boardDoc, facilitationDoc, incidentStore);
      const unbindFacilitation = bindFacilitation(facilitationConnection, facilitation, template);
      const unbindPostmortem = postmortem.open();
      const closeBrainstorm = brainstorm.open({
        board: boardConnection,
        facilitation: facilitationConnection,
      });
      const closeClusters = clusters.open(boardConnection);
      const closeVoting = voting.open();
      // "I'm done" resets when the phase changes (or is entered again).
      const unwatchPhase = facilitation.subscribe((next, prev) => {
        if (visitKey(next.session) !== visitKey(prev.session) && ready !== null)
          commands.setReady(null);
      });
      const stopClock = clock.start();
      return () => {
        stopClock();
        closeVoting();
        closeClusters();
        closeBrainstorm();
        unwatchPhase();
        unbindPostmortem();
        unbindFacilitation();
        unbindIncident();
        unbindBoard();
        facilitationConnection.close();
        boardConnection.close();
        if (board === boardConnection) board = null;
      };
    },
  };
}

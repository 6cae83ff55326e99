/** The context that hands an open board's stores and commands to its components. */
import { createContext } from 'react';
import type { BoardCommands } from './boardCommands.ts';
import type { BrainstormSession } from './brainstormCommands.ts';
import type { ClusterSession } from './clusterCommands.ts';
import type { BoardStore } from './boardStore.ts';
import type { FacilitationStore } from './facilitationStore.ts';
import type { FacilitatorCommands } from './facilitatorCommands.ts';
import type { IncidentSession } from './incidentCommands.ts';
import type { PostmortemSession } from './postmortemCommands.ts';
import type { ServerClock } from './serverClock.ts';
import type { SessionUiStore } from './sessionUiStore.ts';
import type { VotingSession } from './votingCommands.ts';

export interface BoardSession {
  readonly store: BoardStore;
  readonly commands: BoardCommands;
  /** The plan and the running session (facilitation doc, read by everyone). */
  readonly facilitation: FacilitationStore;
  /** The session commands; null unless this tab's role runs the session. */
  readonly facilitator: FacilitatorCommands | null;
  readonly clock: ServerClock;
  readonly ui: SessionUiStore;
  /** Incident facts, timeline, proposals and survey notes (board doc). */
  readonly incident: IncidentSession;
  /** The anonymous brainstorm: own cards (private doc), counts and revealed cards. */
  readonly brainstorm: BrainstormSession;
  /** Discussion, actions, owner, follow-up and status (board doc; focus in facilitation). */
  readonly postmortem: PostmortemSession;
  /** Clusters and card placement (board doc), others' drags (presence), undo (this tab). */
  readonly clusters: ClusterSession;
  /** The dot vote: own ballot (private doc), status and tally (facilitation doc). */
  readonly voting: VotingSession;
}

export const BoardContext = createContext<BoardSession | null>(null);

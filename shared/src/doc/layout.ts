/**
 * The one module that knows the names of the Yjs top-level types of a board's docs.
 *
 * Every other module reaches the documents through the accessors below, so a rename or
 * a migration touches one file. Scope: everything here is **document** state (synced
 * and persisted); presence lives in awareness, session state in zustand.
 *
 * A board is several docs, one per writer (DESIGN.md): the board doc, the facilitation
 * doc and one private doc per member ({@link DocKind}). What no participant may decide
 * is kept out of the docs participants write: the board's title, template and creation
 * time live in the server's board row, and each doc's layout version is recorded by the
 * server beside the doc's stored state, never inside the doc.
 */
import * as Y from 'yjs';
import type { DocKind } from '../rooms.ts';

/**
 * The layout version of each doc kind this code writes and understands. Bump one with a
 * named step in doc/migrations.ts.
 */
export const SCHEMA_VERSIONS: Readonly<Record<DocKind, number>> = {
  board: 6,
  facilitation: 4,
  private: 1,
};

/** Top-level type names of the board doc. Never spelled anywhere else. */
const BOARD = {
  /** Held the board meta and the schema version up to board layout 1; emptied by layout 2. */
  legacyMeta: 'meta',
  cards: 'cards',
  incident: 'incident',
  timeline: 'timeline',
  timelineProposals: 'timelineProposals',
  surveyNotes: 'surveyNotes',
  clusters: 'clusters',
  cardPlacements: 'cardPlacements',
  discussions: 'discussions',
  actionItems: 'actionItems',
  postmortem: 'postmortem',
  findings: 'findings',
} as const;

/** A card as stored: one nested map per card so that fields merge independently. */
export type CardMap = Y.Map<unknown>;

/**
 * Where board layout 1 kept the title, template, creation time and schema version, all
 * of which any participant could rewrite. Only the migration to layout 2 reads it.
 */
export function legacyMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.legacyMeta);
}

/**
 * Cards keyed by card id. In a member's private doc: that member's brainstorm cards,
 * which nobody else ever receives.
 */
export function cardsMap(doc: Y.Doc): Y.Map<CardMap> {
  return doc.getMap(BOARD.cards);
}

/**
 * The incident facts, one key per field (see entities/incident.ts), so that two people
 * filling in different facts at once both keep their edit.
 */
export function incidentMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.incident);
}

/** A timeline event as stored: one nested map per event, like a card. */
export type TimelineEventMap = Y.Map<unknown>;

/** Timeline events keyed by event id; the display order is derived, not stored. */
export function timelineMap(doc: Y.Doc): Y.Map<TimelineEventMap> {
  return doc.getMap(BOARD.timeline);
}

/**
 * Flags and proposed events from participants, keyed by proposal id. Each value is a
 * nested map whose fields are written once, except the decision (see
 * entities/timelineProposal.ts). Added without a schema bump: an absent map reads empty.
 */
export type TimelineProposalMap = Y.Map<unknown>;

export function timelineProposalsMap(doc: Y.Doc): Y.Map<TimelineProposalMap> {
  return doc.getMap(BOARD.timelineProposals);
}

/** Notes invitees leave in the survey before the meeting, keyed by note id. */
export type SurveyNoteMap = Y.Map<unknown>;

export function surveyNotesMap(doc: Y.Doc): Y.Map<SurveyNoteMap> {
  return doc.getMap(BOARD.surveyNotes);
}

/**
 * Clusters of revealed cards, keyed by cluster id: one nested map per cluster (name,
 * position, creation time; see entities/cluster.ts). Added without a schema bump, like
 * everything below: an absent map reads empty.
 */
export type ClusterMap = Y.Map<unknown>;

export function clustersMap(doc: Y.Doc): Y.Map<ClusterMap> {
  return doc.getMap(BOARD.clusters);
}

/**
 * Where each revealed card sits on the board, keyed by the card's public id. Each value
 * is one plain JSON placement (in a cluster, or free at a position), so concurrent
 * moves of a card resolve to one of them, never to a mix.
 */
export function cardPlacementsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.cardPlacements);
}

/** A cluster's discussion: notes, the five-whys chain, contributing factors. */
export type DiscussionMap = Y.Map<unknown>;

/** Discussions keyed by cluster id (see entities/discussion.ts). */
export function discussionsMap(doc: Y.Doc): Y.Map<DiscussionMap> {
  return doc.getMap(BOARD.discussions);
}

/** An action item as stored: one nested map per item so that fields merge independently. */
export type ActionItemMap = Y.Map<unknown>;

export function actionItemsMap(doc: Y.Doc): Y.Map<ActionItemMap> {
  return doc.getMap(BOARD.actionItems);
}

/**
 * The postmortem's own state after the meeting: the follow-up review and the status.
 * One whole JSON value per key (`followUp`, `status`). Up to facilitation layout 1 it
 * also held the owners and their responsibilities, which any participant could rewrite;
 * they are the facilitation doc's now, and what is left here is never read.
 */
export function postmortemMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.postmortem);
}

/**
 * The postmortem's findings in the team's words: trigger, detection, recovery notes,
 * lessons (one text each) and supporting links (one whole list), one key per field
 * (entities/findings.ts). Added without a schema bump: an absent map reads empty.
 */
export function findingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.findings);
}

/** Top-level type names of the facilitation doc (room `<board id>/facilitation`). */
const FACILITATION = {
  /**
   * Holds whole JSON values: `plan`, `session`, `counts`, `voting`, `discussion` (the
   * focus), and the postmortem `owners`. Up to facilitation layout 2 it also held the
   * owners' `responsibilities`, as one list; layout 3 moved them to texts of their own.
   */
  state: 'facilitation',
  /** What the postmortem owners are responsible for: one text per item, in order. */
  responsibilities: 'ownerResponsibilities',
  /** Cards copied in by the server at reveal, without their authors. */
  revealed: 'revealedCards',
  /** The facilitator's decision on each timeline proposal. */
  decisions: 'proposalDecisions',
  /** Action owners' "I own this", as the server verified them. */
  confirmations: 'ownerConfirmations',
  /** Won't dos the facilitator or an admin accepted. */
  acceptances: 'actionAcceptances',
} as const;

/** The facilitation doc's state map. Written only by the facilitator and the server. */
export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION.state);
}

/**
 * What the postmortem owners are responsible for, in order: one `Y.Text` per item, so two
 * people rewording the same item at once both keep their words
 * (entities/postmortemOwner.ts). Written by the facilitator and the server only.
 */
export function responsibilitiesArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(FACILITATION.responsibilities);
}

/** A revealed card as stored: written by the server only, under its own client id. */
export type RevealedCardMap = Y.Map<unknown>;

/** Revealed cards keyed by their public id (unlinkable to the author's own card id). */
export function revealedCardsMap(doc: Y.Doc): Y.Map<RevealedCardMap> {
  return doc.getMap(FACILITATION.revealed);
}

/**
 * The facilitator's decision on each timeline proposal, keyed by proposal id: one whole
 * JSON value, written once (entities/timelineProposal.ts). Here rather than beside the
 * proposals in the board doc, where any participant could write a decision.
 */
export function proposalDecisionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION.decisions);
}

/**
 * Confirmed action owners, keyed by action id: the owner names whose own member said
 * "I own this", as a JSON list, written by the server only (entities/ownerConfirmation.ts).
 */
export function ownerConfirmationsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION.confirmations);
}

/**
 * Accepted won't dos, keyed by action id: `{ reason, at }`, one whole JSON value, written
 * by the facilitator and the server only (entities/actionAcceptance.ts). Here rather than
 * on the item in the board doc, where any participant could accept their own won't do.
 */
export function actionAcceptancesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION.acceptances);
}

/** Top-level type names of a member's private doc (room `<board id>/private-<member id>`). */
const PRIVATE = {
  /** The member's name as they gave it; read by the server for named cards and owners. */
  profile: 'profile',
  /** The member's dot votes: cluster id → count. */
  votes: 'votes',
  /** The actions the member said they own: action id → the owner name they confirmed. */
  ownerClaims: 'ownerClaims',
} as const;

export function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PRIVATE.profile);
}

/**
 * A member's dot votes, cluster id → number of dots, in their private doc: nobody else
 * receives it, and the server tallies it when voting closes (entities/vote.ts).
 */
export function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PRIVATE.votes);
}

/**
 * The member's "I own this": action id → `{ owner, at }`, in their private doc, so no one
 * else can say it for them. The server checks the owner against the member's name and
 * publishes it in the facilitation doc ({@link ownerConfirmationsMap}). Added without a
 * layout change: an absent map reads empty.
 */
export function ownerClaimsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PRIVATE.ownerClaims);
}

/**
 * The board doc's top-level type names, for code that speaks about the doc as a whole
 * (the history's change summaries). Reading and writing goes through the accessors.
 */
export const BOARD_ROOTS: Readonly<typeof BOARD> = BOARD;

/** The private doc's top-level type names, for code that speaks about the doc as a whole. */
export const PRIVATE_ROOTS: Readonly<typeof PRIVATE> = PRIVATE;

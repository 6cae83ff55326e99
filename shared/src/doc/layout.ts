/**
 * The one module that knows the names of the Yjs top-level types.
 *
 * Every other module reaches the board document through the accessors below, so a
 * rename or a migration touches one file. Scope: everything here is **document** state
 * (synced and persisted); presence lives in awareness, session state in zustand.
 */
import * as Y from 'yjs';

/** The layout version this code writes and understands. Bump it with a migration. */
export const SCHEMA_VERSION = 1;

/** Top-level type names of the board doc. Never spelled anywhere else. */
const BOARD = {
  meta: 'meta',
  cards: 'cards',
  incident: 'incident',
  timeline: 'timeline',
} as const;

/** A card as stored: one nested map per card so that fields merge independently. */
export type CardMap = Y.Map<unknown>;

/** Board-wide facts: title, template, schema version. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.meta);
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

/** The schema version the doc says it was written with; 0 for a doc never initialised. */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 0;
}

/** Top-level type names of the facilitation doc (room `<board id>/facilitation`). */
const FACILITATION = {
  /** Holds `plan`, `session` and `counts` as whole JSON values. */
  state: 'facilitation',
  /** Cards copied in by the server at reveal, without their authors. */
  revealed: 'revealedCards',
} as const;

/** The facilitation doc's state map. Written only by the facilitator and the server. */
export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION.state);
}

/** A revealed card as stored: written by the server only, under its own client id. */
export type RevealedCardMap = Y.Map<unknown>;

/** Revealed cards keyed by their public id (unlinkable to the author's own card id). */
export function revealedCardsMap(doc: Y.Doc): Y.Map<RevealedCardMap> {
  return doc.getMap(FACILITATION.revealed);
}

/** Top-level type names of a member's private doc (room `<board id>/private-<member id>`). */
const PRIVATE = {
  /** The member's name as they gave it; read by the server on named-card boards only. */
  profile: 'profile',
} as const;

export function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PRIVATE.profile);
}

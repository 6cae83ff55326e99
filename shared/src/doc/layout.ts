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
} as const;

/** A card as stored: one nested map per card so that fields merge independently. */
export type CardMap = Y.Map<unknown>;

/** Board-wide facts: title, template, schema version. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD.meta);
}

/** Cards keyed by card id. */
export function cardsMap(doc: Y.Doc): Y.Map<CardMap> {
  return doc.getMap(BOARD.cards);
}

/** The schema version the doc says it was written with; 0 for a doc never initialised. */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 0;
}

/**
 * The sample incident as a board, for the export's tests: the board doc and the
 * facilitation doc built through the shared commands, with the sample cards written by
 * three named members and revealed, and with `complete` the whole retrospective after
 * it (fixtureRetrospective.ts). Tests only (it reads the fixtures with `?raw`).
 */
import * as Y from 'yjs';
import cardsJson from '../fixtures/cards.json?raw';
import incidentJson from '../fixtures/incident.json?raw';
import timelineJson from '../fixtures/timeline.json?raw';
import type { BoardMeta } from '../entities/boardMeta.ts';
import type { Card } from '../entities/card.ts';
import {
  initFacilitation,
  readPlan,
  runSessionCommand,
  updatePlan,
} from '../entities/facilitation.ts';
import { loadIncidentFixture } from '../entities/incidentFixture.ts';
import { mirrorBrainstorm, type MemberCards } from '../entities/revealedCard.ts';
import { mergeEvents, type NewTimelineEvent } from '../entities/timelineEvent.ts';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { runRetrospective } from './fixtureRetrospective.ts';

export const FIXTURE_BOARD_ID = 'SampleBoard00001';
export const FIXTURE_TITLE = 'Checkout API 5xx after a connection-pool change';
/** When the tests "export": the morning after the retrospective. */
export const FIXTURE_NOW = Date.parse('2026-11-05T09:30:00Z');
/** The sample board's row, as the server keeps it. */
export const FIXTURE_META: BoardMeta = {
  title: FIXTURE_TITLE,
  template: 'default',
  createdAt: Date.parse('2026-11-04T09:00:00Z'),
};
/** The members' names: they must never appear in an anonymous export. */
export const FIXTURE_AUTHORS = ['Alice Author', 'Bob Writer', 'Carol Secret'] as const;

const at = (iso: string) => Date.parse(iso);

/** Mulberry32: a small seeded generator, so the reveal order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FixtureBoard {
  readonly board: Y.Doc;
  readonly facilitation: Y.Doc;
}

export interface FixtureOptions {
  /** Reveal the cards (default true). */
  readonly revealed?: boolean;
  /** Turn on named cards in the plan (default false). */
  readonly namedCards?: boolean;
  /**
   * Hold the whole retrospective (fixtureRetrospective.ts): clusters, votes, five
   * whys, actions, owners, follow-up (default false; needs `revealed`).
   */
  readonly complete?: boolean;
}

/** The public id the server gives a member's card (a keyed hash in production). */
function publicId(memberId: string, cardId: string): string {
  return `${memberId}${cardId}`
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(16, '0')
    .slice(0, 16);
}

const sampleCardId = (i: number) => `card${String(i).padStart(4, '0')}`;
const sampleMemberId = (i: number) => `member${i % FIXTURE_AUTHORS.length}`;

/** The public id of the i-th card of cards.json once revealed. */
export function fixtureCardId(i: number): string {
  return publicId(sampleMemberId(i), sampleCardId(i));
}

/** The sample cards, dealt round-robin to the three members. */
function members(): MemberCards[] {
  const samples = JSON.parse(cardsJson) as { column: string; text: string }[];
  return FIXTURE_AUTHORS.map((name, m) => ({
    memberId: sampleMemberId(m),
    name,
    cards: samples
      .map((s, i): Card | null =>
        i % FIXTURE_AUTHORS.length === m
          ? {
              id: sampleCardId(i),
              text: s.text,
              column: s.column,
              createdAt: at('2026-11-04T15:12:00Z') + i * 1000,
              updatedAt: at('2026-11-04T15:12:00Z') + i * 1000,
            }
          : null,
      )
      .filter((c): c is Card => c !== null),
  }));
}

export function fixtureBoard({
  revealed = true,
  namedCards = false,
  complete = false,
}: FixtureOptions = {}): FixtureBoard {
  const board = new Y.Doc();
  loadIncidentFixture(board, JSON.parse(incidentJson));
  mergeEvents(
    board,
    JSON.parse(timelineJson) as NewTimelineEvent[],
    undefined,
    at('2026-11-04T10:00:00Z'),
  );

  const facilitation = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  if (namedCards) {
    updatePlan(facilitation, { ...readPlan(facilitation, DEFAULT_TEMPLATE), namedCards: true });
  }
  const run = (type: 'start' | 'next' | 'finish', iso: string) =>
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type }, at(iso));
  run('start', '2026-11-04T15:00:00Z'); // goal
  run('next', '2026-11-04T15:05:00Z'); // timeline
  run('next', '2026-11-04T15:10:00Z'); // brainstorm
  if (revealed) {
    run('next', '2026-11-04T15:16:00Z'); // cluster: the cards are revealed
    if (complete) {
      run('next', '2026-11-04T15:30:00Z'); // discuss
      run('next', '2026-11-04T15:45:00Z'); // actions
      run('next', '2026-11-04T15:55:00Z'); // owner
      run('next', '2026-11-04T15:58:00Z'); // follow-up
    }
    run('finish', '2026-11-04T16:02:00Z');
  }
  mirrorBrainstorm(facilitation, members(), {
    revealed,
    namedCards,
    publicId,
    random: seededRandom(8812),
  });
  if (complete && revealed) runRetrospective(board, facilitation, fixtureCardId);
  return { board, facilitation };
}

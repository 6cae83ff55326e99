/**
 * The sample incident as a board, for the export's tests: the board doc and the
 * facilitation doc built through the shared commands, with the sample cards written by
 * three named members and revealed. Tests only (it reads the fixtures with `?raw`).
 */
import * as Y from 'yjs';
import cardsJson from '../fixtures/cards.json?raw';
import incidentJson from '../fixtures/incident.json?raw';
import timelineJson from '../fixtures/timeline.json?raw';
import { migrateDoc } from '../doc/migrations.ts';
import { initBoardMeta } from '../entities/boardMeta.ts';
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
import { PostmortemDocumentSchema, type PostmortemDocument } from './document.ts';

export const FIXTURE_BOARD_ID = 'SampleBoard00001';
export const FIXTURE_TITLE = 'Checkout API 5xx after a connection-pool change';
/** When the tests "export": the morning after the retrospective. */
export const FIXTURE_NOW = Date.parse('2026-11-05T09:30:00Z');
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
}

/** The sample cards, dealt round-robin to the three members. */
function members(): MemberCards[] {
  const samples = JSON.parse(cardsJson) as { column: string; text: string }[];
  return FIXTURE_AUTHORS.map((name, m) => ({
    memberId: `member${m}`,
    name,
    cards: samples
      .map((s, i): Card | null =>
        i % FIXTURE_AUTHORS.length === m
          ? {
              id: `card${String(i).padStart(4, '0')}`,
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
}: FixtureOptions = {}): FixtureBoard {
  const board = new Y.Doc();
  migrateDoc(board);
  initBoardMeta(board, {
    title: FIXTURE_TITLE,
    template: DEFAULT_TEMPLATE.id,
    createdAt: at('2026-11-04T09:00:00Z'),
  });
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
    run('finish', '2026-11-04T16:02:00Z');
  }
  mirrorBrainstorm(facilitation, members(), {
    revealed,
    namedCards,
    publicId: (memberId, cardId) =>
      `${memberId}${cardId}`
        .replace(/[^A-Za-z0-9]/g, '')
        .padEnd(16, '0')
        .slice(0, 16),
    random: seededRandom(8812),
  });
  return { board, facilitation };
}

/**
 * The sample document with every later section filled in (clusters, root causes,
 * lessons, actions, owner, follow-up, participants) as later issues will fill them:
 * shows that each section renders once its value is there.
 */
export function completeDocument(doc: PostmortemDocument): PostmortemDocument {
  const wrong = doc.retrospective.columns.find((c) => c.id === 'went-wrong');
  const columns = doc.retrospective.columns.map((c) =>
    c !== wrong
      ? c
      : {
          ...c,
          clusters: [
            { title: 'Config review', votes: 5, cards: c.cards.slice(0, 2) },
            { title: 'Alerting', votes: 3, cards: c.cards.slice(2, 4) },
          ],
          cards: c.cards.slice(4),
        },
  );
  return PostmortemDocumentSchema.parse({
    ...doc,
    retrospective: { ...doc.retrospective, columns },
    rootCauses: [
      {
        topic: 'Config review',
        whys: [
          'The pool size was 20 in production.',
          'A staging value was merged into the production config file.',
          'The review only checks that the file parses.',
        ],
        rootCause: 'Config changes have no range checks and no per-environment diff in review.',
        reduceImpact: 'Alert on connection-pool saturation; show config changes next to deploys.',
      },
    ],
    resolution: {
      ...doc.resolution,
      notes: 'Rolled back config change #8812; queues drained on their own.',
    },
    lessons: [
      'Look at the last change first.',
      'Scaling out does not help when the bottleneck is shared.',
    ],
    actionItems: [
      {
        action: 'Add range checks for pool sizes to config validation',
        details: 'Reject pool sizes under 50 for production services.',
        owner: 'Dana',
        due: '2026-11-20',
        priority: 'high',
        status: 'in progress',
        link: 'https://tracker.example.com/browse/INC-4830',
      },
      {
        action: 'Alert on connection-pool saturation',
        details: '',
        owner: null,
        due: null,
        priority: 'medium',
        status: 'open',
        link: null,
      },
    ],
    owners: ['Dana'],
    followUp: {
      at: '2026-11-19T15:00:00.000Z',
      note: 'Review the actions; close the incident when all are done.',
    },
    participants: [
      { role: 'facilitator', names: ['Fran'] },
      { role: 'participant', names: ['Dana', 'Eli'] },
      { role: 'observer', names: [] },
    ],
  });
}

/**
 * Sources and boards for the builder's tests: a `PostmortemSource` with nothing in it
 * but what a test patches in, revealed cards, action items, and the sample board's
 * document. Tests only.
 */
import type { ActionItem } from '../entities/actionItem.ts';
import { INCIDENT_DEFAULTS } from '../entities/incident.ts';
import { DEFAULT_OWNER_RESPONSIBILITIES } from '../entities/postmortemOwner.ts';
import type { RevealedCard } from '../entities/revealedCard.ts';
import { VOTING_NOT_STARTED } from '../entities/voting.ts';
import { planFromTemplate } from '../session/plan.ts';
import { INITIAL_SESSION } from '../session/session.ts';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { postmortemFromDocs, type PostmortemSource } from './build.ts';
import {
  FIXTURE_BOARD_ID,
  FIXTURE_META,
  FIXTURE_NOW,
  fixtureBoard,
  type FixtureOptions,
} from './fixtureBoard.ts';

export const NOW = FIXTURE_NOW;

/** The sample board's document. */
export function fromFixture(options?: FixtureOptions) {
  const { board, facilitation } = fixtureBoard(options);
  return postmortemFromDocs(board, facilitation, {
    boardId: FIXTURE_BOARD_ID,
    meta: FIXTURE_META,
    now: NOW,
  });
}

/** A revealed board with nothing on it, plus the patch. */
export const source = (patch: Partial<PostmortemSource> = {}): PostmortemSource => ({
  boardId: FIXTURE_BOARD_ID,
  meta: { title: 'Board', template: 'default', createdAt: NOW },
  incident: INCIDENT_DEFAULTS,
  timeline: [],
  plan: planFromTemplate(DEFAULT_TEMPLATE),
  session: { ...INITIAL_SESSION, revealed: true },
  revealedCards: [],
  clusters: [],
  discussions: [],
  voting: VOTING_NOT_STARTED,
  actionItems: [],
  owner: { names: [], responsibilities: [...DEFAULT_OWNER_RESPONSIBILITIES] },
  followUp: null,
  postmortemStatus: 'draft',
  ...patch,
});

/** An open action item, plus the patch. */
export const action = (patch: Partial<ActionItem> = {}): ActionItem => ({
  id: 'Action0000000001',
  title: 'Fix it',
  status: 'open',
  ownerConfirmed: false,
  createdAt: NOW,
  updatedAt: NOW,
  ...patch,
});

/** A revealed card whose id is made from its text. */
export const card = (text: string, column: string, author?: string): RevealedCard => ({
  id: `Card${text
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(12, '0')
    .slice(0, 12)}`,
  text,
  column,
  rank: 0.5,
  ...(author === undefined ? {} : { author }),
});

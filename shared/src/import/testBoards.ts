/**
 * fast-check boards for the import's round-trip property: a recipe of what a meeting
 * leaves behind (facts, timeline, members' cards, the reveal, clusters, a tally, five
 * whys, actions, attendance), built into a board doc and a facilitation doc through the
 * same entity commands people and the server use. Tests only.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { ACTION_ITEM_STATUSES } from '../actions/status.ts';
import { addActionItem, setActionStatus } from '../entities/actionItem.ts';
import { groupCards } from '../entities/cluster.ts';
import {
  addContributingFactor,
  addWhy,
  markRootCause,
  setDiscussionNotes,
  setReduceImpact,
} from '../entities/discussion.ts';
import {
  initFacilitation,
  readPlan,
  runSessionCommand,
  updatePlan,
} from '../entities/facilitation.ts';
import { DEFAULT_SEVERITIES, updateIncident } from '../entities/incident.ts';
import { mirrorBrainstorm, readRevealedCards, type MemberCards } from '../entities/revealedCard.ts';
import { addTimelineEvent, TIMELINE_KINDS } from '../entities/timelineEvent.ts';
import { recordTally, setVotingStatus } from '../entities/voting.ts';
import { seededRandom } from '../export/fixtureBoard.ts';
import type { ExportParticipants } from '../export/document.ts';
import { ROLES } from '../roles.ts';
import { DEFAULT_TEMPLATE } from '../templates.ts';

const WORDS = [
  'pool',
  'deploy',
  'alert',
  'Ünïcode',
  '東京',
  '🔥',
  '<b>bold</b>',
  '"quoted"',
  'a\\b',
  '# heading',
  '| pipe',
  'x&y',
  'late',
  'retry',
];

/** One to five words, never blank. */
const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
  .map((w) => w.join(' '));
const name = fc.constantFrom('Ana', 'Bo', 'Chen', 'Dara', 'Émile', 'Fay');
const COLUMNS = DEFAULT_TEMPLATE.columns.map((c) => c.id);

const cardRecipe = fc.record({ column: fc.constantFrom(...COLUMNS), text });
const clusterRecipe = fc.record({
  /** Which cards (by index into the revealed cards, modulo their number). */
  cards: fc.uniqueArray(fc.nat(40), { minLength: 1, maxLength: 4 }),
  name: fc.oneof(fc.constant(''), text),
  /** Its votes in the tally; null: created after it. */
  votes: fc.option(fc.nat(9)),
  whys: fc.array(fc.record({ why: text, because: fc.oneof(fc.constant(''), text) }), {
    maxLength: 3,
  }),
  /** Which level is the root cause, modulo their number. */
  rootCause: fc.option(fc.nat(5)),
  factors: fc.array(text, { maxLength: 2 }),
  reduceImpact: fc.oneof(fc.constant(''), text),
  notes: fc.oneof(fc.constant(''), text),
});
const actionRecipe = fc.record({
  title: text,
  owner: fc.option(name),
  due: fc.option(fc.constantFrom('2026-11-20', '2026-12-01', '2027-01-15')),
  quadrant: fc.option(
    fc
      .constantFrom(...(['high', 'low'] as const))
      .chain((impact) =>
        fc.constantFrom(...(['high', 'low'] as const)).map((effort) => ({ impact, effort })),
      ),
  ),
  status: fc.constantFrom(...ACTION_ITEM_STATUSES),
  /** The cluster it addresses (modulo their number) and its level, if any. */
  cluster: fc.option(fc.nat(5)),
  level: fc.option(fc.nat(3)),
});

export const boardRecipe = fc.record({
  title: text,
  severity: fc.option(fc.constantFrom(...DEFAULT_SEVERITIES)),
  summary: fc.oneof(fc.constant(''), text),
  services: fc.uniqueArray(fc.constantFrom('checkout', 'payments', 'search'), { maxLength: 2 }),
  events: fc.array(
    fc.record({
      minute: fc.nat(600),
      kind: fc.constantFrom(...TIMELINE_KINDS),
      text,
    }),
    { maxLength: 4 },
  ),
  namedCards: fc.boolean(),
  members: fc.array(fc.record({ name, cards: fc.array(cardRecipe, { maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  revealed: fc.boolean(),
  finished: fc.boolean(),
  clusters: fc.array(clusterRecipe, { maxLength: 4 }),
  actions: fc.array(actionRecipe, { maxLength: 3 }),
  attendance: fc.array(fc.record({ role: fc.constantFrom(...ROLES), name }), { maxLength: 4 }),
  /** Seeds the reveal's shuffle. */
  seed: fc.nat(),
});
export type BoardRecipe = typeof boardRecipe extends fc.Arbitrary<infer R> ? R : never;

const START = Date.parse('2026-11-03T14:00:00Z');
const minutes = (n: number) => START + n * 60_000;

/** The recipe as a board's two shared docs, and its attendance by role. */
export function buildBoard(recipe: BoardRecipe) {
  const board = new Y.Doc();
  const facilitation = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  updateIncident(board, {
    title: recipe.title,
    severity: recipe.severity,
    summary: recipe.summary,
    services: recipe.services,
  });
  recipe.events.forEach((e, i) =>
    addTimelineEvent(
      board,
      { at: new Date(minutes(e.minute)).toISOString(), kind: e.kind, text: e.text },
      undefined,
      minutes(i),
    ),
  );
  if (recipe.namedCards) {
    updatePlan(facilitation, { ...readPlan(facilitation, DEFAULT_TEMPLATE), namedCards: true });
  }
  const run = (type: 'start' | 'reveal' | 'finish', minute: number) =>
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type }, minutes(minute));
  run('start', 700);
  if (recipe.revealed) run('reveal', 710);
  if (recipe.finished) run('finish', 760);
  const members: MemberCards[] = recipe.members.map((m, i) => ({
    memberId: `member${i}`,
    name: m.name,
    cards: m.cards.map((c, k) => ({
      id: `card${i}x${k}`,
      text: c.text,
      column: c.column,
      createdAt: minutes(705) + k,
      updatedAt: minutes(705) + k,
    })),
  }));
  mirrorBrainstorm(facilitation, members, {
    revealed: recipe.revealed,
    namedCards: recipe.namedCards,
    publicId: (member, card) =>
      `${member}${card}`
        .replace(/[^A-Za-z0-9]/g, '')
        .padEnd(16, '0')
        .slice(0, 16),
    random: seededRandom(recipe.seed),
  });

  const cardIds = readRevealedCards(facilitation).map((c) => c.id);
  const clusters: { id: string; levels: string[] }[] = [];
  const used = new Set<string>();
  recipe.clusters.forEach((k, i) => {
    const ids = [...new Set(k.cards.map((n) => cardIds[n % Math.max(1, cardIds.length)]!))].filter(
      (id) => id !== undefined && !used.has(id),
    );
    if (ids.length === 0) return;
    for (const id of ids) used.add(id);
    const id = groupCards(board, ids, undefined, minutes(720 + i), { name: k.name });
    const levels = k.whys.map((w) => addWhy(board, id, w));
    if (k.rootCause !== null && levels.length > 0) {
      markRootCause(board, id, levels[k.rootCause % levels.length]!);
    }
    for (const f of k.factors) addContributingFactor(board, id, f);
    if (k.reduceImpact) setReduceImpact(board, id, k.reduceImpact);
    if (k.notes) setDiscussionNotes(board, id, k.notes);
    clusters.push({ id, levels });
  });
  const tallied = recipe.clusters.filter((_, i) => i < clusters.length);
  if (clusters.length > 0 && tallied.some((k) => k.votes !== null)) {
    setVotingStatus(facilitation, 'closed');
    const tally: Record<string, number> = {};
    clusters.forEach((c, i) => {
      const votes = tallied[i]!.votes;
      if (votes !== null) tally[c.id] = votes;
    });
    recordTally(facilitation, { tally, voters: 1 });
  }

  recipe.actions.forEach((a, i) => {
    const cluster =
      a.cluster === null ? undefined : clusters[a.cluster % Math.max(1, clusters.length)];
    const level =
      cluster && a.level !== null && cluster.levels.length > 0
        ? cluster.levels[a.level % cluster.levels.length]
        : undefined;
    const id = addActionItem(
      board,
      {
        title: a.title,
        owner: a.owner ?? undefined,
        due: a.due ?? undefined,
        impact: a.quadrant?.impact,
        effort: a.quadrant?.effort,
        clusterId: cluster?.id,
        rootCauseId: level,
      },
      undefined,
      minutes(800 + i),
    );
    // A reason goes with blocked and won't do only; the others drop it.
    const status = { status: a.status, reason: 'waiting on the vendor' };
    setActionStatus(board, id, status, undefined, minutes(800 + i));
  });

  const participants: ExportParticipants[] = ROLES.map((role) => ({
    role,
    names: [...new Set(recipe.attendance.filter((a) => a.role === role).map((a) => a.name))],
  }));
  return { board, facilitation, participants };
}

/**
 * A proposed change to the timeline: a missing event someone adds, or a flag on an event
 * that is wrong or incomplete (with a reason, and optionally a corrected version).
 * Scope: document (board doc). Participants raise them in the Timeline phase and, before
 * the meeting, in the survey; the facilitator accepts or rejects each one.
 *
 * The proposals live in the board doc, because participants write them. Only the
 * facilitator decides, and the server enforces that per doc: each decision (`status`,
 * `decidedAt`, `resultEventId`) is one JSON value in the facilitation doc, keyed by the
 * proposal's id, which no participant can write. Readers take the status from there
 * alone; a status written beside a proposal in the board doc (as up to facilitation
 * layout 1, migrated by layout 2) is never read.
 *
 * Accepting applies the change to the timeline first, then records the decision; the
 * change is idempotent (an added event is named after its proposal), so a decision
 * interrupted between the two is simply taken again.
 *
 * One nested Y.Map per proposal, written once, when the proposal is made.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import {
  proposalDecisionsMap,
  timelineProposalsMap,
  timelineMap,
  type TimelineProposalMap,
} from '../doc/layout.ts';
import { randomId } from '../ids.ts';
import { MAX_INSTANT } from '../time/instant.ts';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  editTimelineEvent,
  NewTimelineEventSchema,
  readTimeline,
  sameEventKey,
  TimelineEventIdSchema,
  TimelineKindSchema,
  TimelineSourceSchema,
  TimelineTextSchema,
  type NewTimelineEvent,
} from './timelineEvent.ts';
import { idSchema } from '../ids.ts';

/** What a flag says about an event. */
export const FLAG_PROBLEMS = ['wrong', 'incomplete'] as const;
export type FlagProblem = (typeof FLAG_PROBLEMS)[number];

export const FLAG_PROBLEM_LABELS: Readonly<Record<FlagProblem, string>> = {
  wrong: 'Wrong',
  incomplete: 'Incomplete',
};

/** Where a proposal was made: live in the Timeline phase, or in the survey before. */
export const PROPOSAL_VIAS = ['session', 'survey'] as const;
export type ProposalVia = (typeof PROPOSAL_VIAS)[number];

export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Longest reason, in characters. */
export const PROPOSAL_REASON_MAX = 500;

const storedInstant = z.number().int().min(0).max(MAX_INSTANT);

/** An event as a proposal carries it: validated, instant in ms, never edited. */
export const ProposedEventSchema = z.object({
  at: storedInstant,
  kind: TimelineKindSchema,
  text: TimelineTextSchema,
  source: TimelineSourceSchema.optional(),
});
export type ProposedEvent = z.infer<typeof ProposedEventSchema>;

export const ProposalIdSchema = idSchema('a proposal id');

/** The name someone gave, if any; a blank name is no name. */
const AuthorSchema = z
  .string()
  .trim()
  .max(60, 'A name has at most 60 characters')
  .transform((s) => (s === '' ? undefined : s));

const ReasonSchema = z
  .string({ error: 'A reason must be text' })
  .trim()
  .max(PROPOSAL_REASON_MAX, `A reason has at most ${PROPOSAL_REASON_MAX} characters`);

const common = {
  /** Stable random id, also the key in the proposals map. */
  id: ProposalIdSchema,
  /** Who proposed it, as they called themselves; absent when they gave no name. */
  author: AuthorSchema.optional(),
  via: z.enum(PROPOSAL_VIAS),
  /** Creation time on the writer's clock, ms; orders the list. */
  createdAt: storedInstant,
  status: z.enum(PROPOSAL_STATUSES),
  /** When the facilitator accepted or rejected it, on their clock; absent while open. */
  decidedAt: storedInstant.optional(),
  /**
   * The timeline event an accepted proposal added, changed, or found already there;
   * absent otherwise (and when accepting removed the event).
   */
  resultEventId: TimelineEventIdSchema.optional(),
};

export const TimelineProposalSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    /** A missing event. */
    type: z.literal('add'),
    event: ProposedEventSchema,
    /** Why it matters or where it comes from; may be blank. */
    reason: ReasonSchema,
  }),
  z.object({
    ...common,
    /** An event on the timeline is wrong or incomplete. */
    type: z.literal('flag'),
    eventId: TimelineEventIdSchema,
    problem: z.enum(FLAG_PROBLEMS),
    /** What is wrong with it; required. */
    reason: ReasonSchema.pipe(z.string().min(1, 'Say what is wrong with the event')),
    /** The event as it should read, when the person knows. */
    correction: ProposedEventSchema.optional(),
  }),
]);
export type TimelineProposal = z.infer<typeof TimelineProposalSchema>;

/** What a person supplies to propose a missing event. */
export const ProposeEventInputSchema = z.object({
  event: NewTimelineEventSchema,
  reason: ReasonSchema.default(''),
  author: AuthorSchema.optional(),
  via: z.enum(PROPOSAL_VIAS).default('session'),
});
export type ProposeEventInput = z.input<typeof ProposeEventInputSchema>;

/** What a person supplies to flag an event. */
export const FlagEventInputSchema = z.object({
  problem: z.enum(FLAG_PROBLEMS, { error: 'Say whether the event is wrong or incomplete' }),
  reason: ReasonSchema.pipe(z.string().min(1, 'Say what is wrong with the event')),
  correction: NewTimelineEventSchema.optional(),
  author: AuthorSchema.optional(),
  via: z.enum(PROPOSAL_VIAS).default('session'),
});
export type FlagEventInput = z.input<typeof FlagEventInputSchema>;

/** The facilitator's decision on a proposal, as stored in the facilitation doc. */
export const ProposalDecisionSchema = z.object({
  status: z.enum(['accepted', 'rejected']),
  decidedAt: storedInstant,
  resultEventId: TimelineEventIdSchema.optional(),
});
export type ProposalDecision = z.infer<typeof ProposalDecisionSchema>;

/** What a proposal's own map may hold: everything but the decision. */
const PROPOSAL_FIELDS = [
  'type',
  'event',
  'reason',
  'author',
  'via',
  'createdAt',
  'eventId',
  'problem',
  'correction',
] as const;

function readDecision(facilitation: Y.Doc | null, id: string): ProposalDecision | null {
  if (!facilitation) return null;
  const result = ProposalDecisionSchema.safeParse(proposalDecisionsMap(facilitation).get(id));
  return result.success ? result.data : null;
}

function readProposal(
  id: string,
  map: TimelineProposalMap,
  facilitation: Y.Doc | null,
): TimelineProposal | null {
  const fields: Record<string, unknown> = { id, status: 'open' };
  for (const key of PROPOSAL_FIELDS) {
    const value = map.get(key);
    if (value !== undefined) fields[key] = value;
  }
  const decision = readDecision(facilitation, id);
  if (decision) Object.assign(fields, decision);
  const result = TimelineProposalSchema.safeParse(fields);
  return result.success ? result.data : null;
}

/** Oldest first; the id breaks ties so every client agrees. */
export function compareProposals(a: TimelineProposal, b: TimelineProposal): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every well-formed proposal of the board doc, oldest first, with the facilitator's
 * decisions from the facilitation doc. Malformed entries are skipped.
 */
export function readProposals(board: Y.Doc, facilitation: Y.Doc): TimelineProposal[] {
  const read = (id: string, map: TimelineProposalMap) => readProposal(id, map, facilitation);
  return readEntries(timelineProposalsMap(board), read).items.sort(compareProposals);
}

/** Proposal entries {@link readProposals} skips. */
export function unreadableProposals(board: Y.Doc): number {
  const read = (id: string, map: TimelineProposalMap) => readProposal(id, map, null);
  return readEntries(timelineProposalsMap(board), read).unreadable;
}

/** A stored event value without undefined keys (Yjs refuses undefined inside JSON). */
function plainEvent(event: ProposedEvent): ProposedEvent {
  const { source, ...rest } = event;
  return source === undefined ? rest : { ...rest, source };
}

function writeProposal(doc: Y.Doc, fields: Record<string, unknown>, origin: unknown): string {
  const id = randomId(16);
  doc.transact(() => {
    const map: TimelineProposalMap = new Y.Map();
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) map.set(key, value);
    }
    timelineProposalsMap(doc).set(id, map);
  }, origin);
  return id;
}

/**
 * Proposes a missing event. Returns the proposal's id.
 * @throws ZodError for bad input; nothing is written then.
 */
export function proposeEvent(
  doc: Y.Doc,
  input: ProposeEventInput,
  origin?: unknown,
  now = Date.now(),
): string {
  const { event, reason, author, via } = ProposeEventInputSchema.parse(input);
  return writeProposal(
    doc,
    { type: 'add', event: plainEvent(event), reason, author, via, createdAt: now },
    origin,
  );
}

/**
 * Flags an event as wrong or incomplete, with a reason and optionally the event as it
 * should read. Returns the proposal's id, or null when the event is no longer there.
 * @throws ZodError for bad input; nothing is written then.
 */
export function flagEvent(
  doc: Y.Doc,
  eventId: string,
  input: FlagEventInput,
  origin?: unknown,
  now = Date.now(),
): string | null {
  const id = TimelineEventIdSchema.parse(eventId);
  const { problem, reason, correction, author, via } = FlagEventInputSchema.parse(input);
  if (!(timelineMap(doc).get(id) instanceof Y.Map)) return null;
  return writeProposal(
    doc,
    {
      type: 'flag',
      eventId: id,
      problem,
      reason,
      correction: correction && plainEvent(correction),
      author,
      via,
      createdAt: now,
    },
    origin,
  );
}

/** What accepting a proposal does to the timeline. */
export type ProposalEffect =
  /** Adds the proposed event (or finds the identical one already there). */
  | 'add'
  /** Replaces the flagged event's time, kind, text and source with the correction. */
  | 'edit'
  /** Removes the flagged event: it is wrong and nobody said how to fix it. */
  | 'remove'
  /** Changes nothing: the event is incomplete and nobody said how; someone edits it. */
  | 'acknowledge';

/** The effect accepting `proposal` has; pure, so the UI can say it on the button. */
export function proposalEffect(proposal: TimelineProposal): ProposalEffect {
  if (proposal.type === 'add') return 'add';
  if (proposal.correction) return 'edit';
  return proposal.problem === 'wrong' ? 'remove' : 'acknowledge';
}

/** Why {@link acceptProposal} did nothing. */
export type AcceptRefusal =
  /** No such proposal (or it is malformed). */
  | 'missing'
  /** It was already accepted or rejected, perhaps by another tab. */
  | 'decided'
  /** The flagged event has been deleted since, so the correction has nowhere to go. */
  | 'event-gone';

export type AcceptResult =
  | { ok: true; effect: ProposalEffect; eventId: string | null }
  | { ok: false; reason: AcceptRefusal };

/** Records the facilitator's decision in the facilitation doc (the only place read). */
function decide(
  facilitation: Y.Doc,
  proposalId: string,
  decision: ProposalDecision,
  origin: unknown,
): void {
  // Built without undefined keys: Yjs refuses undefined inside a JSON value.
  const value = ProposalDecisionSchema.parse(decision);
  facilitation.transact(() => proposalDecisionsMap(facilitation).set(proposalId, value), origin);
}

/** A proposal of the board doc with its decision, or null when missing or malformed. */
function proposalOf(board: Y.Doc, facilitation: Y.Doc, id: string): TimelineProposal | null {
  const map = timelineProposalsMap(board).get(id);
  return map instanceof Y.Map ? readProposal(id, map, facilitation) : null;
}

/**
 * Accepts an open proposal (facilitator): applies it to the board's timeline (see
 * {@link proposalEffect}), then records the decision in the facilitation doc. Adding an
 * event identical to one already on the timeline (same instant, kind and text) adds
 * nothing and points at the existing one; the event it adds has the proposal's id, so
 * concurrent accepts converge on one event.
 */
export function acceptProposal(
  board: Y.Doc,
  facilitation: Y.Doc,
  proposalId: string,
  origin?: unknown,
  now = Date.now(),
): AcceptResult {
  const proposal = proposalOf(board, facilitation, proposalId);
  if (!proposal) return { ok: false, reason: 'missing' };
  if (proposal.status !== 'open') return { ok: false, reason: 'decided' };
  const effect = proposalEffect(proposal);
  if (proposal.type === 'flag' && effect === 'edit') {
    if (!(timelineMap(board).get(proposal.eventId) instanceof Y.Map)) {
      return { ok: false, reason: 'event-gone' };
    }
  }

  let eventId: string | null = null;
  board.transact(() => {
    if (proposal.type === 'add') {
      const key = sameEventKey(proposal.event);
      const existing = readTimeline(board).find((e) => sameEventKey(e) === key);
      // The event is named after the proposal: two tabs accepting it at once add one.
      eventId = existing
        ? existing.id
        : addTimelineEvent(board, proposal.event as NewTimelineEvent, origin, now, proposalId);
    } else if (effect === 'edit' && proposal.correction) {
      const { at, kind, text, source = '' } = proposal.correction;
      editTimelineEvent(board, proposal.eventId, { at, kind, text, source }, origin, now);
      eventId = proposal.eventId;
    } else if (effect === 'remove') {
      deleteTimelineEvent(board, proposal.eventId, origin);
    } else if (timelineMap(board).has(proposal.eventId)) {
      eventId = proposal.eventId;
    }
  }, origin);
  const result = eventId === null ? {} : { resultEventId: eventId };
  decide(facilitation, proposalId, { status: 'accepted', decidedAt: now, ...result }, origin);
  return { ok: true, effect, eventId };
}

/**
 * Rejects an open proposal (facilitator); the timeline is left alone. Returns false
 * when the proposal is missing or already decided.
 */
export function rejectProposal(
  board: Y.Doc,
  facilitation: Y.Doc,
  proposalId: string,
  origin?: unknown,
  now = Date.now(),
): boolean {
  const proposal = proposalOf(board, facilitation, proposalId);
  if (!proposal || proposal.status !== 'open') return false;
  decide(facilitation, proposalId, { status: 'rejected', decidedAt: now }, origin);
  return true;
}

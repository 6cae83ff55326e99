/**
 * The facilitation doc: the session plan and the running session. Scope: document.
 * Only the facilitator (and the server) may write it; the server drops anyone else's
 * updates. Both values are stored whole and validated on read, so a reader never sees
 * half of a command.
 */
import type * as Y from 'yjs';
import { facilitationMap, revealedCardsMap } from '../doc/layout.ts';
import { readBrainstormCounts } from './revealedCard.ts';
import { initOwnerResponsibilities } from './postmortemOwner.ts';
import { planFromTemplate, SessionPlanSchema, type SessionPlan } from '../session/plan.ts';
import {
  INITIAL_SESSION,
  mayReveal,
  reduceSession,
  SessionCommandSchema,
  SessionStateSchema,
  type SessionCommand,
  type SessionState,
} from '../session/session.ts';
import type { Template } from '../templates.ts';

/** The stored plan, or the template's when none is stored or it is unreadable. */
export function readPlan(doc: Y.Doc, template: Template): SessionPlan {
  const result = SessionPlanSchema.safeParse(facilitationMap(doc).get('plan'));
  return result.success ? result.data : planFromTemplate(template);
}

export function readSession(doc: Y.Doc): SessionState {
  const result = SessionStateSchema.safeParse(facilitationMap(doc).get('session'));
  return result.success ? result.data : INITIAL_SESSION;
}

/** Writes a new board's plan and the owners' usual responsibilities. Server only, before the first sync. */
export function initFacilitation(doc: Y.Doc, template: Template, origin?: unknown): void {
  doc.transact(() => {
    facilitationMap(doc).set('plan', planFromTemplate(template));
    facilitationMap(doc).set('session', INITIAL_SESSION);
    initOwnerResponsibilities(doc);
  }, origin);
}

/**
 * Replaces the plan. Throws a ZodError for an invalid plan, and an Error when the
 * change would drop the phase in progress.
 */
export function updatePlan(doc: Y.Doc, plan: SessionPlan, origin?: unknown): void {
  const parsed = SessionPlanSchema.parse(plan);
  const { status, phaseId, revealed } = readSession(doc);
  if (status === 'running' && !parsed.phases.some((p) => p.id === phaseId)) {
    throw new Error('The phase in progress cannot be removed; move on first.');
  }
  const wasNamed = SessionPlanSchema.safeParse(facilitationMap(doc).get('plan')).data?.namedCards;
  if (parsed.namedCards && !wasNamed && (revealed || readBrainstormCounts(doc).cards > 0)) {
    // People wrote believing they were anonymous; the server refuses to name them anyway.
    throw new Error('Named cards can only be turned on before anyone writes a card.');
  }
  doc.transact(() => facilitationMap(doc).set('plan', parsed), origin);
}

/**
 * Runs one facilitator command at server time `now`. Returns the new state; writes
 * nothing when the command changes nothing.
 */
export function runSessionCommand(
  doc: Y.Doc,
  template: Template,
  command: SessionCommand,
  now: number,
  origin?: unknown,
): SessionState {
  const parsed = SessionCommandSchema.parse(command);
  const before = readSession(doc);
  // Stored times are whole milliseconds; a fractional clock reading would fail the schema
  // on read and the session would look as if it never started.
  const after = reduceSession(readPlan(doc, template), before, parsed, Math.round(now));
  if (after === before) return before;
  const valid = SessionStateSchema.parse(after);
  doc.transact(() => facilitationMap(doc).set('session', valid), origin);
  return valid;
}

/**
 * Turns off a reveal written before the session started (`mayReveal`), which only a
 * crafted client can write: the server runs it on every change of the facilitation doc,
 * so such a reveal neither publishes the cards nor waits to take effect at the start. A
 * board whose cards are out already (an imported meeting) keeps its reveal.
 * @returns whether it wrote
 */
export function withdrawEarlyReveal(doc: Y.Doc, origin?: unknown): boolean {
  const session = readSession(doc);
  if (!session.revealed || mayReveal(session) || revealedCardsMap(doc).size > 0) return false;
  doc.transact(() => facilitationMap(doc).set('session', { ...session, revealed: false }), origin);
  return true;
}

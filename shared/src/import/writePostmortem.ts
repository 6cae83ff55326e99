/**
 * Writes an imported {@link PostmortemDocument} into a new board's docs, through the same
 * commands people's edits use, so every value passes the entity's own rules. A value a
 * command refuses becomes an issue named by its path in the document
 * (`timeline.events[3].text: …`) and nothing is written at all: the caller writes into
 * fresh docs and copies them to the board only when this succeeds.
 *
 * The meeting's content — revealed cards, clusters, the tally, the discussions, where the
 * session stood — is written by writeMeeting.ts, the cards as the server's own (keyed by
 * its secret) since no member's private doc backs them; the attendance is recorded by the
 * route. Owners' confirmations are each owner's own word and are listed in `notImported`,
 * never dropped silently. The derived lessons, metrics and resolution steps come back by
 * themselves.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { acceptWontDo } from '../entities/actionAcceptance.ts';
import { addActionItem, setActionStatus } from '../entities/actionItem.ts';
import { setDocumentTemplate } from '../entities/documentTemplate.ts';
import { editFindingsProse, setSupportingLinks } from '../entities/findings.ts';
import { setFollowUp } from '../entities/followUp.ts';
import { updateIncident } from '../entities/incident.ts';
import { setOwnerResponsibilities, setPostmortemOwners } from '../entities/postmortemOwner.ts';
import { setPostmortemStatus } from '../entities/postmortemStatus.ts';
import { addTimelineEvent } from '../entities/timelineEvent.ts';
import type { PostmortemDocument } from '../export/document.ts';
import { randomId } from '../ids.ts';
import { formatIssuePath, type ImportIssue } from '../api/import.ts';
import type { Template } from '../templates.ts';
import { DisplayNameSchema } from '../presence.ts';
import { addressesOn, writeMeeting, type WrittenMeeting } from './writeMeeting.ts';

export type WriteOutcome =
  | { readonly ok: true; readonly notImported: readonly string[] }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/** A command's refusal, told at `path` in the document (and the command's own path under it). */
class Refused extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}

/**
 * Runs a command for the value at `path`; a refusal is told there. `names` renames the
 * command's fields to the document's (an action's `title` is its `action`).
 */
function at(path: string, run: () => unknown, names: Record<string, string> = {}): void {
  try {
    run();
  } catch (error) {
    if (error instanceof z.ZodError) {
      throw new Refused(
        error.issues.map((issue) => {
          const [first, ...rest] = issue.path;
          const renamed = typeof first === 'string' && names[first] ? names[first] : first;
          const inner = formatIssuePath(first === undefined ? [] : [renamed!, ...rest]);
          const joined =
            inner === '' ? path : inner.startsWith('[') ? path + inner : `${path}.${inner}`;
          return { path: joined, message: issue.message };
        }),
      );
    }
    throw new Refused([{ path, message: error instanceof Error ? error.message : String(error) }]);
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the document holds that an import does not write, in words for the person
 * importing: owners' confirmations, which are each owner's own word on this instance
 * (entities/ownerConfirmation.ts) and cannot be given for them.
 */
export function notImportedOf(doc: PostmortemDocument): string[] {
  const confirmed = (doc.actionItems ?? []).filter((a) => a.ownerConfirmed).length;
  return confirmed > 0 ? [count(confirmed, "owner's confirmation", "owners' confirmations")] : [];
}

/** Incident fields by their place in the document. */
function incidentPatch(doc: PostmortemDocument) {
  const s = doc.summary;
  return {
    title: s.incidentTitle,
    severity: doc.status.severity,
    status: doc.status.incident,
    timeZone: doc.timeZone,
    startedAt: s.startedAt,
    detectedAt: s.detectedAt,
    mitigatedAt: s.mitigatedAt,
    resolvedAt: s.resolvedAt,
    summary: s.text,
    services: s.services,
    channel: s.channel,
    links: s.links,
    impact: { ...doc.impact },
  };
}

/** Where each incident field is in the document, for an issue's path. */
const INCIDENT_PATHS: Record<string, string> = {
  title: 'summary.incidentTitle',
  severity: 'status.severity',
  status: 'status.incident',
  timeZone: 'timeZone',
  summary: 'summary.text',
  impact: 'impact',
};

function writeIncident(board: Y.Doc, doc: PostmortemDocument, origin: unknown): void {
  const patch = incidentPatch(doc);
  for (const [key, value] of Object.entries(patch)) {
    at(INCIDENT_PATHS[key] ?? `summary.${key}`, () =>
      updateIncident(board, { [key]: value } as Parameters<typeof updateIncident>[1], origin),
    );
  }
}

const IMPACT_OF = {
  'quick win': 'high',
  'major project': 'high',
  'fill-in': 'low',
  thankless: 'low',
} as const;
const EFFORT_OF = {
  'quick win': 'low',
  'major project': 'high',
  'fill-in': 'low',
  thankless: 'high',
} as const;

function writeActions(
  board: Y.Doc,
  facilitation: Y.Doc,
  doc: PostmortemDocument,
  meeting: WrittenMeeting,
  origin: unknown,
  now: number,
): void {
  const gone = new Map<string, string>();
  (doc.actionItems ?? []).forEach((a, i) => {
    at(
      `actionItems[${i}]`,
      () => {
        // Later rows a moment later: equal ranks keep the document's order.
        const id = addActionItem(
          board,
          {
            title: a.action,
            details: a.details || undefined,
            owner: a.owner ?? undefined,
            due: a.due ?? undefined,
            impact: a.quadrant ? IMPACT_OF[a.quadrant] : undefined,
            effort: a.quadrant ? EFFORT_OF[a.quadrant] : undefined,
            link: a.link ?? undefined,
            type: a.type ?? undefined,
            ...addressesOn(meeting, a.addresses, gone),
          },
          origin,
          now + i,
        );
        setActionStatus(
          board,
          id,
          { status: a.status, reason: a.reason ?? undefined },
          origin,
          now + i,
        );
        if (a.status === "won't do" && a.resolved === true && a.reason) {
          acceptWontDo(facilitation, id, a.reason, origin, now + i);
        }
      },
      { title: 'action' },
    );
  });
}

/**
 * The team's findings, the template the document follows: each absent in a file from
 * before them, and then nothing is written.
 */
function writeFindings(
  board: Y.Doc,
  facilitation: Y.Doc,
  doc: PostmortemDocument,
  origin: unknown,
) {
  const prose = [
    ['trigger', 'trigger', doc.trigger],
    ['leadup', 'leadup', doc.leadup],
    ['detection.howFound', 'detection', doc.detection?.howFound],
    ['detection.sooner', 'detectionSooner', doc.detection?.sooner],
    ['resolution.notes', 'recovery', doc.resolution.notes],
    ['lessonsLearned', 'lessons', doc.lessonsLearned?.join('\n')],
  ] as const;
  for (const [path, key, value] of prose) {
    if (value) at(path, () => editFindingsProse(board, key, value, origin));
  }
  if (doc.supportingLinks?.length) {
    const links = doc.supportingLinks;
    at('supportingLinks', () => setSupportingLinks(board, links, origin));
  }
  const template = doc.outline?.template;
  if (template) at('outline.template', () => setDocumentTemplate(facilitation, template, origin));
}

/**
 * Writes `doc` into a new board's board doc and facilitation doc (fresh docs, as the
 * board's creation left them). On an issue, the docs may hold part of it: discard them.
 */
export function writePostmortem(
  board: Y.Doc,
  facilitation: Y.Doc,
  doc: PostmortemDocument,
  options: {
    readonly origin: unknown;
    readonly template: Template;
    /** The server's keyed id of the import's `n`th card (writeImportedCards). */
    readonly importedId: (n: number) => string;
    readonly now?: number;
  },
): WriteOutcome {
  const { origin, template, importedId, now = Date.now() } = options;
  try {
    writeIncident(board, doc, origin);
    const meeting = writeMeeting(board, facilitation, doc, template, {
      origin,
      now,
      importedId,
      at,
    });
    // Ids in the document's order, so events at the same instant keep it.
    const prefix = randomId(8).replace(/[^A-Za-z0-9]/g, 'x');
    doc.timeline.events.forEach((e, i) => {
      at(`timeline.events[${i}]`, () =>
        addTimelineEvent(
          board,
          { at: e.at, kind: e.kind, text: e.text, source: e.source ?? undefined },
          origin,
          now,
          `${prefix}${String(i).padStart(6, '0')}`,
        ),
      );
    });
    writeActions(board, facilitation, doc, meeting, origin, now);
    writeFindings(board, facilitation, doc, origin);
    if (doc.owners) {
      const { names, responsibilities } = doc.owners;
      at('owners.names', () => setPostmortemOwners(facilitation, names, origin));
      at('owners.responsibilities', () =>
        setOwnerResponsibilities(facilitation, responsibilities, origin),
      );
    }
    if (doc.followUp) {
      const { date, time, timeZone, durationMinutes } = doc.followUp;
      at('followUp', () => setFollowUp(board, { date, time, timeZone, durationMinutes }, origin));
    }
    // The attendance is recorded by the server after this; each name is checked here.
    (doc.participants ?? []).forEach((group, g) =>
      group.names.forEach((name, n) =>
        at(`participants[${g}].names[${n}]`, () => DisplayNameSchema.parse(name)),
      ),
    );
    at('status.postmortem', () => {
      const check = setPostmortemStatus(board, doc.status.postmortem, origin, facilitation);
      if (!check.ok) throw new Error('closed while an action is not done');
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issues: error.issues };
    throw error;
  }
  return { ok: true, notImported: notImportedOf(doc) };
}

/**
 * Fills the incident facts from the JSON shape of the sample incident
 * (fixtures/incident.json), so demos, screenshots and tests can start from a full board.
 *
 * The shape is looser than the model's, as hand-written files are: `links` is an object
 * of name → address, the channel may be a name rather than a URL, revenue may be a
 * number, and `impact` may carry figures the model has no field for (`failedCheckouts`).
 * Those figures are kept, as sentences appended to the impact description, rather than
 * dropped.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import {
  checkIncidentPatch,
  INCIDENT_DEFAULTS,
  IncidentValidationError,
  isHttpUrl,
  updateIncident,
  type Incident,
  type IncidentLink,
  type IncidentPatch,
} from './incident.ts';

const scalar = z.union([z.string(), z.number()]);

/** The file's shape; every field optional, checked in detail by the model afterwards. */
export const IncidentFixtureSchema = z.looseObject({
  title: z.string().optional(),
  severity: z.string().optional(),
  status: z.string().optional(),
  timeZone: z.string().optional(),
  startedAt: scalar.nullable().optional(),
  detectedAt: scalar.nullable().optional(),
  mitigatedAt: scalar.nullable().optional(),
  resolvedAt: scalar.nullable().optional(),
  services: z.array(z.string()).optional(),
  impact: z.record(z.string(), z.unknown()).optional(),
  summary: z.string().optional(),
  channel: z.string().optional(),
  links: z
    .union([
      z.record(z.string(), z.string()),
      z.array(z.object({ label: z.string(), url: z.string() })),
    ])
    .optional(),
});
export type IncidentFixture = z.input<typeof IncidentFixtureSchema>;

/** Impact keys of the file → model fields. */
const IMPACT_KEYS: Record<string, keyof Incident['impact']> = {
  usersAffected: 'usersAffected',
  durationMinutes: 'durationMinutes',
  revenueLost: 'revenueLost',
  estimatedRevenueLost: 'revenueLost',
  errorBudgetBurned: 'errorBudgetBurned',
  description: 'description',
};

/** `failedCheckouts` → "Failed checkouts"; `ticket` → "Ticket". */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** Link labels for the usual keys; other keys are humanized. */
const LINK_LABELS: Record<string, string> = {
  channel: 'Incident channel',
  dashboard: 'Dashboard',
  ticket: 'Ticket',
};

/**
 * The patch that fills a board with the facts of an incident file.
 * @throws IncidentValidationError when the file's shape or any fact is wrong.
 */
export function incidentPatchFromFixture(json: unknown): IncidentPatch {
  const shape = IncidentFixtureSchema.safeParse(json);
  if (!shape.success) {
    throw new IncidentValidationError(
      shape.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: `The incident file is malformed at '${i.path.join('.') || 'top level'}': ${i.message}`,
      })),
    );
  }
  const { impact = {}, links, ...rest } = shape.data;
  const patch: IncidentPatch = {};
  for (const key of [
    'title',
    'severity',
    'status',
    'timeZone',
    'startedAt',
    'detectedAt',
    'mitigatedAt',
    'resolvedAt',
    'services',
    'summary',
    'channel',
  ] as const) {
    if (rest[key] !== undefined) Object.assign(patch, { [key]: rest[key] });
  }

  const impactPatch: Record<string, unknown> = {};
  const extras: string[] = [];
  for (const [key, value] of Object.entries(impact)) {
    const field = IMPACT_KEYS[key];
    if (field === 'revenueLost' && typeof value === 'number') impactPatch[field] = String(value);
    else if (field) impactPatch[field] = value;
    else if (typeof value === 'string' || typeof value === 'number') {
      extras.push(`${humanize(key)}: ${value}.`);
    }
  }
  if (extras.length > 0) {
    const description = typeof impactPatch.description === 'string' ? impactPatch.description : '';
    impactPatch.description = [description, ...extras].filter((s) => s !== '').join('\n');
  }
  if (Object.keys(impactPatch).length > 0) patch.impact = impactPatch;

  if (Array.isArray(links)) {
    patch.links = links;
  } else if (links) {
    const list: IncidentLink[] = [];
    for (const [key, value] of Object.entries(links)) {
      // A channel written as a name ("#inc-…") is not a link; keep it as the channel.
      if (key === 'channel' && !isHttpUrl(value)) patch.channel ??= value;
      else list.push({ label: LINK_LABELS[key] ?? humanize(key), url: value });
    }
    patch.links = list;
  }

  checkIncidentPatch(INCIDENT_DEFAULTS, patch);
  return patch;
}

/**
 * Fills the board's facts from an incident file, in one transaction.
 * @throws IncidentValidationError when the file is wrong; then nothing changes.
 */
export function loadIncidentFixture(doc: Y.Doc, json: unknown, origin?: unknown): Incident {
  return updateIncident(doc, incidentPatchFromFixture(json), origin);
}

/**
 * From what a person typed in a facts field to the patch `updateIncident` checks, and
 * from its refusal to the message shown next to that field. Pure. Values that cannot be
 * read locally still go to the shared schema as typed, so there is one set of messages.
 */
import {
  IncidentValidationError,
  type IncidentImpact,
  type IncidentIssue,
  type IncidentPatch,
} from '@hindsight/shared';

/** A number field's text as the model wants it: null when blank, digits as a number. */
export function readCount(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const plain = trimmed.replace(/[\s,_']/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed;
}

type ImpactKey = keyof IncidentImpact;

/** The patch that sets one field from its text. Fields are `title`, `impact.revenueLost`… */
export function patchFor(field: string, text: string): IncidentPatch {
  if (field.startsWith('impact.')) {
    const key = field.slice('impact.'.length) as ImpactKey;
    const value = key === 'usersAffected' || key === 'durationMinutes' ? readCount(text) : text;
    return { impact: { [key]: value } } as IncidentPatch;
  }
  return { [field]: text } as IncidentPatch;
}

/** The issues about `field` (or under it, like `links.1.url`); all of them when none is. */
export function issuesFor(issues: readonly IncidentIssue[], field: string): string[] {
  const own = issues.filter((i) => i.path === field || i.path.startsWith(`${field}.`));
  return (own.length > 0 ? own : issues).map((i) => i.message);
}

/** The message for a refused change, or a plain one for an unexpected error. */
export function refusal(error: unknown, field: string): string {
  if (error instanceof IncidentValidationError) return issuesFor(error.issues, field).join(' ');
  return error instanceof Error ? error.message : 'That change could not be saved.';
}

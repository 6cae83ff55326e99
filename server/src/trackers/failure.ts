/**
 * A failed tracker call as people and the log see it: the sentence (trackers/problem.ts)
 * for anyone, and the tracker's own words for the log and admins only.
 */
import type { TrackerKind, TrackerTarget } from '@hindsight/shared';
import { TrackerCallError } from './client.ts';
import { trackerProblem } from './problem.ts';

/** The sentence for `err` from a call to `kind`, about `target` when there is one. */
export function problemOf(err: unknown, kind: TrackerKind, target: TrackerTarget | null): string {
  const failure =
    err instanceof TrackerCallError
      ? { kind: err.kind, cause: err.failure, status: err.status }
      : { kind, cause: 'unexpected' as const, status: null };
  return trackerProblem(failure, target);
}

/** What the log keeps of `err`: the status and the tracker's own words, never a token. */
export function logOf(err: unknown): Record<string, unknown> {
  return err instanceof TrackerCallError
    ? { status: err.status, cause: err.failure, trackerSaid: err.detail }
    : { err: String(err) };
}

/**
 * Text cut into plain runs and flagged runs, for underlining blame hints under a field.
 * Pure. Hints come from shared `blameHints`, in order and without overlaps.
 */
import type { BlameHint } from '@hindsight/shared';

export interface TextSegment {
  readonly text: string;
  /** The hint that flags this run, or null for plain text. */
  readonly hint: BlameHint | null;
}

export function blameSegments(text: string, hints: readonly BlameHint[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const hint of hints) {
    if (hint.start < at || hint.end > text.length) continue;
    if (hint.start > at) segments.push({ text: text.slice(at, hint.start), hint: null });
    segments.push({ text: text.slice(hint.start, hint.end), hint });
    at = hint.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hint: null });
  return segments;
}

/**
 * The counter under a card editor: silent while there is plenty of room, then the
 * characters left, then how far over the limit the text is.
 */
export interface CharsLeft {
  /** What to show, or null to show nothing. */
  readonly text: string | null;
  readonly over: boolean;
}

/** Start counting when this many characters are left. */
export const COUNT_FROM = 100;

export function charsLeft(text: string, max: number): CharsLeft {
  const left = max - text.trim().length;
  if (left < 0) return { text: `${-left} over the limit`, over: true };
  if (left <= COUNT_FROM) return { text: `${left} left`, over: false };
  return { text: null, over: false };
}

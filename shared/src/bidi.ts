/**
 * Bidirectional control characters in user text. An override or isolate makes text
 * display in another order than it is stored ("invoice\u202Etxt.exe" shows as
 * "invoiceexe.txt"), so what a reader of an export or an invite sees would not be what
 * was typed (CVE-2021-42574, "Trojan Source"). The exports and the invites drop them;
 * right-to-left scripts still display right to left, by the Unicode bidi algorithm,
 * without them.
 */

/**
 * The embeddings and overrides (U+202A–U+202E), the isolates (U+2066–U+2069), the
 * left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional control characters. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Every string in a JSON-like value (object keys included) without bidi controls. */
export function withoutBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControlsDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [withoutBidiControls(k), withoutBidiControlsDeep(v)]),
    ) as T;
  }
  return value;
}

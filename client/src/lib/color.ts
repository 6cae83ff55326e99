/**
 * Presence colours. Derived from the display name so that a person keeps their colour
 * across reloads and devices without storing anything.
 */

/**
 * Dark enough for white initials (12 px bold) to read at 4.5:1 or more on every one, calm
 * enough for a work tool.
 */
export const PRESENCE_COLORS = [
  '#c24010',
  '#c2255c',
  '#9c36b5',
  '#6741d9',
  '#3b5bdb',
  '#1971c2',
  '#0b7a8a',
  '#08805e',
  '#2b7a36',
  '#a65a00',
] as const;

/** FNV-1a, 32 bit: tiny, stable across engines, good enough to spread names. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The colour for a display name; case and surrounding spaces do not matter. */
export function colorForName(name: string): string {
  const key = name.trim().toLowerCase();
  return PRESENCE_COLORS[hash(key) % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}

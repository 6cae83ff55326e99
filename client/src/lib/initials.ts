/** One or two letters for an avatar: first letters of the first and last word. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = last ? [first, last].map((w) => Array.from(w)[0]) : Array.from(first).slice(0, 2);
  return letters.join('').toUpperCase();
}

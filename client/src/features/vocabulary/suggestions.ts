/**
 * The suggestions worth showing: the vocabulary's values minus those already given,
 * compared case-insensitively (the vocabulary is merged that way). Pure.
 */
export function newSuggestions(values: readonly string[], given: readonly string[]): string[] {
  const taken = new Set(given.map((v) => v.trim().toLowerCase()));
  return values.filter((v) => !taken.has(v.toLowerCase()));
}

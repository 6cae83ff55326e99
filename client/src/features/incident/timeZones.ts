/** The zones a picker offers, and how a search narrows them. Pure but for `Intl`. */

/** Every IANA zone this browser knows, UTC first. */
export function allTimeZones(): string[] {
  const listed =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...listed.filter((zone) => zone !== 'UTC')];
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[_/\s-]+/g, ' ')
    .trim();

/**
 * Zones matching every word of `query` ("new york", "europe ber"), best first: names
 * whose city starts with the query, then the rest in list order. The `current` zone is
 * always first, so a list never hides what is chosen. At most `limit` zones.
 */
export function searchZones(
  zones: readonly string[],
  query: string,
  current: string,
  limit = 60,
): string[] {
  const words = normal(query).split(' ').filter(Boolean);
  const hits = zones.filter((zone) => {
    const name = normal(zone);
    return words.every((w) => name.includes(w));
  });
  const q = normal(query);
  const city = (zone: string) => normal(zone.split('/').at(-1) ?? zone);
  const ranked = q
    ? [...hits.filter((z) => city(z).startsWith(q)), ...hits.filter((z) => !city(z).startsWith(q))]
    : hits;
  const rest = ranked.filter((zone) => zone !== current);
  return [...(current ? [current] : []), ...rest].slice(0, limit);
}

/**
 * Times of day as the app writes them: 24-hour `HH:MM`, whatever the browser's locale
 * (a native time picker shows 2:30 PM in an American browser). Pure.
 */

/**
 * What a person typed, as `HH:MM`: "14:30", "9:05", "0930", "930", "14.30" and "14h30"
 * are read; null for anything else (a 12-hour "2:30 PM" included, which would be a guess).
 */
export function readClock24(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** When a version was taken, as the history lists it: "10:42" today, "3 Nov, 10:42" before. */
export function versionTime(takenAt: number, now: number, locale?: string): string {
  const at = new Date(takenAt);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === new Date(now).toDateString()) return time;
  const day = at.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
  return `${day}, ${time}`;
}

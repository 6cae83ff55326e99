/**
 * The timeline as an inline SVG chart, as a string: a time axis with the impact shaded
 * from start to resolution, the four incident instants as labelled lines, and one
 * numbered dot per event (the numbers are the rows of the timeline table). Pure string
 * building, so the server renders it with no DOM; all text is escaped with escapeHtml.
 */
import type { TimelineKind } from '../entities/timelineEvent.ts';
import { formatInstant, offsetMinutesAt } from '../time/zone.ts';
import type { PostmortemDocument } from './document.ts';
import { escapeHtml } from './escape.ts';
import { factTimes } from './words.ts';

/** Dot colour per kind; readable on white and in greyscale print. */
export const KIND_COLORS: Readonly<Record<TimelineKind, string>> = {
  trigger: '#c92a2a',
  detection: '#1c5fb8',
  alert: '#e67700',
  escalation: '#6741d9',
  action: '#495057',
  'failed attempt': '#d9480f',
  mitigation: '#2b8a3e',
  resolution: '#087f5b',
  communication: '#0b7285',
  other: '#868e96',
};

const WIDTH = 720;
const PAD_X = 24;
const ROW = 15;
const FONT = 11;
/** Rough width of a character at {@link FONT} px: enough to keep labels apart. */
const CHAR_WIDTH = 6.4;
const MAX_LEVELS = 6;
const MINUTE = 60_000;
/** Tick steps, minutes: the first that gives at most 8 ticks is used. */
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200];

interface Placed<T> {
  item: T;
  x: number;
  level: number;
}

/** Puts each label on the lowest row where it does not overlap the one before it. */
function stagger<T>(items: readonly { item: T; x: number; width: number }[]): Placed<T>[] {
  const rightEdges: number[] = [];
  return [...items]
    .sort((a, b) => a.x - b.x)
    .map(({ item, x, width }) => {
      const left = x - width / 2;
      let level = rightEdges.findIndex((right) => right + 4 <= left);
      if (level === -1) level = rightEdges.length < MAX_LEVELS ? rightEdges.length : 0;
      rightEdges[level] = x + width / 2;
      return { item, x, level };
    });
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The chart, or null when the document has no instant to draw. */
export function renderTimelineSvg(doc: PostmortemDocument): string | null {
  const events = doc.timeline.events.map((e, i) => ({ ...e, n: i + 1, ms: Date.parse(e.at) }));
  const facts = factTimes(doc).map(([label, at]) => ({ label, ms: Date.parse(at) }));
  const all = [...events.map((e) => e.ms), ...facts.map((f) => f.ms)];
  if (all.length === 0) return null;

  let from = Math.min(...all);
  let to = Math.max(...all);
  if (to - from < 10 * MINUTE) {
    const mid = (from + to) / 2;
    from = mid - 5 * MINUTE;
    to = mid + 5 * MINUTE;
  }
  const span = to - from;
  const x = (ms: number) => PAD_X + ((ms - from) / span) * (WIDTH - 2 * PAD_X);

  const milestones = stagger(
    facts.map((f) => ({ item: f, x: x(f.ms), width: f.label.length * CHAR_WIDTH })),
  );
  const dots = stagger(
    events.map((e) => ({ item: e, x: x(e.ms), width: String(e.n).length * CHAR_WIDTH + 2 })),
  );
  const milestoneRows = milestones.reduce((n, m) => Math.max(n, m.level + 1), 0);
  const dotRows = dots.reduce((n, d) => Math.max(n, d.level + 1), 0);
  const axisY = 8 + (milestoneRows + dotRows) * ROW + 10;
  const tickY = axisY + 18;
  const legendY = tickY + 24;
  const kinds = [...new Set(events.map((e) => e.kind))];
  // The legend wraps onto as many rows as it needs.
  const legend: { kind: TimelineKind; x: number; y: number }[] = [];
  let lx = PAD_X;
  let ly = legendY;
  for (const kind of kinds) {
    const width = 12 + kind.length * CHAR_WIDTH + 14;
    if (lx + width > WIDTH - PAD_X && lx > PAD_X) {
      lx = PAD_X;
      ly += ROW;
    }
    legend.push({ kind, x: lx, y: ly });
    lx += width;
  }
  const height = (legend.at(-1)?.y ?? tickY) + 8;

  const out: string[] = [];
  const description = `${events.length} events from ${formatInstant(from, doc.timeZone)} to ${formatInstant(to, doc.timeZone)}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-chart-title timeline-chart-desc" font-size="${FONT}">`,
    `<title id="timeline-chart-title">Incident timeline</title>`,
    `<desc id="timeline-chart-desc">${escapeHtml(description)}</desc>`,
  );

  // Impact: from the start to the resolution (or the mitigation), when both are known.
  const start = doc.summary.startedAt;
  const end = doc.summary.resolvedAt ?? doc.summary.mitigatedAt;
  if (start && end) {
    const x0 = x(Date.parse(start));
    const x1 = x(Date.parse(end));
    out.push(
      `<rect x="${fmt(x0)}" y="${axisY - 6}" width="${fmt(Math.max(1, x1 - x0))}" height="12" fill="#fde2e2"/>`,
    );
  }
  out.push(
    `<line x1="${PAD_X}" y1="${axisY}" x2="${WIDTH - PAD_X}" y2="${axisY}" stroke="#5d636d" stroke-width="1.5"/>`,
  );

  // Ticks, on round local times.
  const stepMin = TICK_STEPS.find((s) => span / (s * MINUTE) <= 8) ?? TICK_STEPS.at(-1)!;
  const step = stepMin * MINUTE;
  const offset = offsetMinutesAt(from, doc.timeZone) * MINUTE;
  for (let t = Math.ceil((from + offset) / step) * step - offset; t <= to; t += step) {
    const label = formatInstant(t, doc.timeZone, { date: stepMin >= 1440, zoneName: false });
    out.push(
      `<line x1="${fmt(x(t))}" y1="${axisY}" x2="${fmt(x(t))}" y2="${axisY + 5}" stroke="#5d636d"/>`,
      `<text x="${fmt(x(t))}" y="${tickY}" text-anchor="middle" fill="#5d636d">${escapeHtml(label)}</text>`,
    );
  }

  for (const { item, x: mx, level } of milestones) {
    const y = 8 + (level + 1) * ROW - 4;
    // Centred on its line, but moved in where it would run off an edge: Resolved is
    // usually the last instant, at the right end.
    const half = (item.label.length * CHAR_WIDTH) / 2;
    const tx = Math.min(Math.max(mx, half + 2), WIDTH - half - 2);
    out.push(
      `<line x1="${fmt(mx)}" y1="${y + 3}" x2="${fmt(mx)}" y2="${axisY + 8}" stroke="#8a9099" stroke-dasharray="3 2"/>`,
      `<text x="${fmt(tx)}" y="${y}" text-anchor="middle" font-weight="600" fill="#1d2127">${escapeHtml(item.label)}</text>`,
    );
  }

  const dotTop = 8 + milestoneRows * ROW;
  for (const { item, x: dx, level } of dots) {
    const y = dotTop + (dotRows - level) * ROW - 4;
    out.push(
      `<circle cx="${fmt(dx)}" cy="${axisY}" r="4.5" fill="${KIND_COLORS[item.kind]}" stroke="#fff" stroke-width="1"><title>${escapeHtml(`${item.n}. ${item.kind}: ${item.text}`)}</title></circle>`,
      `<text x="${fmt(dx)}" y="${y}" text-anchor="middle" fill="${KIND_COLORS[item.kind]}">${item.n}</text>`,
    );
  }

  for (const { kind, x: kx, y } of legend) {
    out.push(
      `<circle cx="${fmt(kx + 4)}" cy="${y - 4}" r="4" fill="${KIND_COLORS[kind]}"/>`,
      `<text x="${fmt(kx + 12)}" y="${y}" fill="#1d2127">${escapeHtml(kind)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

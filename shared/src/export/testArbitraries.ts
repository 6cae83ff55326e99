/**
 * fast-check arbitraries for the export's property tests: text that tries every trick
 * of every format, and whole documents filled with it. Tests only.
 */
import fc from 'fast-check';
import { withoutBidiControls } from '../bidi.ts';
import { priorityLevel, QUADRANTS } from '../actions/priority.ts';
import {
  ACTION_STATUSES,
  POSTMORTEM_SCHEMA_VERSION,
  PostmortemDocumentSchema,
  type ExportActionItem,
  type ExportRootCause,
  type PostmortemDocument,
} from './document.ts';

/** Pieces that mean something in Markdown, HTML, SVG, CSV or a spreadsheet. */
const TRICKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</td></tr></table>',
  '<br>',
  '<!--',
  ']]>',
  '&amp;',
  '&#60;',
  '"',
  "'",
  '`',
  '```',
  '~~~',
  '|',
  '\\',
  '\\|',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '    ',
  '# ',
  '## Action items',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '---',
  '===',
  '***',
  '_x_',
  '**',
  '[x](javascript:alert(1))',
  '![x](http://e.example/i.png)',
  '[^1]',
  '$x$',
  '~~',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("http://e.example","x")',
  ',',
  'javascript:alert(1)',
  'data:text/html,x',
  ' ',
  'é',
  '🔥',
  '\u2028',
  // Bidirectional controls: "txt.exe" must never display as "exe.txt".
  'txt\u202Eexe.',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u00a0',
];

/** Text made of format tricks, plain characters and any Unicode. */
export const nastyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TRICKS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** A link target: a real web URL, or a trick. */
export const nastyUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' http://e.example/"onmouseover="x',
  ),
  nastyText,
);

/**
 * A document's every person-written string, with a placeholder for each; the shape
 * (how many cards, events, actions...) is part of the value.
 */
export interface DocumentTexts {
  title: string;
  incidentTitle: string;
  summary: string;
  services: string[];
  channel: string;
  links: { label: string; url: string }[];
  impact: [string, string, string];
  events: { text: string; source: string }[];
  columns: { title: string; prompt: string; cards: { text: string; author: string }[] }[];
  clusters: { title: string; cards: string[] }[];
  causes: {
    topic: string;
    whys: { why: string; because: string }[];
    factors: string[];
    reduceImpact: string;
    notes: string;
  }[];
  notes: string;
  lessons: { text: string; topic: string }[];
  actions: {
    action: string;
    details: string;
    owner: string;
    link: string;
    topic: string;
    cause: string;
  }[];
  owners: string[];
  responsibilities: string[];
  participants: string[];
}

const some = <T>(arb: fc.Arbitrary<T>, maxLength = 3) => fc.array(arb, { maxLength });

export const documentTexts: fc.Arbitrary<DocumentTexts> = fc.record({
  title: nastyText,
  incidentTitle: nastyText,
  summary: nastyText,
  services: some(nastyText),
  channel: nastyText,
  links: some(fc.record({ label: nastyText, url: nastyUrl })),
  impact: fc.tuple(nastyText, nastyText, nastyText),
  events: some(fc.record({ text: nastyText, source: nastyText }), 4),
  columns: fc.array(
    fc.record({
      title: nastyText,
      prompt: nastyText,
      cards: some(fc.record({ text: nastyText, author: nastyText })),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  clusters: some(fc.record({ title: nastyText, cards: some(nastyText) }), 2),
  causes: some(
    fc.record({
      topic: nastyText,
      whys: some(fc.record({ why: nastyText, because: nastyText }), 4),
      factors: some(nastyText),
      reduceImpact: nastyText,
      notes: nastyText,
    }),
    2,
  ),
  notes: nastyText,
  lessons: some(fc.record({ text: nastyText, topic: nastyText })),
  actions: some(
    fc.record({
      action: nastyText,
      details: nastyText,
      owner: nastyText,
      link: nastyUrl,
      topic: nastyText,
      cause: nastyText,
    }),
    5,
  ),
  owners: some(nastyText),
  responsibilities: some(nastyText),
  participants: some(nastyText),
});

/**
 * The same texts with every non-empty one replaced by a plain word (`x1`, `x2`...; equal
 * texts, once without bidirectional controls, get the same word, so comparisons between fields come out the same); URLs are
 * kept as they are.
 */
export function placeholders(texts: DocumentTexts): DocumentTexts {
  const words = new Map<string, string>();
  const x = (s: string) => {
    // The exports drop bidirectional controls (bidi.ts): a text of only those is blank.
    s = withoutBidiControls(s);
    if (s === '') return '';
    if (!words.has(s)) words.set(s, `x${words.size + 1}`);
    return words.get(s)!;
  };
  const deep = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return key === 'url' || key === 'link' ? value : x(value);
    if (Array.isArray(value)) return value.map((v) => deep(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v, k)]));
    }
    return value;
  };
  return deep(texts) as DocumentTexts;
}

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-03T14:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const clusterId = (i: number) => `PropertyCluster${i}`;

/** A discussion whose chain, when the index is even, has its last level marked. */
function rootCause(c: DocumentTexts['causes'][number], i: number): ExportRootCause {
  const marked = i % 2 === 0 ? c.whys.length - 1 : -1;
  const level = c.whys[marked];
  return {
    ...c,
    clusterId: clusterId(i),
    whys: c.whys.map((w, j) => ({ ...w, rootCause: j === marked })),
    // A text of bidirectional controls only is blank, as its placeholder is.
    rootCause:
      [level?.because, level?.why].find((text) => text && withoutBidiControls(text)) ?? null,
  };
}

/** An action item with every combination of optional fields over the first few indexes. */
function actionItem(a: DocumentTexts['actions'][number], i: number): ExportActionItem {
  const quadrant = i % 5 === 4 ? null : QUADRANTS[i % 4]!;
  return {
    id: `PropertyAction${i}`,
    action: a.action,
    details: a.details,
    owner: i % 2 === 0 ? a.owner : null,
    ownerConfirmed: i % 4 === 0,
    due: i % 2 === 0 ? '2026-11-20' : null,
    quadrant,
    priority: quadrant && priorityLevel(quadrant),
    status: ACTION_STATUSES[i % 5]!,
    reason: i % 5 === 2 || i % 5 === 4 ? a.details || 'waiting on the vendor' : null,
    resolved: i % 5 === 3 || (i % 5 === 4 && i % 2 === 0),
    link: i % 3 === 2 ? null : a.link,
    addresses:
      i % 4 === 3
        ? null
        : {
            clusterId: clusterId(i),
            topic: i % 4 === 2 ? null : a.topic,
            cause: i % 2 === 1 ? a.cause : null,
            rootCause: i % 4 === 1,
          },
  };
}

/** A complete document holding the texts, every section filled. */
export function documentWith(t: DocumentTexts, namedCards = true): PostmortemDocument {
  const events = t.events.map((e, i) => ({
    id: `PropertyEvent${i}`,
    at: iso(T0 + i * 0.2 * HOUR),
    kind: (['trigger', 'detection', 'failed attempt', 'mitigation'] as const)[i % 4],
    text: e.text,
    source: e.source,
  }));
  return PostmortemDocumentSchema.parse({
    schemaVersion: POSTMORTEM_SCHEMA_VERSION,
    generatedAt: iso(T0 + 48 * HOUR),
    board: { id: 'PropertyBoard001', template: 'default', createdAt: iso(T0) },
    title: t.title,
    timeZone: 'Europe/Berlin',
    status: {
      severity: 'SEV2',
      incident: 'resolved',
      session: 'finished',
      sessionStartedAt: iso(T0 + 24 * HOUR),
      sessionFinishedAt: iso(T0 + 25 * HOUR),
      postmortem: 'actions open',
    },
    summary: {
      incidentTitle: t.incidentTitle,
      text: t.summary,
      startedAt: iso(T0),
      detectedAt: iso(T0 + 0.1 * HOUR),
      mitigatedAt: iso(T0 + 0.5 * HOUR),
      resolvedAt: iso(T0 + HOUR),
      services: t.services,
      channel: t.channel,
      links: t.links,
    },
    impact: {
      usersAffected: 1200,
      durationMinutes: 60,
      revenueLost: t.impact[0],
      errorBudgetBurned: t.impact[1],
      description: t.impact[2],
    },
    timeline: {
      events,
      timeToDetect: { ms: 0.1 * HOUR, source: 'incident' },
      timeToMitigate: { ms: 0.5 * HOUR, source: 'mixed' },
      timeToResolve: null,
    },
    retrospective: {
      revealed: true,
      namedCards,
      columns: t.columns.map((c, i) => ({
        id: `column-${i}`,
        title: c.title,
        prompt: c.prompt,
        clusters:
          i === 0
            ? t.clusters.map((k, j) => ({
                id: clusterId(j),
                title: k.title,
                votes: j,
                cards: k.cards.map((text, n) => ({ id: `PropertyCard${j}-${n}`, text })),
              }))
            : null,
        cards: c.cards.map((card, n) => ({
          id: `PropertyCard-${i}-${n}`,
          ...(namedCards ? card : { text: card.text }),
        })),
      })),
    },
    rootCauses: t.causes.map(rootCause),
    resolution: { steps: events.filter((e) => e.kind !== 'trigger'), notes: t.notes },
    leadup: t.notes,
    lessons: t.lessons.map((l, i) => ({
      ...l,
      kind: i % 2 === 0 ? 'root cause' : 'reduce impact',
      clusterId: clusterId(i),
    })),
    actionItems: t.actions.map(actionItem),
    owners: t.owners.length > 0 ? { names: t.owners, responsibilities: t.responsibilities } : null,
    followUp: {
      at: iso(T0 + 14 * 24 * HOUR),
      date: '2026-11-17',
      time: '09:00',
      timeZone: 'America/New_York',
      durationMinutes: 45,
    },
    participants: [
      { role: 'facilitator', names: t.participants.slice(0, 1) },
      { role: 'participant', names: t.participants.slice(1) },
    ],
  });
}

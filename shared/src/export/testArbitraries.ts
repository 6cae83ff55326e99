/**
 * fast-check arbitraries for the export's property tests: text that tries every trick
 * of every format, and whole documents filled with it. Tests only.
 */
import fc from 'fast-check';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  PostmortemDocumentSchema,
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
  causes: { topic: string; whys: string[]; rootCause: string; reduceImpact: string }[];
  notes: string;
  lessons: string[];
  actions: { action: string; details: string; owner: string; link: string }[];
  owners: string[];
  followUp: string;
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
      whys: some(nastyText, 4),
      rootCause: nastyText,
      reduceImpact: nastyText,
    }),
    2,
  ),
  notes: nastyText,
  lessons: some(nastyText),
  actions: some(
    fc.record({ action: nastyText, details: nastyText, owner: nastyText, link: nastyUrl }),
    4,
  ),
  owners: some(nastyText),
  followUp: nastyText,
  participants: some(nastyText),
});

/**
 * The same texts with every non-empty one replaced by a plain word (`x1`, `x2`...; equal
 * texts get the same word, so comparisons between fields come out the same); URLs are
 * kept as they are.
 */
export function placeholders(texts: DocumentTexts): DocumentTexts {
  const words = new Map<string, string>();
  const x = (s: string) => {
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

/** A complete document holding the texts, every section filled. */
export function documentWith(t: DocumentTexts, namedCards = true): PostmortemDocument {
  const events = t.events.map((e, i) => ({
    at: iso(T0 + i * 0.2 * HOUR),
    kind: (['trigger', 'detection', 'failed attempt', 'mitigation'] as const)[i % 4],
    text: e.text,
    source: e.source,
  }));
  return PostmortemDocumentSchema.parse({
    schemaVersion: 1,
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
                title: k.title,
                votes: j,
                cards: k.cards.map((text) => ({ text })),
              }))
            : null,
        cards: c.cards.map((card) => (namedCards ? card : { text: card.text })),
      })),
    },
    rootCauses: t.causes,
    resolution: { steps: events.filter((e) => e.kind !== 'trigger'), notes: t.notes },
    lessons: t.lessons,
    actionItems: t.actions.map((a, i) => ({
      ...a,
      owner: i % 2 === 0 ? a.owner : null,
      due: i % 2 === 0 ? '2026-11-20' : null,
      priority: ACTION_PRIORITIES[i % 3]!,
      status: ACTION_STATUSES[i % 3]!,
      link: i % 3 === 2 ? null : a.link,
    })),
    owners: t.owners,
    followUp: { at: iso(T0 + 14 * 24 * HOUR), note: t.followUp },
    participants: [
      { role: 'facilitator', names: t.participants.slice(0, 1) },
      { role: 'participant', names: t.participants.slice(1) },
    ],
  });
}

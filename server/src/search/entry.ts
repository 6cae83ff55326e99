/**
 * What the library indexes of a postmortem: its facts (the list's columns and filters)
 * and its text in labelled sections (what search finds and where it says the hit is).
 * Pure, and made only from the {@link PostmortemDocument} the server builds from the
 * board's shared docs: the document holds no private doc and nothing unrevealed, and
 * this projection leaves out even what the document may hold of people who wrote cards
 * (a card's `author` on a named-card board) and of who attended.
 */
import type { PostmortemDocument, PostmortemListItem } from '@hindsight/shared';

/** The groups a section belongs to: one column of the full-text index each, with its weight. */
/**
 * The version of the projection from a board to its entry. Raise it when what an entry
 * holds for the same board changes: a server started with a higher one writes the older
 * rows again in the background (catchUp.ts). 1: facets keep the form written. 2: the
 * sort keys (search/sorts.ts) are written.
 */
export const PROJECTION = 2;

export const SECTION_GROUPS = [
  'title',
  'facts',
  'timeline',
  'cards',
  'clusters',
  'causes',
  'factors',
  'lessons',
  'actions',
  'notes',
] as const;
export type SectionGroup = (typeof SECTION_GROUPS)[number];

/**
 * How much a hit in each group counts, for both engines: the title and the root causes
 * most, then what the team concluded, then what it wrote on the way.
 */
export const GROUP_WEIGHTS: Readonly<Record<SectionGroup, number>> = {
  title: 10,
  facts: 4,
  timeline: 2,
  cards: 1,
  clusters: 4,
  causes: 10,
  factors: 4,
  lessons: 4,
  actions: 2,
  notes: 1,
};

/** A piece of the postmortem's text and where it is, in words a reader understands. */
export interface Section {
  readonly group: SectionGroup;
  /** "Root cause, cluster 'Alerting gaps'", "Timeline", "Action 'Add paging'"... */
  readonly where: string;
  readonly text: string;
}

export interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly severity: PostmortemListItem['severity'];
  readonly status: PostmortemListItem['status'];
  /** ms since the epoch: started, else detected, else the board's creation. */
  readonly incidentAt: number;
  readonly services: readonly string[];
  /** The contributing factors named in the discussions, each once (case-insensitively). */
  readonly tags: readonly string[];
  readonly owners: readonly string[];
  /** The due dates (`YYYY-MM-DD`, or null) of the actions not done. */
  readonly openDue: readonly (string | null)[];
  readonly actionsTotal: number;
  readonly actionsDone: number;
  /** The marked root causes, for similar incidents. */
  readonly rootCauses: readonly string[];
  readonly sections: readonly Section[];
}

/** Each value once, compared case-insensitively; the first spelling wins; blanks dropped. */
export function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

const quoted = (name: string, fallback: string) => (name.trim() ? `'${name.trim()}'` : fallback);
const ofCluster = (topic: string) => `cluster ${quoted(topic, '(unnamed)')}`;

/** The labelled sections of a document, blanks left out. */
export function sectionsOf(doc: PostmortemDocument): Section[] {
  const out: Section[] = [];
  const add = (group: SectionGroup, where: string, ...texts: (string | null | undefined)[]) => {
    const text = texts
      .map((t) => t?.trim() ?? '')
      .filter(Boolean)
      .join('\n');
    if (text) out.push({ group, where, text });
  };
  const { summary, impact } = doc;
  add(
    'title',
    'Title',
    doc.title,
    summary.incidentTitle === doc.title ? '' : summary.incidentTitle,
  );
  add('facts', 'Summary', summary.text);
  add('facts', 'Impact', impact.description, impact.revenueLost, impact.errorBudgetBurned);
  add('facts', 'Incident facts', summary.services.join(', '), summary.channel);
  for (const event of doc.timeline.events) add('timeline', 'Timeline', event.text);
  add('notes', 'Resolution', doc.resolution.notes);
  // A cluster of cards from several columns is listed under each: its name is indexed once.
  const named = new Set<string>();
  for (const column of doc.retrospective.revealed ? doc.retrospective.columns : []) {
    for (const cluster of column.clusters ?? []) {
      if (!named.has(cluster.id)) {
        named.add(cluster.id);
        add('clusters', `Cluster ${quoted(cluster.title, '(unnamed)')}`, cluster.title);
      }
      // A card's author (named-card boards) is never indexed: only its text.
      for (const card of cluster.cards)
        add('cards', `Card, ${ofCluster(cluster.title)}`, card.text);
    }
    for (const card of column.cards)
      add('cards', `Card in ${quoted(column.title, 'a column')}`, card.text);
  }
  for (const cause of doc.rootCauses ?? []) {
    const where = ofCluster(cause.topic);
    add('causes', `Root cause, ${where}`, cause.rootCause);
    for (const why of cause.whys) {
      if (!why.rootCause) add('causes', `Five whys, ${where}`, why.why, why.because);
      else
        add(
          'causes',
          `Root cause, ${where}`,
          why.why,
          why.because === cause.rootCause ? '' : why.because,
        );
    }
    for (const factor of cause.factors) add('factors', `Contributing factor, ${where}`, factor);
    add('lessons', `Reducing the impact, ${where}`, cause.reduceImpact);
    add('notes', `Discussion notes, ${where}`, cause.notes);
  }
  for (const lesson of doc.lessons ?? []) add('lessons', 'Lessons learned', lesson.text);
  for (const action of doc.actionItems ?? []) {
    add('actions', `Action ${quoted(action.action, '(untitled)')}`, action.action, action.details);
  }
  add('notes', 'Owner', doc.owners?.names.join(', '), ...(doc.owners?.responsibilities ?? []));
  return out;
}

/** The index entry of a postmortem document; `createdAt` is the board row's, ms. */
export function entryOf(doc: PostmortemDocument, createdAt: number): IndexEntry {
  const { summary } = doc;
  const at = summary.startedAt ?? summary.detectedAt;
  const actions = doc.actionItems ?? [];
  const open = actions.filter((a) => !(a.resolved ?? a.status === 'done'));
  return {
    id: doc.board.id,
    title: doc.title,
    severity: doc.status.severity,
    status: doc.status.postmortem,
    incidentAt: at ? Date.parse(at) : createdAt,
    services: uniqueFolded(summary.services),
    tags: uniqueFolded((doc.rootCauses ?? []).flatMap((c) => c.factors)),
    owners: uniqueFolded(doc.owners?.names ?? []),
    openDue: open.map((a) => a.due),
    actionsTotal: actions.length,
    actionsDone: actions.length - open.length,
    rootCauses: uniqueFolded(
      (doc.rootCauses ?? []).flatMap((c) => (c.rootCause ? [c.rootCause] : [])),
    ),
    sections: sectionsOf(doc),
  };
}

/** The text of each group, sections joined by blank lines: one column each in the index. */
export function groupTexts(sections: readonly Section[]): Record<SectionGroup, string> {
  const texts = Object.fromEntries(SECTION_GROUPS.map((g) => [g, [] as string[]]));
  for (const s of sections) texts[s.group]!.push(s.text);
  return Object.fromEntries(SECTION_GROUPS.map((g) => [g, texts[g]!.join('\n\n')])) as Record<
    SectionGroup,
    string
  >;
}

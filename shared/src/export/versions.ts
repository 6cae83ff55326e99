/**
 * Reading JSON exports of earlier shapes (`schemaVersion`, document.ts): a file is
 * brought to the current shape before it is checked, so a tool's or a person's old
 * export still imports.
 */
import type { POSTMORTEM_SCHEMA_VERSION } from './document.ts';
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Cards, timeline events and action items without an id get one (`file-card-3`..., unique
 * in the file), events in `resolution.steps` the id of the same event in the timeline.
 * Version 1 had no ids; a file another tool wrote in the current shape may leave them out.
 */
function withIds(doc: Json): Json {
  let n = 0;
  const withId = (prefix: string) => (item: unknown) =>
    isObject(item) && !('id' in item) ? { id: `file-${prefix}-${++n}`, ...item } : item;
  const timeline = isObject(doc.timeline) ? doc.timeline : undefined;
  const events = list(timeline?.events).map(withId('event'));
  const key = (e: unknown) =>
    isObject(e) ? `${String(e.at)}\n${String(e.kind)}\n${String(e.text)}` : '';
  const eventIds = new Map(events.map((e) => [key(e), isObject(e) ? e.id : undefined]));
  const step = (e: unknown) =>
    isObject(e) && !('id' in e) && eventIds.has(key(e)) ? { id: eventIds.get(key(e)), ...e } : e;
  const cards = (v: unknown) => (Array.isArray(v) ? v.map(withId('card')) : v);
  const retrospective = isObject(doc.retrospective) ? doc.retrospective : undefined;
  const resolution = isObject(doc.resolution) ? doc.resolution : undefined;
  return {
    ...doc,
    ...(timeline && { timeline: { ...timeline, events } }),
    ...(retrospective && {
      retrospective: {
        ...retrospective,
        columns: Array.isArray(retrospective.columns)
          ? retrospective.columns.map((c) =>
              isObject(c)
                ? {
                    ...c,
                    clusters: Array.isArray(c.clusters)
                      ? c.clusters.map((k) => (isObject(k) ? { ...k, cards: cards(k.cards) } : k))
                      : c.clusters,
                    cards: cards(c.cards),
                  }
                : c,
            )
          : retrospective.columns,
      },
    }),
    ...(resolution && {
      resolution: {
        ...resolution,
        steps: Array.isArray(resolution.steps)
          ? resolution.steps.map(step).map(withId('event'))
          : resolution.steps,
      },
    }),
    ...(Array.isArray(doc.actionItems) && { actionItems: doc.actionItems.map(withId('action')) }),
  };
}

/**
 * The value in the current shape when it is an export of an earlier version (version 1 →
 * 2: the ids above; the clusters' layout reads the same in both), with the ids it lacks;
 * anything else as it is (the schema then says what is wrong with it).
 */
export function upgradeDocument(value: unknown): unknown {
  if (!isObject(value)) return value;
  if (value.schemaVersion === 1) {
    return { ...withIds(value), schemaVersion: 2 satisfies typeof POSTMORTEM_SCHEMA_VERSION };
  }
  if (value.schemaVersion === 2) return withIds(value);
  return value;
}

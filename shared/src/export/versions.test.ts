/**
 * Earlier shapes of the JSON export still import (versions.ts): a `schemaVersion` 1 file
 * — the sample incident as version 1 wrote it — reads as the current shape, with an id
 * for every card, event and action item, and a resolution step sharing its event's id.
 */
import { describe, expect, it } from 'vitest';
import v1Text from '../import/export-v1.sample.json?raw';
import { readImportFile } from '../api/import.ts';
import { POSTMORTEM_SCHEMA_VERSION } from './document.ts';

describe('a JSON export of schema version 1', () => {
  it('reads as the current version, every card, event and action item with its own id', () => {
    expect(JSON.parse(v1Text).schemaVersion).toBe(1);
    const reading = readImportFile(v1Text);
    expect(reading.ok).toBe(true);
    const doc = reading.ok ? reading.document : null!;
    expect(doc.schemaVersion).toBe(POSTMORTEM_SCHEMA_VERSION);
    const cards = doc.retrospective.columns.flatMap((c) => [
      ...(c.clusters ?? []).flatMap((k) => k.cards),
      ...c.cards,
    ]);
    const ids = [...cards, ...doc.timeline.events, ...(doc.actionItems ?? [])].map((x) => x.id);
    expect(cards.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const events = new Map(doc.timeline.events.map((e) => [e.id, e]));
    for (const step of doc.resolution.steps) {
      expect(events.get(step.id)).toEqual(step);
    }
  });

  it('is refused at its path when a value is wrong, as a current one is', () => {
    const bad = JSON.parse(v1Text);
    bad.timeline.events[1].at = 'yesterday';
    const reading = readImportFile(JSON.stringify(bad, null, 2));
    expect(!reading.ok && reading.kind === 'schema' && reading.issues[0]!.path).toBe(
      'timeline.events[1].at',
    );
  });
});

describe('a JSON file of the current version without ids', () => {
  it('imports, its cards, events and action items given ids of their own', () => {
    const doc = JSON.parse(v1Text);
    doc.schemaVersion = POSTMORTEM_SCHEMA_VERSION;
    const reading = readImportFile(JSON.stringify(doc));
    expect(reading.ok).toBe(true);
    const read = reading.ok ? reading.document : null!;
    const ids = [...read.timeline.events, ...(read.actionItems ?? [])].map((x) => x.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

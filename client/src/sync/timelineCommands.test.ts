import { readIncident, readTimeline } from '@hindsight/shared';
import { SAMPLE_INCIDENT_JSON, SAMPLE_TIMELINE_TEXT } from '@hindsight/shared/sample';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createIncidentStore } from '../state/incidentStore.ts';
import { bindIncident } from './incidentBridge.ts';
import { createIncidentCommands } from './timelineCommands.ts';

const at = (hhmm: string) => Date.parse(`2026-11-03T${hhmm}:00Z`);
const events = [
  { at: at('14:02'), kind: 'trigger' as const, text: 'Rollout' },
  { at: at('14:05'), kind: 'detection' as const, text: 'Page acknowledged' },
];

function setup() {
  const doc = new Y.Doc();
  const facilitation = new Y.Doc();
  const store = createIncidentStore();
  const commands = createIncidentCommands(doc, facilitation, store);
  return { doc, facilitation, store, commands };
}

describe('timeline import undo', () => {
  it('takes back exactly the events an import added, and says which import it can undo', () => {
    const { doc, store, commands } = setup();
    const handmade = commands.addEvent({ at: at('13:55'), kind: 'action', text: 'Merged' });
    const result = commands.importEvents(events);
    expect(result.added).toBe(2);
    expect(store.getState().lastImport).toEqual({
      importId: result.importId,
      added: 2,
      removed: null,
    });
    expect(commands.undoImport(result.importId as string)?.removed).toHaveLength(2);
    expect(readTimeline(doc).map((e) => e.id)).toEqual([handmade]);
    expect(store.getState().lastImport?.removed).toHaveLength(2);
  });

  it('keeps an imported event someone edited since, and the events added by hand', () => {
    const { doc, commands } = setup();
    const { importId } = commands.importEvents(events);
    const page = readTimeline(doc).find((e) => e.text === 'Page acknowledged')!;
    commands.editEvent(page.id, { text: 'Page acknowledged by Sam' });
    commands.addEvent({ at: at('14:30'), kind: 'mitigation', text: 'Rolled back' });
    const undone = commands.undoImport(importId as string);
    expect(undone?.kept.map((e) => e.text)).toEqual(['Page acknowledged by Sam']);
    expect(readTimeline(doc).map((e) => e.text)).toEqual([
      'Page acknowledged by Sam',
      'Rolled back',
    ]);
  });

  it('restores an undone import, which can then be undone again', () => {
    const { doc, store, commands } = setup();
    const { importId } = commands.importEvents(events);
    const before = readTimeline(doc);
    commands.undoImport(importId as string);
    expect(commands.restoreImport(importId as string)).toBe(2);
    expect(readTimeline(doc)).toEqual(before);
    expect(store.getState().lastImport?.removed).toBeNull();
    expect(commands.undoImport(importId as string)?.removed).toHaveLength(2);
    expect(readTimeline(doc)).toEqual([]);
  });

  it('refuses to undo an import that is not the latest one', () => {
    const { doc, commands } = setup();
    const first = commands.importEvents(events);
    commands.importEvents([{ at: at('14:38'), kind: 'mitigation', text: 'Rollback' }]);
    expect(commands.undoImport(first.importId as string)).toBeNull();
    expect(readTimeline(doc)).toHaveLength(3);
  });

  it('never undoes a remote import', () => {
    const local = setup();
    const remote = setup();
    remote.doc.on('update', (u: Uint8Array) => Y.applyUpdate(local.doc, u, 'remote'));
    const { importId } = remote.commands.importEvents(events);
    expect(local.commands.undoImport(importId as string)).toBeNull();
    expect(readTimeline(local.doc)).toHaveLength(2);
  });
});

describe('incident commands', () => {
  it('an event deleted here comes back with undo', () => {
    const { doc, commands } = setup();
    const id = commands.addEvent(events[0] as (typeof events)[number]);
    const before = readTimeline(doc);
    expect(commands.deleteEvent(id)).toBe(true);
    expect(commands.undoDeleteEvent(id)).toBe(true);
    expect(readTimeline(doc)).toEqual(before);
  });

  it('the sample fills facts and timeline, and the bridge pushes them to the store', () => {
    const { doc, facilitation, store, commands } = setup();
    const unbind = bindIncident(doc, facilitation, store);
    commands.loadSample({ incidentJson: SAMPLE_INCIDENT_JSON, timelineText: SAMPLE_TIMELINE_TEXT });
    expect(readIncident(doc).severity).toBe('SEV2');
    expect(store.getState().incident.title).toMatch(/^Checkout API/);
    expect(store.getState().timeline).toHaveLength(14);
    const proposal = commands.proposeEvent({
      event: { at: at('14:20'), kind: 'communication', text: 'Support told' },
    });
    expect(store.getState().proposals.map((p) => p.id)).toEqual([proposal]);
    commands.acceptProposal(proposal);
    expect(store.getState().timeline).toHaveLength(15);
    expect(store.getState().proposals[0]?.status).toBe('accepted');
    commands.addSurveyNote({ text: 'The pager was muted' });
    expect(store.getState().notes.map((n) => n.text)).toEqual(['The pager was muted']);
    unbind();
  });
});

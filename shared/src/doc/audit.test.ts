import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, readActionItems } from '../entities/actionItem.ts';
import { groupCards } from '../entities/cluster.ts';
import { addWhy, readDiscussion } from '../entities/discussion.ts';
import { readIncident, updateIncident } from '../entities/incident.ts';
import { readPostmortemStatus } from '../entities/postmortemStatus.ts';
import { addTimelineEvent, readTimeline } from '../entities/timelineEvent.ts';
import { auditBoardDoc, describeUnreadable } from './audit.ts';
import {
  actionItemsMap,
  cardPlacementsMap,
  discussionsMap,
  incidentMap,
  postmortemMap,
  surveyNotesMap,
  timelineMap,
} from './layout.ts';

const at = Date.parse('2026-03-02T14:00:00Z');

describe('auditBoardDoc', () => {
  it('finds nothing on a board written through the commands', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { title: 'Checkout 5xx', severity: 'SEV2' });
    addTimelineEvent(doc, { at, kind: 'trigger', text: 'Pool lowered' });
    const cluster = groupCards(doc, ['CardAAAAAAAAAAAA', 'CardBBBBBBBBBBBB']);
    addWhy(doc, cluster, { why: 'Why?', because: 'Because' });
    addActionItem(doc, { title: 'Alert on saturation' });
    expect(auditBoardDoc(doc)).toEqual([]);
    expect(describeUnreadable(auditBoardDoc(doc))).toBeNull();
  });

  it('counts, part by part, what the readers skip, which they read around', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, { at, kind: 'trigger', text: 'Pool lowered' });
    addActionItem(doc, { title: 'Alert on saturation' });
    const cluster = groupCards(doc, ['CardAAAAAAAAAAAA']);
    doc.transact(() => {
      incidentMap(doc).set('severity', 'SEV9');
      incidentMap(doc).set('startedAt', 'yesterday');
      timelineMap(doc).set('NotAMapAtAll0001', 42 as never);
      const event = new Y.Map<unknown>();
      event.set('text', { nested: ['deep'] });
      timelineMap(doc).set('BrokenEvent00001', event);
      surveyNotesMap(doc).set('Note000000000001', new Y.Array() as never);
      cardPlacementsMap(doc).set('CardCCCCCCCCCCCC', 'here');
      const discussion = discussionsMap(doc).get(cluster)!;
      discussion.set('notes', 12);
      (discussion.get('whys') as Y.Array<unknown>).push(['not a level']);
      actionItemsMap(doc).set('Action0000000001', new Y.Map());
      postmortemMap(doc).set('status', 'finished');
      // Where owners were kept up to facilitation layout 1: never read, nothing to count.
      postmortemMap(doc).set('owners', [1, 2, 3, 4]);
    });

    expect(auditBoardDoc(doc)).toEqual([
      { what: 'incident fact', count: 2 },
      { what: 'timeline event', count: 2 },
      { what: 'survey note', count: 1 },
      { what: 'cluster or card placement', count: 1 },
      { what: 'discussion item', count: 2 },
      { what: 'action', count: 1 },
      { what: 'follow-up or status value', count: 1 },
    ]);
    expect(describeUnreadable(auditBoardDoc(doc))).toBe(
      '10 items could not be read: 2 incident facts, 2 timeline events, 1 survey note, ' +
        '1 cluster or card placement, 2 discussion items, 1 action, 1 follow-up or status value',
    );
    // The readers keep what is valid and read the rest as absent.
    expect(readIncident(doc).severity).toBeNull();
    expect(readTimeline(doc).map((e) => e.text)).toEqual(['Pool lowered']);
    expect(readActionItems(doc).map((a) => a.title)).toEqual(['Alert on saturation']);
    expect(readDiscussion(doc, cluster)).toMatchObject({ notes: '', whys: [] });
    expect(readPostmortemStatus(doc)).toBe('draft');
  });
});

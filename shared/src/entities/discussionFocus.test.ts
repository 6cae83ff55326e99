import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { readDiscussionFocus, setDiscussionFocus } from './discussionFocus.ts';
import { initFacilitation, runSessionCommand } from './facilitation.ts';

const CLUSTER_A = 'AAAAAAAAAAAAAAAA';
const CLUSTER_B = 'BBBBBBBBBBBBBBBB';

describe('discussion focus', () => {
  it('counts a cluster’s time from the phase timer at the moment the team moved to it', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    expect(readDiscussionFocus(doc)).toBeNull();
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'start' }, 0);
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'jump', phaseId: 'discuss' }, 1000);
    const first = setDiscussionFocus(doc, CLUSTER_A, 61_000);
    expect(first).toEqual({ clusterId: CLUSTER_A, sinceElapsedMs: 60_000, visitStartedAt: 1000 });
    expect(setDiscussionFocus(doc, CLUSTER_A, 99_000)).toEqual(first);
    expect(setDiscussionFocus(doc, CLUSTER_B, 121_000).sinceElapsedMs).toBe(120_000);
    expect(readDiscussionFocus(doc)?.clusterId).toBe(CLUSTER_B);
  });
});

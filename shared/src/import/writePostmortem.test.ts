/**
 * Import round trip: a document written into fresh docs by `writePostmortem` and exported
 * again is the same document in everything the import writes (the sample incident); what
 * it cannot write is listed, and a value an entity refuses is named by its path.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initFacilitation } from '../entities/facilitation.ts';
import { postmortemFromDocs } from '../export/build.ts';
import type { PostmortemDocument } from '../export/document.ts';
import { fromFixture } from '../export/testSources.ts';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { writePostmortem } from './writePostmortem.ts';

const NOW = Date.UTC(2026, 11, 7);

/** Export → import → export, as a new board made from the document's title. */
function roundTrip(doc: PostmortemDocument) {
  const board = new Y.Doc();
  const facilitation = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  const outcome = writePostmortem(board, facilitation, doc, 'import', NOW);
  if (!outcome.ok) return { outcome, again: null };
  const again = postmortemFromDocs(board, facilitation, {
    boardId: 'NewBoard00000001',
    meta: { title: doc.title, template: 'default', createdAt: NOW },
    now: NOW,
  });
  return { outcome, again };
}

/** What the import writes, as the export shows it. */
function imported(doc: PostmortemDocument) {
  return {
    title: doc.title,
    timeZone: doc.timeZone,
    status: {
      severity: doc.status.severity,
      incident: doc.status.incident,
      postmortem: doc.status.postmortem,
    },
    summary: doc.summary,
    impact: doc.impact,
    timeline: doc.timeline,
    resolutionSteps: doc.resolution.steps,
    actionItems: (doc.actionItems ?? []).map(({ addresses, ownerConfirmed, ...rest }) => {
      void addresses;
      void ownerConfirmed;
      return rest;
    }),
    owners: doc.owners,
    followUp: doc.followUp,
  };
}

describe('importing a postmortem document', () => {
  it('gives back the sample incident’s facts, timeline, actions, owners and follow-up', () => {
    const doc = fromFixture({ complete: true });
    const { outcome, again } = roundTrip(doc);
    expect(outcome.ok).toBe(true);
    expect(imported(again!)).toEqual(imported(doc));
    expect(doc.timeline.events.length).toBeGreaterThan(3);
    expect(doc.actionItems?.length).toBeGreaterThan(1);
  });

  it('lists what it cannot write instead of dropping it silently', () => {
    const { outcome } = roundTrip(fromFixture());
    expect(outcome.ok && outcome.notImported).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+ revealed cards?$/)]),
    );
  });

  it('names the path of a refused value', () => {
    const doc = fromFixture();
    const bad = {
      ...doc,
      timeline: {
        ...doc.timeline,
        events: doc.timeline.events.map((e, i) => (i === 2 ? { ...e, text: '   ' } : e)),
      },
    };
    const { outcome } = roundTrip(bad);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues[0]!.path).toMatch(/^timeline\.events\[2\]/);
  });
});

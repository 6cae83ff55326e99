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
import { comparable } from './testRoundTrip.ts';
import { writePostmortem } from './writePostmortem.ts';

const NOW = Date.UTC(2026, 11, 7);

/** Keyed ids as the server would make them: 16 characters per card number. */
const importedId = (n: number) => `Imported${String(n).padStart(8, '0')}`;

/** Export → import → export, as a new board made from the document's title. */
function roundTrip(doc: PostmortemDocument) {
  const board = new Y.Doc();
  const facilitation = new Y.Doc();
  initFacilitation(facilitation, DEFAULT_TEMPLATE);
  const outcome = writePostmortem(board, facilitation, doc, {
    origin: 'import',
    template: DEFAULT_TEMPLATE,
    importedId,
    now: NOW,
  });
  if (!outcome.ok) return { outcome, again: null };
  const again = postmortemFromDocs(board, facilitation, {
    boardId: 'NewBoard00000001',
    meta: { title: doc.title, template: 'default', createdAt: NOW },
    now: NOW,
    participants: doc.participants ?? undefined,
  });
  return { outcome, again };
}

describe('importing a postmortem document', () => {
  it('gives back the whole sample incident: facts, cards, clusters, votes, whys, actions', () => {
    const doc = fromFixture({ complete: true });
    const { outcome, again } = roundTrip(doc);
    expect(outcome.ok).toBe(true);
    expect(comparable(again!)).toEqual(comparable(doc));
    expect(doc.timeline.events.length).toBeGreaterThan(3);
    expect(doc.actionItems?.length).toBeGreaterThan(1);
    expect(doc.rootCauses?.length).toBeGreaterThan(0);
    expect(doc.retrospective.columns.some((c) => c.clusters?.some((k) => k.votes))).toBe(true);
  });

  it('lists only owners’ confirmations as not imported, which are each owner’s own word', () => {
    const doc = fromFixture({ complete: true });
    const confirmed = (doc.actionItems ?? []).filter((a) => a.ownerConfirmed).length;
    const { outcome } = roundTrip(doc);
    expect(outcome.ok && outcome.notImported).toEqual(
      confirmed > 0 ? [expect.stringMatching(/confirmation/)] : [],
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

  it('names the path of a discussion whose cluster the file does not hold', () => {
    const doc = fromFixture({ complete: true });
    const bad = {
      ...doc,
      rootCauses: doc.rootCauses!.map((r, i) => (i === 0 ? { ...r, clusterId: 'nowhere' } : r)),
    };
    const { outcome } = roundTrip(bad);
    expect(!outcome.ok && outcome.issues[0]!.path).toBe('rootCauses[0].clusterId');
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../doc/testSync.ts';
import { discussionsMap } from '../doc/layout.ts';
import { groupCards } from './cluster.ts';
import {
  addContributingFactor,
  addWhy,
  editContributingFactor,
  editWhy,
  FIVE_WHYS,
  markRootCause,
  readDiscussion,
  removeContributingFactor,
  removeWhy,
  rootCauseOf,
  setDiscussionNotes,
  setReduceImpact,
  whySlots,
  WHYS_MAX,
} from './discussion.ts';

const CARD = 'CardAxxxxxxxxxxx';

function board(): { doc: Y.Doc; cluster: string } {
  const doc = new Y.Doc();
  return { doc, cluster: groupCards(doc, [CARD], null, 1000) };
}

describe('prose merges like text', () => {
  const NOTES = 'Pool was too small. Nobody load tested it. Alerts came late.';

  it('two people edit the same notes at once, one deleting a sentence while the other types at the end: both edits survive exactly', () => {
    const { doc: alex, cluster } = board();
    setDiscussionNotes(alex, cluster, NOTES);
    const bea = new Y.Doc();
    syncDocs(alex, bea);

    // Each field reports its change from what it showed; neither has seen the other's.
    setDiscussionNotes(alex, cluster, {
      before: NOTES,
      after: 'Pool was too small. Alerts came late.',
    });
    setDiscussionNotes(bea, cluster, { before: NOTES, after: `${NOTES} Fix: size it.` });
    syncDocs(alex, bea);

    const both = 'Pool was too small. Alerts came late. Fix: size it.';
    expect(readDiscussion(alex, cluster).notes).toBe(both);
    expect(readDiscussion(bea, cluster).notes).toBe(both);
  });

  it("a field that had not yet shown another's edit keeps it: its change is moved over it", () => {
    const { doc, cluster } = board();
    setDiscussionNotes(doc, cluster, NOTES);
    setDiscussionNotes(doc, cluster, { before: NOTES, after: `Summary. ${NOTES}` });
    // A field still showing NOTES deletes the middle sentence.
    setDiscussionNotes(doc, cluster, {
      before: NOTES,
      after: 'Pool was too small. Alerts came late.',
    });
    expect(readDiscussion(doc, cluster).notes).toBe(
      'Summary. Pool was too small. Alerts came late.',
    );
  });

  it('whys, answers, factors and the impact answer merge the same way', () => {
    const { doc: a, cluster } = board();
    const why = addWhy(a, cluster, { why: 'Why did checkout fail?', because: 'The pool ran out' });
    const factor = addContributingFactor(a, cluster, 'Retries without backoff');
    setReduceImpact(a, cluster, 'Alert early.');
    const b = new Y.Doc();
    syncDocs(a, b);
    editWhy(a, cluster, why, {
      because: { before: 'The pool ran out', after: 'The pool ran out at peak' },
    });
    editWhy(b, cluster, why, {
      because: { before: 'The pool ran out', after: 'Sadly the pool ran out' },
    });
    editContributingFactor(a, cluster, factor, {
      before: 'Retries without backoff',
      after: 'Mobile retries without backoff',
    });
    editContributingFactor(b, cluster, factor, {
      before: 'Retries without backoff',
      after: 'Retries without any backoff',
    });
    setReduceImpact(a, cluster, { before: 'Alert early.', after: 'Alert early. Page.' });
    setReduceImpact(b, cluster, { before: 'Alert early.', after: 'Alert.' });
    syncDocs(a, b);
    for (const doc of [a, b]) {
      const read = readDiscussion(doc, cluster);
      expect(read.whys[0]!.because).toBe('Sadly the pool ran out at peak');
      expect(read.factors[0]!.text).toBe('Mobile retries without any backoff');
      expect(read.reduceImpact).toBe('Alert. Page.');
    }
  });

  it('reads a string stored before prose became text, and edits it into a text', () => {
    const { doc, cluster } = board();
    discussionsMap(doc).get(cluster)!.set('notes', 'Stored as a string');
    expect(readDiscussion(doc, cluster).notes).toBe('Stored as a string');
    setDiscussionNotes(doc, cluster, {
      before: 'Stored as a string',
      after: 'Stored as a string.',
    });
    expect(discussionsMap(doc).get(cluster)!.get('notes')).toBeInstanceOf(Y.Text);
    expect(readDiscussion(doc, cluster).notes).toBe('Stored as a string.');
  });
});

describe('five whys', () => {
  it('keeps levels in order, edits them, and marks exactly one root cause', () => {
    const { doc, cluster } = board();
    const answers = [
      'Checkout timed out',
      'The DB connection pool was exhausted',
      'The pool size was set to 5 in production',
      'A staging value was merged into the production config',
      'Config review checks syntax, not value ranges',
    ];
    const ids = answers.map((because, i) =>
      addWhy(doc, cluster, { why: `Why ${i + 1}?`, because }, 'me'),
    );
    expect(FIVE_WHYS).toBe(5);
    expect(readDiscussion(doc, cluster).whys.map((w) => w.because)).toEqual(answers);
    expect(editWhy(doc, cluster, ids[0]!, { because: 'Checkout requests timed out' })).toBe(true);
    expect(readDiscussion(doc, cluster).whys[0]).toEqual({
      id: ids[0],
      why: 'Why 1?',
      because: 'Checkout requests timed out',
    });

    expect(markRootCause(doc, cluster, ids[4]!)).toBe(true);
    expect(markRootCause(doc, cluster, ids[3]!)).toBe(true); // the mark moves
    expect(rootCauseOf(readDiscussion(doc, cluster))?.because).toBe(answers[3]);
    expect(markRootCause(doc, cluster, 'Nosuchlevel12345')).toBe(false);
    expect(markRootCause(doc, cluster, null)).toBe(true);
    expect(readDiscussion(doc, cluster).rootCauseId).toBeNull();
  });

  it('goes deeper than five levels, up to a limit', () => {
    const { doc, cluster } = board();
    for (let i = 0; i < WHYS_MAX; i++) addWhy(doc, cluster, { because: `answer ${i}` });
    expect(readDiscussion(doc, cluster).whys).toHaveLength(WHYS_MAX);
    expect(() => addWhy(doc, cluster)).toThrow(`A chain has at most ${WHYS_MAX} levels`);
  });

  it('shows five slots until the chain is longer', () => {
    const { doc, cluster } = board();
    const id = addWhy(doc, cluster, { why: 'Why did checkout fail?' });
    const slots = whySlots(readDiscussion(doc, cluster).whys);
    expect(slots).toHaveLength(5);
    expect(slots[0]?.id).toBe(id);
    expect(slots.slice(1)).toEqual([null, null, null, null]);
  });

  it('removing the root-cause level removes the mark with it', () => {
    const { doc, cluster } = board();
    const id = addWhy(doc, cluster, { because: 'x' });
    markRootCause(doc, cluster, id);
    expect(removeWhy(doc, cluster, id)).toBe(true);
    expect(readDiscussion(doc, cluster)).toMatchObject({ whys: [], rootCauseId: null });
    expect(removeWhy(doc, cluster, id)).toBe(false);
    expect(editWhy(doc, cluster, id, { why: 'gone' })).toBe(false);
  });

  it('concurrent edits of different levels both stay, and concurrent additions both land', () => {
    const { doc: a, cluster } = board();
    const first = addWhy(a, cluster, { why: 'Why 1?' });
    const second = addWhy(a, cluster, { why: 'Why 2?' });
    const b = new Y.Doc();
    syncDocs(a, b);
    editWhy(a, cluster, first, { because: 'from a' });
    editWhy(b, cluster, second, { because: 'from b' });
    addWhy(a, cluster, { why: 'Why 3 (a)?' });
    addWhy(b, cluster, { why: 'Why 3 (b)?' });
    syncDocs(a, b);
    const chain = readDiscussion(a, cluster).whys;
    expect(chain).toEqual(readDiscussion(b, cluster).whys);
    expect(chain.slice(0, 2).map((w) => w.because)).toEqual(['from a', 'from b']);
    expect(
      chain
        .slice(2)
        .map((w) => w.why)
        .sort(),
    ).toEqual(['Why 3 (a)?', 'Why 3 (b)?']);
  });

  it('two people marking different root causes at once end with one mark', () => {
    const { doc: a, cluster } = board();
    const one = addWhy(a, cluster, { because: 'one' });
    const two = addWhy(a, cluster, { because: 'two' });
    const b = new Y.Doc();
    syncDocs(a, b);
    markRootCause(a, cluster, one);
    markRootCause(b, cluster, two);
    syncDocs(a, b);
    const mark = readDiscussion(a, cluster).rootCauseId;
    expect([one, two]).toContain(mark);
    expect(readDiscussion(b, cluster).rootCauseId).toBe(mark);
  });

  it('two people writing the first notes of a new cluster at once both keep their fields', () => {
    const { doc: a, cluster } = board();
    const b = new Y.Doc();
    syncDocs(a, b);
    setDiscussionNotes(a, cluster, 'Pool size came from staging');
    setReduceImpact(b, cluster, 'Alert on pool saturation');
    syncDocs(a, b);
    expect(readDiscussion(a, cluster)).toMatchObject({
      notes: 'Pool size came from staging',
      reduceImpact: 'Alert on pool saturation',
    });
  });
});

describe('discussion fields', () => {
  it('notes, impact answer and contributing factors', () => {
    const { doc, cluster } = board();
    setDiscussionNotes(doc, cluster, '  Discussed for 6 minutes  ');
    setReduceImpact(doc, cluster, 'Feature-flag the pool size; alert at 80% saturation');
    const f1 = addContributingFactor(doc, cluster, 'Mobile clients retry without backoff');
    const f2 = addContributingFactor(
      doc,
      cluster,
      'Deploys and config changes on separate dashboards',
    );
    expect(editContributingFactor(doc, cluster, f1, 'Mobile retries have no backoff')).toBe(true);
    expect(removeContributingFactor(doc, cluster, f2)).toBe(true);
    expect(removeContributingFactor(doc, cluster, f2)).toBe(false);
    expect(readDiscussion(doc, cluster)).toEqual({
      clusterId: cluster,
      notes: '  Discussed for 6 minutes  ',
      whys: [],
      rootCauseId: null,
      factors: [{ id: f1, text: 'Mobile retries have no backoff' }],
      reduceImpact: 'Feature-flag the pool size; alert at 80% saturation',
    });
    expect(() => addContributingFactor(doc, cluster, '   ')).toThrow('A factor needs some text');
  });

  it('an undiscussed cluster reads empty, and commands work on one created before discussions', () => {
    const doc = new Y.Doc();
    const old = 'Oldclusterxxxxxx';
    expect(readDiscussion(doc, old)).toMatchObject({ notes: '', whys: [], factors: [] });
    addWhy(doc, old, { why: 'Why?' });
    expect(readDiscussion(doc, old).whys).toHaveLength(1);
  });
});

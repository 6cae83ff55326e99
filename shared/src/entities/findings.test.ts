import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../doc/testSync.ts';
import { findingsMap } from '../doc/layout.ts';
import { auditBoardDoc } from '../doc/audit.ts';
import {
  editFindingsProse,
  FINDING_LONG_MAX,
  FINDING_SHORT_MAX,
  FINDINGS_DEFAULTS,
  lessonLines,
  readFindings,
  repairFindings,
  setSupportingLinks,
  SUPPORTING_LINKS_MAX,
  unreadableFindings,
} from './findings.ts';

describe('findings', () => {
  it('read as blank on a new board', () => {
    expect(readFindings(new Y.Doc())).toEqual(FINDINGS_DEFAULTS);
  });

  it('are written with the given origin, one text per field edited in place', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    editFindingsProse(doc, 'trigger', 'A config push', 'me');
    editFindingsProse(
      doc,
      'trigger',
      { before: 'A config push', after: 'A bad config push' },
      'me',
    );
    expect(findingsMap(doc).get('trigger')).toBeInstanceOf(Y.Text);
    expect(readFindings(doc).trigger).toBe('A bad config push');
    expect(origins).toEqual(['me', 'me']);
  });

  it('hold the leadup as a long narrative, edited in place like the others', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const leadup = 'The pool size moved into the shared config.\n\nThe review checked syntax only.';
    editFindingsProse(a, 'leadup', leadup);
    syncDocs(a, b);
    expect(findingsMap(b).get('leadup')).toBeInstanceOf(Y.Text);
    expect(readFindings(b).leadup).toBe(leadup);
    editFindingsProse(b, 'leadup', 'x'.repeat(FINDING_LONG_MAX));
    expect(() => editFindingsProse(b, 'leadup', 'x'.repeat(FINDING_LONG_MAX + 1))).toThrow(
      /The leadup has at most 5000 characters/,
    );
  });

  it('keep both people’s words when two write the same field at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    editFindingsProse(a, 'lessons', 'One\nTwo');
    syncDocs(a, b);
    editFindingsProse(a, 'lessons', { before: 'One\nTwo', after: 'One!\nTwo' });
    editFindingsProse(b, 'lessons', { before: 'One\nTwo', after: 'One\nTwo\nThree' });
    syncDocs(a, b);
    expect(readFindings(a).lessons).toBe('One!\nTwo\nThree');
    expect(readFindings(b).lessons).toBe(readFindings(a).lessons);
  });

  it('refuse a text over its limit, an unknown field, and change nothing', () => {
    const doc = new Y.Doc();
    editFindingsProse(doc, 'detection', 'The 5xx alert');
    expect(() => editFindingsProse(doc, 'detection', 'x'.repeat(FINDING_SHORT_MAX + 1))).toThrow(
      /at most 2000 characters/,
    );
    expect(() => editFindingsProse(doc, 'recovery', 'x'.repeat(FINDING_LONG_MAX + 1))).toThrow(
      /at most 5000 characters/,
    );
    expect(() => editFindingsProse(doc, 'owner' as 'trigger', 'Mallory')).toThrow(
      /finding is one of/,
    );
    expect(readFindings(doc).detection).toBe('The 5xx alert');
    expect(findingsMap(doc).has('owner')).toBe(false);
  });

  it('keep supporting links http(s) only, at most twenty, and clear them with an empty list', () => {
    const doc = new Y.Doc();
    const link = { label: 'Dashboard', url: 'https://grafana.example.com/d/1' };
    expect(setSupportingLinks(doc, [{ ...link, label: '  Dashboard ' }])).toEqual([link]);
    expect(() => setSupportingLinks(doc, [{ label: 'x', url: 'javascript:alert(1)' }])).toThrow(
      /http/,
    );
    expect(() =>
      setSupportingLinks(
        doc,
        Array.from({ length: SUPPORTING_LINKS_MAX + 1 }, () => link),
      ),
    ).toThrow(/At most 20/);
    expect(readFindings(doc).links).toEqual([link]);
    setSupportingLinks(doc, []);
    expect(findingsMap(doc).has('links')).toBe(false);
  });

  it('read what a hand-made update stored wrongly as blank, and count it for the facilitator', () => {
    const doc = new Y.Doc();
    editFindingsProse(doc, 'recovery', 'Rolled back');
    findingsMap(doc).set('trigger', 42);
    findingsMap(doc).set('links', [{ label: 'x', url: 'javascript:alert(1)' }]);
    findingsMap(doc).set('lessons', 'x'.repeat(FINDING_LONG_MAX + 1));
    expect(readFindings(doc)).toEqual({ ...FINDINGS_DEFAULTS, recovery: 'Rolled back' });
    expect(unreadableFindings(doc)).toBe(3);
    expect(auditBoardDoc(doc)).toEqual([{ what: 'finding', count: 3 }]);
  });

  it('are repaired within their limits: a text cut, a non-text removed, the valid links kept', () => {
    const doc = new Y.Doc();
    const trigger = new Y.Text();
    trigger.insert(0, 'x'.repeat(FINDING_SHORT_MAX + 10));
    const link = { label: 'Dashboard', url: 'https://grafana.example/d/1' };
    findingsMap(doc).set('trigger', trigger);
    findingsMap(doc).set('detection', 42);
    findingsMap(doc).set('lessons', 'y'.repeat(FINDING_LONG_MAX + 1));
    findingsMap(doc).set('links', [{ label: 'x', url: 'javascript:alert(1)' }, link]);
    expect(repairFindings(doc)).toBe(true);
    expect(readFindings(doc)).toEqual({
      ...FINDINGS_DEFAULTS,
      trigger: 'x'.repeat(FINDING_SHORT_MAX),
      lessons: 'y'.repeat(FINDING_LONG_MAX),
      links: [link],
    });
    expect(findingsMap(doc).get('trigger')).toBe(trigger);
    expect(unreadableFindings(doc)).toBe(0);
    expect(repairFindings(doc)).toBe(false);
  });

  it('give one lesson per non-blank line', () => {
    expect(lessonLines('  First \n\n Second\n ')).toEqual(['First', 'Second']);
  });
});

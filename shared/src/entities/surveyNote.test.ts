import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSurveyNote, deleteSurveyNote, readSurveyNotes } from './surveyNote.ts';

describe('survey notes', () => {
  it('are added trimmed, read oldest first, and removed', () => {
    const doc = new Y.Doc();
    const origin = { local: true };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const second = addSurveyNote(doc, { text: ' Pager was muted ', author: '' }, origin, 20);
    const first = addSurveyNote(doc, { text: 'Dashboards lagged', author: 'Sam' }, origin, 10);
    expect(readSurveyNotes(doc)).toEqual([
      { id: first, text: 'Dashboards lagged', author: 'Sam', createdAt: 10 },
      { id: second, text: 'Pager was muted', createdAt: 20 },
    ]);
    expect(deleteSurveyNote(doc, first, origin)).toBe(true);
    expect(deleteSurveyNote(doc, first, origin)).toBe(false);
    expect(readSurveyNotes(doc).map((n) => n.id)).toEqual([second]);
    expect(origins).toEqual([origin, origin, origin]);
  });

  it('refuse an empty note with a readable message', () => {
    const doc = new Y.Doc();
    expect(() => addSurveyNote(doc, { text: '   ' })).toThrow('A note needs some text');
    expect(readSurveyNotes(doc)).toEqual([]);
  });
});

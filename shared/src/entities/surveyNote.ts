/**
 * A note an invitee leaves in the survey before the meeting: what they saw, what they
 * did, what they wonder about. Scope: document (board doc). Anyone who writes the board
 * doc may add one (through the survey link); the facilitator reads them while preparing.
 * Timeline suggestions made in the survey are proposals (timelineProposal.ts), not notes.
 *
 * One nested Y.Map per note, written once; a note is removed, never edited.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { readEntries } from '../doc/entries.ts';
import { surveyNotesMap, type SurveyNoteMap } from '../doc/layout.ts';
import { randomId } from '../ids.ts';
import { idSchema } from '../ids.ts';

/** Longest note, in characters: a few paragraphs. */
export const SURVEY_NOTE_MAX = 2000;

export const SurveyNoteTextSchema = z
  .string({ error: 'A note must be text' })
  .trim()
  .min(1, 'A note needs some text')
  .max(SURVEY_NOTE_MAX, `A note has at most ${SURVEY_NOTE_MAX} characters`);

const AuthorSchema = z
  .string()
  .trim()
  .max(60, 'A name has at most 60 characters')
  .transform((s) => (s === '' ? undefined : s));

export const SurveyNoteSchema = z.object({
  /** Stable random id, also the key in the notes map. */
  id: idSchema('a note id'),
  text: SurveyNoteTextSchema,
  /** Who wrote it, as they called themselves; absent when they gave no name. */
  author: AuthorSchema.optional(),
  /** Creation time on the writer's clock, ms; orders the list. */
  createdAt: z.number().int().nonnegative(),
});
export type SurveyNote = z.infer<typeof SurveyNoteSchema>;

export const NewSurveyNoteSchema = SurveyNoteSchema.pick({ text: true, author: true });
export type NewSurveyNote = z.input<typeof NewSurveyNoteSchema>;

/** Every well-formed note, oldest first (the id breaks ties). Malformed ones are skipped. */
export function readSurveyNotes(doc: Y.Doc): SurveyNote[] {
  return readEntries(surveyNotesMap(doc), readNote).items.sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Note entries {@link readSurveyNotes} skips. */
export function unreadableSurveyNotes(doc: Y.Doc): number {
  return readEntries(surveyNotesMap(doc), readNote).unreadable;
}

function readNote(id: string, map: SurveyNoteMap): SurveyNote | null {
  const result = SurveyNoteSchema.safeParse({
    id,
    text: map.get('text'),
    author: map.get('author') ?? undefined,
    createdAt: map.get('createdAt'),
  });
  return result.success ? result.data : null;
}

/** Adds a note and returns its id. Throws a ZodError for bad input. */
export function addSurveyNote(
  doc: Y.Doc,
  input: NewSurveyNote,
  origin?: unknown,
  now = Date.now(),
): string {
  const { text, author } = NewSurveyNoteSchema.parse(input);
  const id = randomId(16);
  doc.transact(() => {
    const map: SurveyNoteMap = new Y.Map();
    map.set('text', text);
    if (author !== undefined) map.set('author', author);
    map.set('createdAt', now);
    surveyNotesMap(doc).set(id, map);
  }, origin);
  return id;
}

/** Removes a note. Returns false when it was already gone. */
export function deleteSurveyNote(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const notes = surveyNotesMap(doc);
  if (!notes.has(id)) return false;
  doc.transact(() => notes.delete(id), origin);
  return true;
}

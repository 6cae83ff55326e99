/**
 * The survey notes this browser sent, by board, so that their author can take one back.
 * Notes carry no author id (the name is optional and free), so the browser that sent a
 * note is what makes it theirs. Scope: session, kept in localStorage: a survey is
 * answered over days. Storage that is off or full only hides the Remove button.
 */
import { z } from 'zod';

const key = (boardId: string) => `hindsight:sent-notes:${boardId}`;
/** More than anyone writes in one survey; the oldest are forgotten first. */
const MAX_REMEMBERED = 200;

const IdsSchema = z.array(z.string().max(64)).max(MAX_REMEMBERED);

export function recallSentNotes(boardId: string): ReadonlySet<string> {
  try {
    const parsed = IdsSchema.safeParse(JSON.parse(localStorage.getItem(key(boardId)) ?? '[]'));
    return new Set(parsed.success ? parsed.data : []);
  } catch {
    return new Set();
  }
}

function store(boardId: string, ids: readonly string[]): ReadonlySet<string> {
  const kept = ids.slice(-MAX_REMEMBERED);
  try {
    localStorage.setItem(key(boardId), JSON.stringify(kept));
  } catch {
    // storage off or full: the note is still sent, only its Remove button is not offered
  }
  return new Set(kept);
}

/** Remembers a note this browser sent; returns the updated set. */
export function rememberSentNote(boardId: string, noteId: string): ReadonlySet<string> {
  return store(boardId, [...recallSentNotes(boardId), noteId]);
}

/** Forgets a note (it was removed); returns the updated set. */
export function forgetSentNote(boardId: string, noteId: string): ReadonlySet<string> {
  return store(
    boardId,
    [...recallSentNotes(boardId)].filter((id) => id !== noteId),
  );
}

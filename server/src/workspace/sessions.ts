/**
 * Server-side sessions: the browser holds a random 256-bit id in a cookie, the store only
 * its SHA-256. A session ends when idle for {@link SESSION_IDLE_MS}, at the latest
 * {@link SESSION_ABSOLUTE_MS} after sign-in, on sign-out, on "sign out everywhere", and
 * at once when its person is deactivated.
 */
import { randomId } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { PersonRecord, SessionRecord, WorkspaceStore } from '../storage/workspaceStore.ts';

const HOUR_MS = 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * HOUR_MS;
export const SESSION_ABSOLUTE_MS = 30 * 24 * HOUR_MS;

/** Last-seen times are written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

/** True while a session may still be used at `now`. */
export function sessionLive(session: SessionRecord, now: number): boolean {
  return (
    now - session.lastSeenAt < SESSION_IDLE_MS && now - session.createdAt < SESSION_ABSOLUTE_MS
  );
}

/** Deletes the sessions that have ended by time, so the table does not keep them forever. */
export function pruneSessions(store: WorkspaceStore, now: number): Promise<number> {
  return store.deleteExpiredSessions(now - SESSION_IDLE_MS, now - SESSION_ABSOLUTE_MS);
}

export interface LiveSession {
  readonly session: SessionRecord;
  readonly person: PersonRecord;
}

export interface Sessions {
  /** A new session for a person; the returned token is the cookie's value, kept nowhere else. */
  create(personId: string): Promise<{ token: string; session: SessionRecord }>;
  /** The live session and active person a cookie's token names, or null. */
  resolve(token: string): Promise<LiveSession | null>;
  /** Ends the session a token names, if any. */
  end(token: string): Promise<void>;
  /** Ends every session of a person; resolves with how many there were. */
  endAll(personId: string): Promise<number>;
}

export function sessions(store: WorkspaceStore, now: () => number = Date.now): Sessions {
  return {
    async create(personId) {
      const token = newToken();
      const at = now();
      const session: SessionRecord = {
        id: randomId(16),
        hash: hashToken(token),
        personId,
        createdAt: at,
        lastSeenAt: at,
      };
      await store.createSession(session);
      await store.recordSignIn(personId, at);
      return { token, session };
    },
    async resolve(token) {
      const session = await store.findSession(hashToken(token));
      if (!session) return null;
      const at = now();
      if (!sessionLive(session, at)) {
        await store.deleteSession(session.id);
        return null;
      }
      const person = await store.findPerson(session.personId);
      if (!person || person.deactivatedAt !== null) return null;
      if (session.lastSeenAt + TOUCH_EVERY_MS <= at) await store.touchSession(session.id, at);
      return { session, person };
    },
    async end(token) {
      const session = await store.findSession(hashToken(token));
      if (session) await store.deleteSession(session.id);
    },
    endAll: (personId) => store.deleteSessionsOf(personId),
  };
}

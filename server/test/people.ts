/** People and their sessions made straight in a test server's store, for the REST calls tests make. */
import type { FastifyInstance } from 'fastify';
import { randomId, type WorkspaceRole } from '@hindsight/shared';
import { csrfTokenFor } from '../src/http/csrf.ts';
import { SESSION_COOKIE } from '../src/http/session.ts';
import type { PersonRecord } from '../src/storage/workspaceStore.ts';
import { hashPassword } from '../src/workspace/passwords.ts';
import { sessions } from '../src/workspace/sessions.ts';

/** The password every {@link signedIn} person has. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** Hashed once per test file: argon2id at full strength is meant to be slow. */
let testHash: Promise<string> | undefined;

export interface SignedIn {
  readonly person: PersonRecord;
  /** The `cookie` header that carries the session. */
  readonly cookie: string;
  /** The CSRF token that session's changes carry. */
  readonly csrf: string;
  /** Both headers, for a cookie-authenticated change. */
  readonly headers: Record<string, string>;
}

/** A person of that role with a session, as if they had signed in. */
export async function signedIn(
  app: FastifyInstance,
  role: WorkspaceRole,
  name = `A ${role}`,
): Promise<SignedIn> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const person: PersonRecord = {
    id: randomId(12),
    email: `${role}-${randomId(8).toLowerCase()}@example.com`,
    name,
    role,
    passwordHash: await testHash,
    createdAt: Date.now(),
    deactivatedAt: null,
  };
  await app.workspace.store.createPerson(person);
  const { token } = await sessions(app.workspace.store).create(person.id);
  const cookie = `${SESSION_COOKIE}=${token}`;
  const csrf = csrfTokenFor(token);
  return { person, cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** The session cookie a response sets, as a `cookie` request header, or undefined. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string | undefined {
  for (const line of [setCookie ?? []].flat()) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line);
    if (match?.[1]) return `${SESSION_COOKIE}=${match[1]}`;
  }
  return undefined;
}

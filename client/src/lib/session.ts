/**
 * Who is signed in to the workspace, for the pages (`useSession`), and the CSRF token
 * their changes carry (`withCsrf`). The session itself is an HttpOnly cookie the page
 * never sees; `GET /api/me` names its person and hands over the CSRF token.
 * Scope: this tab, read from the server when the app starts.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  CSRF_HEADER,
  MeResponseSchema,
  SetupStatusSchema,
  type MeResponse,
  type PersonInfo,
} from '@hindsight/shared';
import { z } from 'zod';
import { ApiRequestError, request, send } from './http.ts';

export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'needs-setup' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly person: PersonInfo }
  | { readonly kind: 'unreachable'; readonly message: string };

const sessionStore = createStore<{ state: SessionState }>()(() => ({
  state: { kind: 'loading' },
}));

/** The CSRF token of this tab's session; never stored beyond the tab's memory. */
let csrfToken: string | null = null;

export function useSession(): SessionState {
  return useStore(sessionStore, (s) => s.state);
}

/** `init` with the CSRF header added when signed in: every change made with the cookie needs it. */
export function withCsrf(init: RequestInit): RequestInit {
  if (csrfToken === null) return init;
  const headers = new Headers(init.headers);
  headers.set(CSRF_HEADER, csrfToken);
  return { ...init, headers };
}

function signedIn(me: MeResponse): void {
  csrfToken = me.csrfToken;
  sessionStore.setState({ state: { kind: 'signed-in', person: me.person } });
}

function signedOut(): void {
  csrfToken = null;
  sessionStore.setState({ state: { kind: 'signed-out' } });
}

/** Asks the server whether the workspace is set up and who is signed in. */
export async function loadSession(): Promise<void> {
  try {
    const { needed } = await request('/api/setup', { cache: 'no-store' }, SetupStatusSchema);
    if (needed) {
      csrfToken = null;
      sessionStore.setState({ state: { kind: 'needs-setup' } });
      return;
    }
    signedIn(await request('/api/me', { cache: 'no-store' }, MeResponseSchema));
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return signedOut();
    sessionStore.setState({
      state: {
        kind: 'unreachable',
        message: error instanceof Error ? error.message : 'The server could not be reached.',
      },
    });
  }
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export async function signIn(email: string, password: string): Promise<void> {
  signedIn(await request('/api/session', json({ email, password }), MeResponseSchema));
}

/** Creates the owner with the setup link's token; they are signed in. */
export async function completeSetup(input: {
  token: string;
  email: string;
  name: string;
  password: string;
}): Promise<void> {
  const me = await request('/api/setup', json(input), MeResponseSchema);
  signedIn(me);
}

/** Sets a password with a one-time link's token; the person is signed in. */
export async function setPasswordWithLink(token: string, password: string): Promise<void> {
  signedIn(await request('/api/account/password', json({ token, password }), MeResponseSchema));
}

export async function signOut(): Promise<void> {
  await send('/api/session', withCsrf({ method: 'DELETE' }));
  signedOut();
}

export async function signOutEverywhere(): Promise<void> {
  await send('/api/me/sessions', withCsrf({ method: 'DELETE' }));
  signedOut();
}

const PasswordChangedSchema = z.object({ csrfToken: z.string() });

/** Changes the password; other sessions end, and this tab's session is renewed. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const { csrfToken: renewed } = await request(
    '/api/me/password',
    withCsrf({
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword }),
    }),
    PasswordChangedSchema,
  );
  csrfToken = renewed;
}

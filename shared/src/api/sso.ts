/**
 * Single sign-on through an OpenID Connect provider (server/src/workspace/oidc/): whether
 * the sign-in page offers it, and why a sign-in that came back from the provider was
 * refused. The server sends the browser back to the sign-in page with `?sso_error=<code>`,
 * and the page shows the code's message: never a stack trace, never the provider's words.
 */
import { z } from 'zod';

/** Where the sign-in page sends the browser to sign in with SSO (`GET`). */
export const SSO_START_PATH = '/api/oidc/start';
/** Where the provider sends the browser back: register `<PUBLIC_URL>` + this at the provider. */
export const SSO_CALLBACK_PATH = '/api/oidc/callback';
/** The query parameter of the sign-in page that names why an SSO sign-in failed. */
export const SSO_ERROR_PARAM = 'sso_error';

/** `GET /api/oidc`: whether SSO is configured, and whether the provider answers now. */
export const SsoStatusSchema = z.object({
  enabled: z.boolean(),
  available: z.boolean(),
});
export type SsoStatus = z.infer<typeof SsoStatusSchema>;

/** Why an SSO sign-in ended on the sign-in page, with what the page says. */
export const SSO_ERRORS = {
  unavailable:
    'Single sign-on is unavailable right now: the sign-in provider does not answer. Try again in a minute, or sign in with your password.',
  denied: 'The sign-in was cancelled at the provider.',
  expired: 'The sign-in took too long or was started in another browser. Start again.',
  state: 'The sign-in could not be verified. Start again.',
  nonce: 'The sign-in could not be verified. Start again.',
  failed: 'The sign-in provider could not confirm who you are. Start again.',
  no_email: 'The sign-in provider did not give an email address, so no account can be found.',
  unverified: 'Your email address is not verified at the sign-in provider. Verify it there first.',
  domain: 'Accounts from that email domain cannot sign in to this workspace.',
  deactivated: 'This account is deactivated. Ask an admin of the workspace.',
  linked_elsewhere:
    'That email belongs to an account already linked to another sign-in at this provider. Ask an admin of the workspace.',
} as const;
export type SsoError = keyof typeof SSO_ERRORS;

/** The message for a code in the sign-in page's address; null for anything else. */
export function ssoErrorMessage(code: string | null): string | null {
  return code !== null && Object.hasOwn(SSO_ERRORS, code) ? SSO_ERRORS[code as SsoError] : null;
}

import {
  MeResponseSchema,
  PasswordResetAskedSchema,
  PasswordResetLookupResponseSchema,
  PasswordSchema,
  type MeResponse,
  type PasswordResetAsked,
} from '@hindsight/shared';
import { request } from '../../../lib/http.ts';

export const LOOKUP_URL = '/api/password-reset/lookup';
export const LookupSchema = PasswordResetLookupResponseSchema;

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** `POST /api/password-reset`: the same answer whether or not the email has an account. */
export function askPasswordReset(email: string): Promise<PasswordResetAsked> {
  return request('/api/password-reset', json({ email }), PasswordResetAskedSchema);
}

/** `POST /api/password-reset/complete`: sets the password and signs this browser in. */
export function completePasswordReset(token: string, password: string): Promise<MeResponse> {
  return request('/api/password-reset/complete', json({ token, password }), MeResponseSchema);
}

/** The password's problem, or undefined when it may be sent. */
export function passwordError(password: string): string | undefined {
  const parsed = PasswordSchema.safeParse(password);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

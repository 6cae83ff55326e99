/**
 * The account API: signing in and out, who is signed in (`GET /api/me`), the first-start
 * setup. The session itself travels in an HttpOnly cookie; changes made with it carry
 * the CSRF token from `GET /api/me` in the {@link CSRF_HEADER} header.
 */
import { z } from 'zod';
import { WorkspaceRoleSchema } from '../workspace/roles.ts';

/** The header cookie-authenticated changes must carry (server/src/http/csrf.ts). */
export const CSRF_HEADER = 'x-csrf-token';

/** Lower-cased and trimmed, so one address is one account however it is typed. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ message: 'Enter an email address such as ana@example.com.' }));

export const PersonNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(80, 'A name has at most 80 characters.');

/** Lengths only, as NIST SP 800-63B asks: long passphrases welcome, no composition rules. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `A password has at most ${MAX_PASSWORD_LENGTH} characters.`);

export const SignInRequestSchema = z.strictObject({
  email: z.string().max(1000),
  password: z.string().max(MAX_PASSWORD_LENGTH),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** A person as the API shows them: never their password hash. */
export const PersonInfoSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: WorkspaceRoleSchema,
  createdAt: z.number(),
  deactivatedAt: z.number().nullable(),
  /** Whether they have a password: one who signs in only with SSO has none to change. */
  hasPassword: z.boolean(),
});
export type PersonInfo = z.infer<typeof PersonInfoSchema>;

/** `GET /api/me`: the signed-in person and the token their changes carry. */
export const MeResponseSchema = z.object({
  person: PersonInfoSchema,
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

/** `GET /api/setup`: whether the workspace still waits for its owner. */
export const SetupStatusSchema = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

/** `POST /api/setup`: the setup link's token and the owner's account. */
export const SetupRequestSchema = z.strictObject({
  token: z.string().min(1).max(128),
  email: EmailSchema,
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type SetupRequest = z.infer<typeof SetupRequestSchema>;

/** `POST /api/account/password`: a one-time set-password link's token and the new password. */
export const SetPasswordRequestSchema = z.strictObject({
  token: z.string().min(1).max(128),
  password: PasswordSchema,
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequestSchema>;

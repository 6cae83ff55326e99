/** REST payloads of password resets (`/api/password-reset`), asked for before sign-in. */
import { z } from 'zod';
import { PasswordSchema } from './accounts.ts';
import { LinkTokenSchema } from './invitations.ts';

export const PasswordResetRequestSchema = z.strictObject({
  email: z.string().max(1000),
});

/**
 * `POST /api/password-reset` answers 202 with this whether or not the email has an
 * account, so it tells nobody who has one.
 */
export const PasswordResetAskedSchema = z.object({
  /** Whether this workspace sends mail at all; without it, an admin resets passwords. */
  mailConfigured: z.boolean(),
  /** How long a reset link works. */
  expiresInMinutes: z.number(),
});
export type PasswordResetAsked = z.infer<typeof PasswordResetAskedSchema>;

export const PasswordResetLookupRequestSchema = z.strictObject({ token: LinkTokenSchema });

/** `POST /api/password-reset/lookup`: whose password the link sets. */
export const PasswordResetLookupResponseSchema = z.object({
  email: z.string(),
  expiresAt: z.number(),
});
export type PasswordResetLookupResponse = z.infer<typeof PasswordResetLookupResponseSchema>;

export const CompletePasswordResetRequestSchema = z.strictObject({
  token: LinkTokenSchema,
  password: PasswordSchema,
});

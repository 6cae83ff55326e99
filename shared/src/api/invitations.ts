/**
 * REST payloads of invitations (`/api/invitations`) and of the mail that carries links.
 * An invitation names the email and role of an account to be; its link carries a token
 * shown to the admin (and mailed) once, works once, and expires.
 */
import { z } from 'zod';
import { WorkspaceRoleSchema } from '../workspace/roles.ts';
import { PasswordSchema, PersonNameSchema } from './accounts.ts';
import { MailOutcomeSchema } from './mail.ts';

/** How long an invitation works unless the admin says otherwise, days. */
export const DEFAULT_INVITATION_DAYS = 7;
/** The longest an invitation may work, days. */
export const MAX_INVITATION_DAYS = 30;

/** An email address as typed: trimmed and lower-cased, since one address is one person. */
export const InviteEmailSchema = z
  .string()
  .trim()
  .max(254, 'An email address is at most 254 characters')
  .pipe(z.email({ message: 'Enter an email address such as sam@example.com' }))
  .transform((email) => email.toLowerCase());

const DaysSchema = z
  .number()
  .int('Whole days')
  .min(1, 'At least 1 day')
  .max(MAX_INVITATION_DAYS, `At most ${MAX_INVITATION_DAYS} days`);

export const CreateInvitationRequestSchema = z.strictObject({
  email: InviteEmailSchema,
  role: WorkspaceRoleSchema,
  /** Days the link works; {@link DEFAULT_INVITATION_DAYS} when absent. */
  expiresInDays: DaysSchema.optional(),
});
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequestSchema>;

/** `POST /api/invitations/:id/link`: a new link (the one before stops working). */
export const RenewInvitationRequestSchema = z.strictObject({
  /** Mail the new link to the invited address (resend), or only show it (copy). */
  send: z.boolean(),
  expiresInDays: DaysSchema.optional(),
});
export type RenewInvitationRequest = z.infer<typeof RenewInvitationRequestSchema>;

/** What the admin sees of an open invitation: never its token. Times in ms. */
export const InvitationInfoSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: WorkspaceRoleSchema,
  /** The name of the admin who invited; null for a script. */
  invitedBy: z.string().nullable(),
  createdAt: z.number(),
  expiresAt: z.number(),
  /** Open invitations are pending until they expire. */
  state: z.enum(['pending', 'expired']),
});
export type InvitationInfo = z.infer<typeof InvitationInfoSchema>;

export const InvitationListSchema = z.object({
  invitations: z.array(InvitationInfoSchema),
  /** Whether the server sends mail (SMTP_URL); without it, links are passed on by hand. */
  mailConfigured: z.boolean(),
});
export type InvitationList = z.infer<typeof InvitationListSchema>;

/**
 * `POST /api/invitations` and `…/:id/link`: the link, shown this once, and what became of
 * its mail (null when none was asked for: a link to copy).
 */
export const InvitationLinkResponseSchema = z.object({
  invitation: InvitationInfoSchema,
  link: z.string(),
  mail: MailOutcomeSchema.nullable(),
});
export type InvitationLinkResponse = z.infer<typeof InvitationLinkResponseSchema>;

/** A token from a link's fragment, as the accept and reset pages send it. */
export const LinkTokenSchema = z.string().min(1).max(200);

export const InvitationLookupRequestSchema = z.strictObject({ token: LinkTokenSchema });

/** `POST /api/invitations/lookup`: what the accept page shows before the form. */
export const InvitationLookupResponseSchema = z.object({
  email: z.string(),
  role: WorkspaceRoleSchema,
  expiresAt: z.number(),
});
export type InvitationLookupResponse = z.infer<typeof InvitationLookupResponseSchema>;

/** Why a link no longer works, as the `error` of a 410 answer. */
export const LINK_GONE = ['expired', 'used', 'revoked'] as const;
export type LinkGone = (typeof LINK_GONE)[number];

/** `POST /api/invitations/accept`: the account's name and password; its email and role are the invitation's. */
export const AcceptInvitationRequestSchema = z.strictObject({
  token: LinkTokenSchema,
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;

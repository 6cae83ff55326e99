/** What became of a mail Hindsight was asked to send (server/src/workspace/mail/). */
import { z } from 'zod';

/** Whether a link was mailed; when it was not, the admin passes it on. */
export const MailOutcomeSchema = z.discriminatedUnion('reason', [
  z.object({ sent: z.literal(true), reason: z.literal('sent') }),
  /** No SMTP_URL: nothing was sent. */
  z.object({ sent: z.literal(false), reason: z.literal('not-configured') }),
  /** The mail server could not be reached or refused; `detail` says what it answered. */
  z.object({ sent: z.literal(false), reason: z.literal('failed'), detail: z.string() }),
]);
export type MailOutcome = z.infer<typeof MailOutcomeSchema>;

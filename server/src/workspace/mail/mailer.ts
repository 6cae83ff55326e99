/**
 * Sending mail: SMTP through nodemailer when SMTP_URL is set. Sending never throws: the
 * caller learns whether the message left, and says so to the admin, who can always copy
 * the link instead — an invitation or a reset exists whether or not its mail was sent.
 */
import nodemailer from 'nodemailer';
import type { MailOutcome } from '@hindsight/shared';
import type { MailConfig } from '../../config.ts';

/** One message, in plain text and HTML (every value in the HTML already escaped). */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  /** Whether mail is set up (SMTP_URL); the admin's page says how links reach people. */
  readonly configured: boolean;
  send(message: MailMessage): Promise<MailOutcome>;
  close(): void;
}

/**
 * How long a send may wait on the mail server, ms: the admin waits on it. nodemailer's
 * defaults (2 min to connect, 10 min of silence) suit a batch job, not a button.
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The longest part of a mail server's error shown to the admin. */
const MAX_DETAIL = 300;

/** The mailer for `config`: SMTP when mail is set up, else one that sends nothing. */
export function createMailer(config: MailConfig | undefined): Mailer {
  return config ? smtpMailer(config) : NO_MAIL;
}

const NO_MAIL: Mailer = {
  configured: false,
  send: async () => ({ sent: false, reason: 'not-configured' }),
  close() {},
};

function smtpMailer({ smtpUrl, from }: MailConfig): Mailer {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS }, { from });
  return {
    configured: true,
    async send({ to, subject, text, html }) {
      try {
        await transport.sendMail({ to, subject, text, html });
        return { sent: true, reason: 'sent' };
      } catch (error) {
        return { sent: false, reason: 'failed', detail: failureDetail(error) };
      }
    },
    close: () => transport.close(),
  };
}

/** What went wrong, in one line for the admin; never the URL (it may hold a password). */
export function failureDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL) || 'unknown error';
}

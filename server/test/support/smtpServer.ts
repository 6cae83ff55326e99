/**
 * A real SMTP server in-process (smtp-server) on port 0, for tests of the mail Hindsight
 * sends: it requires the credentials in its URL, keeps every message it accepts (parsed
 * with mailparser), and can be told to refuse every message, as a broken mail server does.
 * Used by the server's tests and by the e2e stories (the server they start gets `url`).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  /** The envelope's recipients. */
  readonly to: readonly string[];
  /** The From header as written. */
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  /** The HTML part, as sent. */
  readonly html: string;
}

export interface TestSmtpServer {
  /** `smtp://user:password@127.0.0.1:<port>`, for SMTP_URL. */
  readonly url: string;
  /** Every message accepted so far, in order. */
  readonly received: readonly ReceivedMail[];
  /**
   * The first message to `address` among those after the first `skip` received (all by
   * default): received already, or the next one to arrive.
   */
  mailTo(address: string, skip?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  /** Refuse every recipient with a permanent error, as a misconfigured relay does. */
  readonly refuse?: boolean;
}

const USER = 'hindsight';
const PASSWORD = 'smtp-test-password';
/** How long {@link TestSmtpServer.mailTo} waits: a guard for a busy machine, not a sleep. */
const WAIT_MS = 30_000;

export async function startSmtpServer({
  refuse = false,
}: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on a loopback port: STARTTLS would need a certificate the client trusts.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      if (!refuse) return callback();
      const error = Object.assign(new Error('Mailbox unavailable (the test server refuses)'), {
        responseCode: 550,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    mailTo(address, skip = 0) {
      const wanted = address.toLowerCase();
      const find = () => received.slice(skip).find((m) => m.to.includes(wanted));
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = find();
          if (!mail) return;
          cleanup();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No mail to ${address} within ${WAIT_MS} ms`));
        }, WAIT_MS);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

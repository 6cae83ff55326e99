import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtpServer.ts';
import { createMailer } from './mailer.ts';

const servers: TestSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function smtp(refuse = false): Promise<TestSmtpServer> {
  const server = await startSmtpServer({ refuse });
  servers.push(server);
  return server;
}

const message = {
  to: 'Sam@Example.com',
  subject: 'Hello',
  text: 'Plain words',
  html: '<p>Plain words</p>',
};

describe('the mailer', () => {
  it('sends through SMTP_URL, signed in with its credentials, from MAIL_FROM, in text and HTML', async () => {
    const server = await smtp();
    const mailer = createMailer({ smtpUrl: server.url, from: 'Hindsight <pm@example.com>' });
    expect(await mailer.send(message)).toEqual({ sent: true, reason: 'sent' });
    const mail = await server.mailTo('sam@example.com');
    expect(mail).toMatchObject({
      from: '"Hindsight" <pm@example.com>',
      subject: 'Hello',
      text: 'Plain words',
      html: '<p>Plain words</p>',
    });
    mailer.close();
  });

  it('reports a refusal or an unreachable server instead of throwing', async () => {
    const refusing = await smtp(true);
    const mailer = createMailer({ smtpUrl: refusing.url, from: 'pm@example.com' });
    const refused = await mailer.send(message);
    expect(refused).toMatchObject({ sent: false, reason: 'failed' });
    expect(refused.sent === false && refused.reason === 'failed' && refused.detail).toMatch(/550/);
    expect(refusing.received).toEqual([]);
    mailer.close();

    const wrongPassword = createMailer({
      smtpUrl: refusing.url.replace('smtp-test-password', 'wrong'),
      from: 'pm@example.com',
    });
    const denied = await wrongPassword.send(message);
    expect(denied).toMatchObject({ sent: false, reason: 'failed' });
    expect(JSON.stringify(denied)).not.toContain('wrong');
    wrongPassword.close();
  });

  it('sends nothing without SMTP_URL, and says so', async () => {
    const mailer = createMailer(undefined);
    expect(mailer.configured).toBe(false);
    expect(await mailer.send(message)).toEqual({ sent: false, reason: 'not-configured' });
  });
});

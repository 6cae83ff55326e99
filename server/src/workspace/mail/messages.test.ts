import { describe, expect, it } from 'vitest';
import { invitationMail, passwordResetMail } from './messages.ts';

const HOSTILE = `Eve <img src=x onerror="alert('&')"> <a href="https://evil.example">click</a>`;

describe('the mail Hindsight sends', () => {
  it('escapes every value in the HTML of an invitation, and keeps the subject free of them', () => {
    const mail = invitationMail({
      to: 'sam@example.com',
      inviterName: HOSTILE,
      role: 'member',
      link: 'https://pm.example.com/invite#token="><script>x</script>',
      origin: 'https://pm.example.com/"><b>',
      expiresAt: Date.UTC(2026, 11, 13, 9, 30),
    });
    expect(mail.html).not.toMatch(/<img|<script|<b>|href="https:\/\/evil/);
    expect(mail.html).toContain('Eve &lt;img src=x onerror=&quot;alert(&#39;&amp;&#39;)&quot;&gt;');
    expect(mail.html).toContain(
      'href="https://pm.example.com/invite#token=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"',
    );
    expect(mail.subject).toBe('You are invited to Hindsight');
    expect(mail.text).toContain(`${HOSTILE} invited you to the Hindsight workspace`);
    expect(mail.text).toContain('as a member (you can create and run postmortems)');
    expect(mail.text).toContain('The link works once, until Sun, 13 Dec 2026 09:30:00 UTC.');
  });

  it('escapes the link and origin of a password reset, and says how long it works', () => {
    const mail = passwordResetMail({
      to: 'sam@example.com',
      link: 'https://pm.example.com/reset#token=<x>',
      origin: 'https://pm.example.com',
      expiresAt: Date.UTC(2026, 11, 6, 10, 0),
    });
    expect(mail.html).toContain('href="https://pm.example.com/reset#token=&lt;x&gt;"');
    expect(mail.text).toContain('https://pm.example.com/reset#token=<x>');
    expect(mail.text).toContain('until Sun, 06 Dec 2026 10:00:00 UTC');
    expect(mail.text).toContain('signs you out everywhere else');
  });
});

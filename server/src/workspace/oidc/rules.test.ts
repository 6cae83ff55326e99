import { describe, expect, it } from 'vitest';
import {
  decideSignIn,
  domainAllowed,
  emailDomain,
  type SsoClaims,
  type SsoWorld,
} from './rules.ts';

const claims: SsoClaims = {
  subject: 'sub-1',
  email: 'Ana@Example.COM',
  emailVerified: true,
  name: 'Ana',
};
const nobody: SsoWorld = { linked: null, sameEmail: null, sameEmailLinkedHere: false };
const active = { id: 'p1', deactivatedAt: null };
const gone = { id: 'p1', deactivatedAt: 1 };
const settings = { allowedDomains: [] as string[], defaultRole: 'member' as const };

describe('emailDomain and domainAllowed', () => {
  it('reads the domain after the last @, lower case', () => {
    expect(emailDomain('a@b@Example.com')).toBe('example.com');
    expect(emailDomain('no-domain@')).toBeUndefined();
    expect(emailDomain('@example.com')).toBeUndefined();
    expect(emailDomain('plain')).toBeUndefined();
  });

  it('allows any domain when none is listed, else exactly the listed ones', () => {
    expect(domainAllowed('a@anything.org', [])).toBe(true);
    expect(domainAllowed('a@Example.com', ['example.com'])).toBe(true);
    expect(domainAllowed('a@sub.example.com', ['example.com'])).toBe(false);
    expect(domainAllowed('a@example.com.evil.org', ['example.com'])).toBe(false);
  });
});

describe('decideSignIn', () => {
  it('creates a person with the default role on a first sign-in, email lower-cased', () => {
    expect(decideSignIn(claims, nobody, settings)).toEqual({
      kind: 'create',
      email: 'ana@example.com',
      name: 'Ana',
      role: 'member',
    });
    expect(
      decideSignIn({ ...claims, name: undefined }, nobody, { ...settings, defaultRole: 'viewer' }),
    ).toMatchObject({ name: 'ana', role: 'viewer' });
  });

  it('refuses an email the provider did not verify, whoever it would match', () => {
    const unverified = { ...claims, emailVerified: false };
    expect(decideSignIn(unverified, nobody, settings)).toEqual({
      kind: 'refused',
      reason: 'unverified',
    });
    expect(decideSignIn(unverified, { ...nobody, linked: active }, settings)).toMatchObject({
      reason: 'unverified',
    });
  });

  it('refuses a sign-in without an email', () => {
    expect(decideSignIn({ ...claims, email: undefined }, nobody, settings)).toMatchObject({
      reason: 'no_email',
    });
  });

  it('refuses a domain that is not allowed, even for a linked person', () => {
    const only = { ...settings, allowedDomains: ['corp.example'] };
    expect(decideSignIn(claims, nobody, only)).toMatchObject({ reason: 'domain' });
    expect(decideSignIn(claims, { ...nobody, linked: active }, only)).toMatchObject({
      reason: 'domain',
    });
  });

  it('signs in the linked person, and refuses them once deactivated', () => {
    expect(decideSignIn(claims, { ...nobody, linked: active }, settings)).toEqual({
      kind: 'signIn',
      personId: 'p1',
    });
    expect(decideSignIn(claims, { ...nobody, linked: gone }, settings)).toMatchObject({
      reason: 'deactivated',
    });
  });

  it('links an account with the same verified email that has no identity at this issuer', () => {
    expect(decideSignIn(claims, { ...nobody, sameEmail: active }, settings)).toEqual({
      kind: 'link',
      personId: 'p1',
    });
  });

  it('never moves an account linked to another subject, nor links a deactivated one', () => {
    expect(
      decideSignIn(claims, { ...nobody, sameEmail: active, sameEmailLinkedHere: true }, settings),
    ).toMatchObject({ reason: 'linked_elsewhere' });
    expect(decideSignIn(claims, { ...nobody, sameEmail: gone }, settings)).toMatchObject({
      reason: 'deactivated',
    });
  });
});

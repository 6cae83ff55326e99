/**
 * Who an SSO sign-in lets in, as one pure function over what the provider said and what
 * the workspace holds (docs/SECURITY.md, "Single sign-on"):
 *
 * - the provider must give an email and say it verified it (`email_verified: true`);
 * - its domain must be one of OIDC_ALLOWED_DOMAINS when that is set;
 * - the person is found by (issuer, subject), never by email alone;
 * - on a first sign-in, an account with the same email is linked only when it has no
 *   identity at this issuer yet (the verified email proves the same mailbox; an account
 *   already linked to another subject stays with it), else a person is created;
 * - a deactivated person is refused.
 */
import type { SsoRole } from './config.ts';

/** What the provider said about the person (ID token, or userinfo when it holds the email). */
export interface SsoClaims {
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
  readonly name: string | undefined;
}

/** The part of a person the rule reads. */
export interface SsoPerson {
  readonly id: string;
  readonly deactivatedAt: number | null;
}

export interface SsoWorld {
  /** The person this (issuer, subject) is linked to, if any. */
  readonly linked: SsoPerson | null;
  /** The person with the claimed email (lower-cased), if any. */
  readonly sameEmail: SsoPerson | null;
  /** True when `sameEmail` already has an identity at this issuer. */
  readonly sameEmailLinkedHere: boolean;
}

/** Why a sign-in is refused; each has its message on the sign-in page. */
export const SSO_REFUSALS = [
  'no_email',
  'unverified',
  'domain',
  'deactivated',
  'linked_elsewhere',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export type SsoDecision =
  | { readonly kind: 'refused'; readonly reason: SsoRefusal }
  | { readonly kind: 'signIn'; readonly personId: string }
  | { readonly kind: 'link'; readonly personId: string }
  | {
      readonly kind: 'create';
      readonly email: string;
      readonly name: string;
      readonly role: SsoRole;
    };

/** The domain of an email address, lower case; undefined when it has none. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : undefined;
}

/** True when `email` is in one of `allowed` (exactly: a subdomain is another domain). */
export function domainAllowed(email: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const domain = emailDomain(email);
  return domain !== undefined && allowed.includes(domain);
}

/** The email as the workspace keys people by it: trimmed, lower case. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A display name: the provider's, else the email's local part. */
export function displayName(claims: Pick<SsoClaims, 'name' | 'email'>, email: string): string {
  const name = claims.name?.trim();
  return name ? name.slice(0, 100) : email.slice(0, email.lastIndexOf('@'));
}

export function decideSignIn(
  claims: SsoClaims,
  world: SsoWorld,
  settings: { readonly allowedDomains: readonly string[]; readonly defaultRole: SsoRole },
): SsoDecision {
  const email = claims.email === undefined ? '' : normalEmail(claims.email);
  if (emailDomain(email) === undefined) return { kind: 'refused', reason: 'no_email' };
  if (!claims.emailVerified) return { kind: 'refused', reason: 'unverified' };
  if (!domainAllowed(email, settings.allowedDomains)) return { kind: 'refused', reason: 'domain' };
  if (world.linked) {
    return world.linked.deactivatedAt === null
      ? { kind: 'signIn', personId: world.linked.id }
      : { kind: 'refused', reason: 'deactivated' };
  }
  if (world.sameEmail) {
    if (world.sameEmail.deactivatedAt !== null) return { kind: 'refused', reason: 'deactivated' };
    if (world.sameEmailLinkedHere) return { kind: 'refused', reason: 'linked_elsewhere' };
    return { kind: 'link', personId: world.sameEmail.id };
  }
  return {
    kind: 'create',
    email,
    name: displayName(claims, email),
    role: settings.defaultRole,
  };
}

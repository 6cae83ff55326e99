/**
 * The OpenID Connect settings (OIDC_*), validated with the rest of the configuration at
 * boot (config.ts). SSO is on when the issuer and the client's credentials are set; a
 * part of them alone stops the server, as a half-configured sign-in would fail later.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { WORKSPACE_ROLES, type WorkspaceRole } from '@hindsight/shared';

/** Roles a first SSO sign-in may get: never admin, which only an admin gives. */
export const SSO_ROLES = WORKSPACE_ROLES.filter((role) => role !== 'admin');
export type SsoRole = Exclude<WorkspaceRole, 'admin'>;

export interface OidcConfig {
  /** The issuer identifier; its discovery document is at `/.well-known/openid-configuration`. */
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Email domains (lower case) whose people may sign in; empty: any verified email. */
  readonly allowedDomains: readonly string[];
  /** The workspace role of a person created by their first SSO sign-in. */
  readonly defaultRole: SsoRole;
}

/** A host no other machine can answer for: plain http is allowed to it (development, tests). */
function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  return isIP(bare) !== 0 && (bare === '::1' || bare.startsWith('127.'));
}

/** A DNS name such as example.com: letters, digits, hyphens, at least one dot. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const OidcEnvSchema = z.object({
  OIDC_ISSUER: z
    .url({ message: 'OIDC_ISSUER must be an absolute URL such as https://login.example.com' })
    .transform((value, ctx) => {
      const url = new URL(value);
      if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) {
        return url;
      }
      ctx.addIssue({
        code: 'custom',
        message: 'OIDC_ISSUER must be https (plain http only to localhost, for development)',
      });
      return z.NEVER;
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .transform((value, ctx) => {
      const domains = value
        .split(',')
        .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
        .filter(Boolean);
      for (const domain of domains) {
        if (!DOMAIN.test(domain)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${domain}" is not a domain such as example.com`,
          });
        }
      }
      return domains;
    })
    .optional(),
  OIDC_DEFAULT_ROLE: z
    .enum(SSO_ROLES as [SsoRole, ...SsoRole[]], {
      message: 'OIDC_DEFAULT_ROLE must be member or viewer (an admin gives the admin role)',
    })
    .default('member'),
});

type OidcEnv = z.infer<typeof OidcEnvSchema>;

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/**
 * The SSO settings, undefined when SSO is off; the names of the missing ones when only
 * part of them is set.
 */
export function oidcConfig(e: OidcEnv): OidcConfig | undefined | { missing: string[] } {
  const missing = REQUIRED.filter((name) => e[name] === undefined);
  if (missing.length === REQUIRED.length) return undefined;
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return { missing };
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    allowedDomains: e.OIDC_ALLOWED_DOMAINS ?? [],
    defaultRole: e.OIDC_DEFAULT_ROLE,
  };
}

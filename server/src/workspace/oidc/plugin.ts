/**
 * Single sign-on, when configured (OIDC_*): the relying party (client.ts), whose discovery
 * starts with the server and is retried in the background while the issuer does not
 * answer, and the key that seals sign-in flows in their cookie (flow.ts).
 */
import fp from 'fastify-plugin';
import { ssoClient, type SsoClient, type SsoClientOptions } from './client.ts';
import type { OidcConfig } from './config.ts';
import { flowSeal, type FlowSeal } from './flow.ts';

export interface Sso {
  readonly settings: OidcConfig;
  readonly client: SsoClient;
  readonly seal: FlowSeal;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when SSO is not configured. */
    sso: Sso | null;
  }
}

export interface SsoPluginOptions extends SsoClientOptions {
  readonly settings: OidcConfig | undefined;
}

export default fp<SsoPluginOptions>(
  async (app, { settings, ...options }) => {
    if (!settings) {
      app.decorate('sso', null);
      return;
    }
    if (settings.allowedDomains.length === 0) {
      app.log.warn(
        { issuer: settings.issuer.href, defaultRole: settings.defaultRole },
        'SSO: OIDC_ALLOWED_DOMAINS is not set, so anyone with a verified email at the issuer may sign in',
      );
    }
    const client = ssoClient(settings, app.log, options);
    app.decorate('sso', { settings, client, seal: flowSeal() });
    app.addHook('onClose', async () => client.close());
  },
  { name: 'sso' },
);

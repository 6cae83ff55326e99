/**
 * The workspace: its store (people, sessions, invitations, API tokens) and the services
 * routes use. The store is closed on shutdown.
 */
import fp from 'fastify-plugin';
import { openWorkspaceStore } from '../storage/openWorkspaceStore.ts';
import type { WorkspaceStore } from '../storage/workspaceStore.ts';
import '../http/authorize.ts';
import cookie from '@fastify/cookie';
import { workspaceSessions, type WorkspaceSessions } from '../http/session.ts';
import { apiTokens, type ApiTokens } from '../workspace/apiTokens.ts';
import { people, type People } from '../workspace/people.ts';
import { PersonChanges } from '../workspace/personChanges.ts';
import { pruneSessions, sessions } from '../workspace/sessions.ts';
import { setup, type Setup } from '../workspace/setup.ts';
import { passwordLinks, type PasswordLinks } from '../workspace/passwordLinks.ts';
import type { MailConfig } from '../config.ts';
import { invitations, type Invitations } from '../workspace/invitations.ts';
import { createMailer, type Mailer } from '../workspace/mail/mailer.ts';
import { passwordResets, type PasswordResets } from '../workspace/passwordResets.ts';

/** How often sessions ended by time are deleted. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface Workspace {
  readonly store: WorkspaceStore;
  readonly tokens: ApiTokens;
  readonly people: People;
  readonly sessions: WorkspaceSessions;
  /** The first start's owner setup (workspace/setup.ts). */
  readonly setup: Setup;
  /** One-time set-password links (`hindsight user create`). */
  readonly passwordLinks: PasswordLinks;
  /** Role changes, deactivations and ended sessions, for whoever holds access to re-check. */
  readonly changes: PersonChanges;
  readonly invitations: Invitations;
  readonly resets: PasswordResets;
  /** SMTP when MAIL is set up (SMTP_URL), else a mailer that sends nothing. */
  readonly mailer: Mailer;
  /** The clock of expiries (invitations, resets); tests move it on. */
  readonly now: () => number;
}

declare module 'fastify' {
  interface FastifyInstance {
    workspace: Workspace;
  }
}

export interface WorkspacePluginOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  /** Decides the cookie's Secure attribute (http/session.ts). */
  readonly publicUrl?: string | undefined;
  readonly mail?: MailConfig | undefined;
  readonly now?: (() => number) | undefined;
}

export default fp<WorkspacePluginOptions>(
  async (app, location) => {
    const store = await openWorkspaceStore(location);
    const now = location.now ?? Date.now;
    const mailer = createMailer(location.mail);
    await app.register(cookie);
    const changes = new PersonChanges();
    const everyone = people(store, Date.now, changes);
    app.decorate('workspace', {
      store,
      tokens: apiTokens(store),
      people: everyone,
      sessions: workspaceSessions(sessions(store), location.publicUrl, changes),
      setup: setup(store, everyone),
      passwordLinks: passwordLinks(store, everyone),
      changes,
      invitations: invitations(store, now),
      resets: passwordResets(store, now),
      mailer,
      now,
    });
    app.decorateRequest('principal', null as never);
    const prune = () =>
      pruneSessions(store, Date.now()).catch((err: unknown) =>
        app.log.warn({ err }, 'could not delete expired sessions'),
      );
    const pruning = setInterval(prune, PRUNE_EVERY_MS).unref();
    app.addHook('onReady', prune);
    app.addHook('onClose', async () => {
      clearInterval(pruning);
      mailer.close();
      await store.close();
    });
  },
  { name: 'workspace' },
);

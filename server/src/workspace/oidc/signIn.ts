/**
 * An SSO sign-in against the workspace: reads what {@link decideSignIn} needs, carries out
 * its decision (link an identity, create a person), and answers who signs in or why not.
 */
import type { WorkspaceStore } from '../../storage/workspaceStore.ts';
import type { People } from '../people.ts';
import type { SsoRole } from './config.ts';
import { decideSignIn, normalEmail, type SsoClaims, type SsoRefusal } from './rules.ts';

export type SsoSignIn =
  | { readonly ok: true; readonly personId: string; readonly created: boolean }
  | { readonly ok: false; readonly reason: SsoRefusal };

export interface SsoSignInContext {
  readonly store: WorkspaceStore;
  readonly people: Pick<People, 'find' | 'findByEmail' | 'create'>;
  readonly issuer: string;
  readonly allowedDomains: readonly string[];
  readonly defaultRole: SsoRole;
  readonly now: () => number;
}

/**
 * Decides and carries out one sign-in. Two first sign-ins of one person racing each other
 * meet at the identity's primary key or the email's unique index: the loser decides again,
 * on what the winner stored.
 */
export async function ssoSignIn(ctx: SsoSignInContext, claims: SsoClaims): Promise<SsoSignIn> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptSignIn(ctx, claims);
    if (outcome !== 'raced') return outcome;
    if (attempt >= 2) throw new Error('SSO sign-in kept racing another one');
  }
}

async function attemptSignIn(
  ctx: SsoSignInContext,
  claims: SsoClaims,
): Promise<SsoSignIn | 'raced'> {
  const { store, people, issuer } = ctx;
  const identity = await store.findIdentity(issuer, claims.subject);
  const linked = identity ? await people.find(identity.personId) : null;
  const sameEmail =
    !linked && claims.email !== undefined
      ? await people.findByEmail(normalEmail(claims.email))
      : null;
  const sameEmailLinkedHere =
    sameEmail !== null && (await store.findIdentityOfPerson(issuer, sameEmail.id)) !== null;
  const decision = decideSignIn(claims, { linked, sameEmail, sameEmailLinkedHere }, ctx);
  const at = ctx.now();
  const link = (personId: string) =>
    store.createIdentity({
      issuer,
      subject: claims.subject,
      personId,
      createdAt: at,
      lastSignInAt: at,
    });

  switch (decision.kind) {
    case 'refused':
      return { ok: false, reason: decision.reason };
    case 'signIn':
      await store.touchIdentity(issuer, claims.subject, at);
      return { ok: true, personId: decision.personId, created: false };
    case 'link':
      return (await link(decision.personId))
        ? { ok: true, personId: decision.personId, created: false }
        : 'raced';
    case 'create': {
      let person;
      try {
        person = await people.create({
          email: decision.email,
          name: decision.name,
          role: decision.role,
        });
      } catch (err) {
        if (await people.findByEmail(decision.email)) return 'raced';
        throw err;
      }
      return (await link(person.id)) ? { ok: true, personId: person.id, created: true } : 'raced';
    }
  }
}

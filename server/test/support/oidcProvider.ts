/**
 * A real OpenID provider in the test process: `oidc-provider` (a certified implementation)
 * on port 0, with test users who sign in on a plain login page it serves, consent granted
 * at once (a first-party client), and clients registered at any time — so a Hindsight
 * server started after it (its redirect URI known only then) can be registered with the
 * URI it really uses. Used by the integration tests and the browser stories (e2e/).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';

export interface TestUser {
  /** The subject (`sub`) the provider gives this person. */
  readonly id: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name: string;
}

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Lets the client redirect to `uri` (a server's callback, known once it listens). */
  allowRedirect(uri: string): void;
}

export interface TestProvider {
  /** The issuer identifier, e.g. `http://127.0.0.1:41234`. */
  readonly issuer: string;
  /** Adds (or replaces) a person who can sign in with their email and the password `test`. */
  addUser(user: TestUser): void;
  /** Registers a confidential client; it may redirect nowhere until told where. */
  registerClient(): TestClient;
  /** While false, every request answers 503, as an issuer that is down. */
  setReachable(reachable: boolean): void;
  stop(): Promise<void>;
}

/** The password of every test user: the provider under test is not the subject here. */
export const TEST_PASSWORD = 'test';

/** The provider's storage, one map per provider; clients are read from `clients`. */
function mapAdapter(
  rows: Map<string, AdapterPayload>,
  clients: Map<string, AdapterPayload>,
): (name: string) => Adapter {
  return (name) => {
    const key = (id: string) => `${name}:${id}`;
    const where = (test: (p: AdapterPayload) => boolean) => {
      for (const [k, p] of rows) if (k.startsWith(`${name}:`) && test(p)) return p;
      return undefined;
    };
    return {
      async upsert(id, payload) {
        rows.set(key(id), payload);
      },
      async find(id) {
        return name === 'Client' ? clients.get(id) : rows.get(key(id));
      },
      async findByUid(uid) {
        return where((p) => p.uid === uid);
      },
      async findByUserCode(userCode) {
        return where((p) => p.userCode === userCode);
      },
      async consume(id) {
        const row = rows.get(key(id));
        if (row) row.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        rows.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [k, p] of rows) if (p.grantId === grantId) rows.delete(k);
      },
    };
  };
}

function html(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startOidcProvider(users: readonly TestUser[] = []): Promise<TestProvider> {
  const accounts = new Map(users.map((u) => [u.id, u]));
  const clients = new Map<string, AdapterPayload>();
  const rows = new Map<string, AdapterPayload>();
  let reachable = true;
  /** Set once the server listens: the issuer names its port. */
  const ready: { provider?: Provider } = {};

  const server = createServer((req, res) => {
    const provider = ready.provider;
    if (!reachable || !provider) {
      res.writeHead(503).end();
      return;
    }
    const match = /^\/interaction\/([\w-]+)(\/(login|abort))?$/.exec(req.url?.split('?')[0] ?? '');
    if (!match) {
      provider.callback()(req, res);
      return;
    }
    interaction(provider, req, res, match[3]).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    adapter: mapAdapter(rows, clients),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const user = accounts.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: user.email,
          email_verified: user.emailVerified,
          name: user.name,
        }),
      };
    },
  });

  ready.provider = provider;

  /** The login page, its answers, and consent granted at once. */
  async function interaction(
    p: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    step: string | undefined,
  ): Promise<void> {
    const details = await p.interactionDetails(req, res);
    if (step === 'abort') {
      await p.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'The person did not allow the sign-in.',
      });
      return;
    }
    if (step === 'login') {
      const form = await formBody(req);
      const email = form.get('email')?.trim().toLowerCase();
      const user = [...accounts.values()].find((u) => u.email.toLowerCase() === email);
      if (!user || form.get('password') !== TEST_PASSWORD) {
        res.writeHead(401, { 'content-type': 'text/html' });
        res.end(
          html('Sign in to the test provider', '<p role="alert">Wrong email or password.</p>'),
        );
        return;
      }
      await p.interactionFinished(req, res, { login: { accountId: user.id } });
      return;
    }
    if (details.prompt.name === 'consent') {
      const grant = new p.Grant({
        accountId: details.session?.accountId ?? '',
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      await p.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
      return;
    }
    const uid = escapeHtml(details.uid);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      html(
        'Sign in to the test provider',
        `<form method="post" action="/interaction/${uid}/login">
<p><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username"></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><button type="submit">Sign in</button></p></form>
<form method="post" action="/interaction/${uid}/abort"><p><button type="submit">Cancel</button></p></form>`,
      ),
    );
  }

  return {
    issuer,
    addUser(user) {
      accounts.set(user.id, user);
    },
    registerClient() {
      const clientId = `hindsight-${randomBytes(6).toString('hex')}`;
      const clientSecret = randomBytes(24).toString('base64url');
      const redirectUris: string[] = [];
      const save = () =>
        clients.set(clientId, {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [...redirectUris],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        });
      save();
      return {
        clientId,
        clientSecret,
        allowRedirect(uri) {
          redirectUris.push(uri);
          save();
        },
      };
    },
    setReachable(value) {
      reachable = value;
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

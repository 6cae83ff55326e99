import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** A complete set of SSO settings. */
const SSO = {
  OIDC_ISSUER: 'https://login.example.com/realms/staff',
  OIDC_CLIENT_ID: 'hindsight',
  OIDC_CLIENT_SECRET: 's3cret',
};

const PG = 'postgresql://hindsight@db.internal:5432/hindsight';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', publicUrl: undefined });
    expect(config.dataDir).toBe(`${process.cwd()}/data`);
    expect(config.searchIndexDelayMs).toBe(2000);
  });

  it('reads the search index delay', () => {
    expect(loadConfig({ SEARCH_INDEX_DELAY_MS: '100' }).searchIndexDelayMs).toBe(100);
  });

  it('reads how often reminders are looked for and retried, a minute each unless set', () => {
    expect(loadConfig({}).reminders).toEqual({ intervalMs: 60_000, retryMs: 60_000 });
    expect(loadConfig({ REMINDER_INTERVAL_MS: '0', REMINDER_RETRY_MS: '5' }).reminders).toEqual({
      intervalMs: 0,
      retryMs: 5,
    });
  });

  it('reads where other processes reach this one', () => {
    expect(loadConfig({}).internalUrl).toBeUndefined();
    expect(loadConfig({ INTERNAL_URL: 'http://10.0.0.5:3000/' }).internalUrl).toBe(
      'http://10.0.0.5:3000',
    );
  });

  it("reads how long a board's lease lasts unrenewed", () => {
    expect(loadConfig({}).boardLeaseMs).toBe(3000);
    expect(loadConfig({ BOARD_LEASE_MS: '10000' }).boardLeaseMs).toBe(10_000);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a number'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535'],
    [{ PORT: '3.5' }, 'PORT must be a whole number'],
    [{ PUBLIC_URL: 'hindsight.local' }, 'PUBLIC_URL must be an absolute URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://db/hindsight' }, 'DATABASE_URL must be a Postgres URL'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE must be at least 1'],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, 'REDIS_URL: Redis is for several processes'],
    [{ REDIS_URL: '127.0.0.1:6379', DATABASE_URL: PG }, 'REDIS_URL must be a Redis URL'],
    [{ REDIS_URL: 'http://cache:6379', DATABASE_URL: PG }, 'REDIS_URL must be a Redis URL'],
    [{ REDIS_URL: 'redis://', DATABASE_URL: PG }, 'REDIS_URL must be a Redis URL'],
    [{ REDIS_PREFIX: 'has space' }, 'REDIS_PREFIX must be 1 to 64 letters'],
    [{ INTERNAL_URL: '10.0.0.5:3000' }, 'INTERNAL_URL must be an absolute URL'],
    [{ INTERNAL_URL: 'ftp://10.0.0.5' }, 'INTERNAL_URL must be an http:// or https:// URL'],
    [{ BOARD_LEASE_MS: '100' }, 'BOARD_LEASE_MS must be at least 300'],
    [{ BOARD_LEASE_MS: '1h' }, 'BOARD_LEASE_MS must be a number of milliseconds'],
    [{ SEARCH_INDEX_DELAY_MS: 'soon' }, 'SEARCH_INDEX_DELAY_MS must be a number'],
    [{ SEARCH_INDEX_DELAY_MS: '-1' }, 'SEARCH_INDEX_DELAY_MS must be 0 or more'],
    [{ SEARCH_INDEX_DELAY_MS: '60000' }, 'SEARCH_INDEX_DELAY_MS must be at most 30000'],
    [{ REMINDER_INTERVAL_MS: 'often' }, 'REMINDER_INTERVAL_MS must be a number'],
    [{ REMINDER_RETRY_MS: '0' }, 'REMINDER_RETRY_MS must be at least 1'],
    [{ REMINDER_INTERVAL_MS: '86400001' }, 'REMINDER_INTERVAL_MS must be at most 86400000'],
    [{ MAX_DOC_BYTES: 'lots' }, 'MAX_DOC_BYTES must be a number of bytes'],
    [{ MAX_UPDATE_BYTES: '100' }, 'MAX_UPDATE_BYTES must be at least 1024 bytes'],
    [{ MAX_UPDATE_BYTES: '9000000' }, 'MAX_UPDATE_BYTES must be at most 8388608 bytes'],
    [{ MAX_DOC_BYTES: '2000000000', MAX_BOARD_BYTES: '1000000' }, 'MAX_DOC_BYTES (2000000000)'],
    [{ MAX_UPDATE_BYTES: '65536', MAX_DOC_BYTES: '4096' }, 'MAX_UPDATE_BYTES (65536)'],
    [
      { ALLOWED_ORIGINS: 'https://ok.example, not a url' },
      'ALLOWED_ORIGINS: "not a url" is not an origin',
    ],
    [{ OIDC_ISSUER: 'login.example.com' }, 'OIDC_ISSUER must be an absolute URL'],
    [{ ...SSO, OIDC_ISSUER: 'http://login.example.com' }, 'OIDC_ISSUER must be https'],
    [{ OIDC_ISSUER: 'https://login.example.com' }, 'OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: OpenID'],
    [
      { ...SSO, OIDC_ALLOWED_DOMAINS: 'example.com, not a domain' },
      '"not a domain" is not a domain',
    ],
    [{ ...SSO, OIDC_DEFAULT_ROLE: 'admin' }, 'OIDC_DEFAULT_ROLE must be member or viewer'],
    [{ SMTP_URL: 'mail.example.com:587', MAIL_FROM: 'a@b.c' }, 'SMTP_URL must be a URL'],
    [{ SMTP_URL: 'https://mail.example.com', MAIL_FROM: 'a@b.c' }, 'SMTP_URL must be a URL'],
    [{ SMTP_URL: 'smtp://mail.example.com' }, 'MAIL_FROM: set the sender'],
    [{ MAIL_FROM: 'not an address' }, 'MAIL_FROM must be an address'],
    [{ SOCKETS_PER_ADDRESS: '3' }, 'SOCKETS_PER_ADDRESS must be at least 12'],
    [{ MAX_SOCKETS: 'many' }, 'MAX_SOCKETS must be a number of sockets'],
    [{ MAIL_FROM: 'a@b.c>\nBcc: x@y.z' }, 'MAIL_FROM must be an address'],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the size limits in bytes, and keeps the defaults for the others', () => {
    expect(loadConfig({}).limits).toEqual({});
    expect(loadConfig({ MAX_DOC_BYTES: '1048576', MAX_UPDATE_BYTES: '65536' }).limits).toEqual({
      maxDocBytes: 1048576,
      maxUpdateBytes: 65536,
      maxBoardBytes: 16 * 1024 * 1024,
    });
    // A doc limit alone brings the update limit down, or the board limit up, with it.
    expect(loadConfig({ MAX_DOC_BYTES: '262144' }).limits).toMatchObject({
      maxUpdateBytes: 262144,
    });
    expect(loadConfig({ MAX_DOC_BYTES: String(100 * 1024 * 1024) }).limits).toMatchObject({
      maxBoardBytes: 100 * 1024 * 1024,
    });
  });

  it('reads the socket ceilings, and keeps the defaults for the others', () => {
    expect(loadConfig({ SOCKETS_PER_ADDRESS: '4000', SOCKETS_PER_BOARD: '5000' }).limits).toEqual({
      maxSocketsPerAddress: 4000,
      maxSocketsPerBoard: 5000,
    });
    expect(loadConfig({ MAX_SOCKETS: '50000' }).limits).toEqual({ maxSockets: 50000 });
  });

  it('sends mail through SMTP_URL from MAIL_FROM, and never echoes the URL in an error', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    const smtpUrl = 'smtps://hindsight:s3cret@mail.example.com:465';
    expect(loadConfig({ SMTP_URL: smtpUrl, MAIL_FROM: 'Hindsight <pm@example.com>' }).mail).toEqual(
      { smtpUrl, from: 'Hindsight <pm@example.com>' },
    );
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:s3cret@', MAIL_FROM: 'a@b.c' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });

  it('stores in Postgres when DATABASE_URL is set, else in SQLite', () => {
    const url = 'postgresql://hindsight:secret@db.internal:5432/hindsight';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      databaseUrl: url,
      databasePoolSize: 10,
    });
    expect(loadConfig({}).databaseUrl).toBeUndefined();
  });

  it('shares limits and notices through Redis beside Postgres, prefixed', () => {
    const redis = 'rediss://:s3cret@cache.internal:6380/2';
    expect(loadConfig({ DATABASE_URL: PG, REDIS_URL: redis }).redis).toEqual({
      url: redis,
      prefix: 'hindsight:',
    });
    expect(
      loadConfig({ DATABASE_URL: PG, REDIS_URL: redis, REDIS_PREFIX: 'staging:' }).redis,
    ).toEqual({ url: redis, prefix: 'staging:' });
    expect(loadConfig({ DATABASE_URL: PG }).redis).toBeUndefined();
  });

  it('allows the PUBLIC_URL origin and the listed ones', () => {
    expect(
      loadConfig({
        PUBLIC_URL: 'https://pm.example.com/app',
        ALLOWED_ORIGINS: 'https://a.example/, https://b.example',
      }).allowedOrigins,
    ).toEqual(['https://a.example', 'https://b.example', 'https://pm.example.com']);
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://pm.example.com/' }).publicUrl).toBe(
      'https://pm.example.com',
    );
  });

  it('turns SSO on with the issuer and the client credentials; member by default', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig(SSO).oidc).toEqual({
      issuer: new URL(SSO.OIDC_ISSUER),
      clientId: 'hindsight',
      clientSecret: 's3cret',
      allowedDomains: [],
      defaultRole: 'member',
    });
  });

  it('reads the allowed domains lower-cased, and plain http to localhost only', () => {
    const oidc = loadConfig({
      ...SSO,
      OIDC_ISSUER: 'http://127.0.0.1:4000',
      OIDC_ALLOWED_DOMAINS: ' Example.com ,@corp.example,',
      OIDC_DEFAULT_ROLE: 'viewer',
    }).oidc;
    expect(oidc).toMatchObject({
      allowedDomains: ['example.com', 'corp.example'],
      defaultRole: 'viewer',
    });
    expect(oidc?.issuer.href).toBe('http://127.0.0.1:4000/');
  });

  it('never lets a first SSO sign-in make an admin', () => {
    expect(() => loadConfig({ ...SSO, OIDC_DEFAULT_ROLE: 'admin' })).toThrow(
      'OIDC_DEFAULT_ROLE must be member or viewer',
    );
    expect(loadConfig({ ...SSO, OIDC_DEFAULT_ROLE: 'viewer' }).oidc?.defaultRole).toBe('viewer');
  });
});

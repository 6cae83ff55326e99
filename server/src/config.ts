/**
 * Configuration from the environment, validated once at boot. A bad value stops the
 * server with a message naming the variable, rather than a surprise later.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DELAY_MS, MAX_DELAY_MS } from './search/indexer.ts';
import { DEFAULT_MEMBERS_PER_ROLE } from './sync/members.ts';
import { LEASE_TTL_MS } from './cluster/leases.ts';

/** The shortest and longest lease BOARD_LEASE_MS may set, ms. */
const MIN_LEASE_MS = 300;
const MAX_LEASE_MS = 600_000;
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/limits.ts';
import { OidcEnvSchema, oidcConfig, type OidcConfig } from './workspace/oidc/config.ts';
import { parseKey } from './trackers/secretBox.ts';

/** The largest update limit an operator may set (the websocket message limit follows it). */
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** A size in bytes, whole and positive, named in its messages. */
const bytes = (name: string, max?: number) => {
  const n = z.coerce
    .number({ message: `${name} must be a number of bytes` })
    .int(`${name} must be a whole number of bytes`)
    .min(1024, `${name} must be at least 1024 bytes`);
  return (max ? n.max(max, `${name} must be at most ${max} bytes`) : n).optional();
};

/** A ceiling of open sync sockets: at least a browser's few, at most a million. */
const socketCount = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number of sockets` })
    .int(`${name} must be a whole number of sockets`)
    .min(12, `${name} must be at least 12`)
    .max(1_000_000, `${name} must be at most 1000000`)
    .optional();

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

const DAY_MS = 86_400_000;

/** A whole number of milliseconds from `min` up to a day, named in its messages. */
const upToADay = (name: string, min: number) =>
  z.coerce
    .number({ message: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(min, `${name} must be at least ${min}`)
    .max(DAY_MS, `${name} must be at most ${DAY_MS} (a day)`);

/** Free space kept in DATA_DIR by default, MB: room for compactions and the WAL. */
export const DEFAULT_MIN_FREE_DISK_MB = 100;

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'HOST must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1, 'DATA_DIR must not be empty').default('./data'),
  PUBLIC_URL: z
    .url({ message: 'PUBLIC_URL must be an absolute URL such as https://hindsight.example.com' })
    .optional(),
  STATIC_DIR: z.string().trim().min(1).optional(),
  ALLOWED_ORIGINS: z
    .string()
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const item of value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)) {
        try {
          origins.push(new URL(item).origin);
        } catch {
          ctx.addIssue({
            code: 'custom',
            message: `"${item}" is not an origin such as https://retro.example.com`,
          });
        }
      }
      return origins;
    })
    .optional(),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], { message: 'TRUST_PROXY must be true or false' })
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message:
        'DATABASE_URL must be a Postgres URL such as postgresql://user:password@host:5432/db',
    })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'DATABASE_POOL_SIZE must be a number' })
    .int('DATABASE_POOL_SIZE must be a whole number')
    .min(1, 'DATABASE_POOL_SIZE must be at least 1')
    .max(1000, 'DATABASE_POOL_SIZE must be at most 1000')
    .default(10),
  BOARD_MEMBERS_PER_ROLE: z.coerce
    .number({ message: 'BOARD_MEMBERS_PER_ROLE must be a number' })
    .int('BOARD_MEMBERS_PER_ROLE must be a whole number')
    .min(1, 'BOARD_MEMBERS_PER_ROLE must be at least 1')
    .max(100_000, 'BOARD_MEMBERS_PER_ROLE must be at most 100000')
    .default(DEFAULT_MEMBERS_PER_ROLE),
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\/[^/?#]/.test(value) && URL.canParse(value), {
      message: 'REDIS_URL must be a Redis URL such as redis://:password@redis.internal:6379/0',
    })
    .optional(),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, {
      message: 'REDIS_PREFIX must be 1 to 64 letters, digits or _ . : -, such as hindsight:',
    })
    .default('hindsight:'),
  INTERNAL_URL: z
    .url({ message: 'INTERNAL_URL must be an absolute URL such as http://10.0.0.5:3000' })
    .refine((value) => /^https?:\/\//.test(value), {
      message: 'INTERNAL_URL must be an http:// or https:// URL such as http://10.0.0.5:3000',
    })
    .optional(),
  BOARD_LEASE_MS: z.coerce
    .number({ message: 'BOARD_LEASE_MS must be a number of milliseconds' })
    .int('BOARD_LEASE_MS must be a whole number of milliseconds')
    .min(MIN_LEASE_MS, `BOARD_LEASE_MS must be at least ${MIN_LEASE_MS}`)
    .max(MAX_LEASE_MS, `BOARD_LEASE_MS must be at most ${MAX_LEASE_MS}`)
    .default(LEASE_TTL_MS),
  MIN_FREE_DISK_MB: z.coerce
    .number({ message: 'MIN_FREE_DISK_MB must be a number' })
    .min(0, 'MIN_FREE_DISK_MB must be 0 or more')
    .default(DEFAULT_MIN_FREE_DISK_MB),
  STORE_FAULT_FILE: z.string().trim().min(1).optional(),
  SEARCH_INDEX_DELAY_MS: z.coerce
    .number({ message: 'SEARCH_INDEX_DELAY_MS must be a number of milliseconds' })
    .int('SEARCH_INDEX_DELAY_MS must be a whole number of milliseconds')
    .min(0, 'SEARCH_INDEX_DELAY_MS must be 0 or more')
    .max(MAX_DELAY_MS, `SEARCH_INDEX_DELAY_MS must be at most ${MAX_DELAY_MS}`)
    .default(DELAY_MS),
  MAX_UPDATE_BYTES: bytes('MAX_UPDATE_BYTES', MAX_MESSAGE_BYTES),
  MAX_DOC_BYTES: bytes('MAX_DOC_BYTES'),
  MAX_BOARD_BYTES: bytes('MAX_BOARD_BYTES'),
  MAX_SOCKETS: socketCount('MAX_SOCKETS'),
  SOCKETS_PER_ADDRESS: socketCount('SOCKETS_PER_ADDRESS'),
  SOCKETS_PER_BOARD: socketCount('SOCKETS_PER_BOARD'),
  ...OidcEnvSchema.shape,
  REMINDER_INTERVAL_MS: upToADay('REMINDER_INTERVAL_MS', 0).default(60_000),
  REMINDER_RETRY_MS: upToADay('REMINDER_RETRY_MS', 1).default(60_000),
  TRACKER_SECRET_KEY: z
    .string()
    .trim()
    .refine((v) => parseKey(v) !== null, {
      // The value is never echoed: it is the key of the trackers' tokens.
      message: 'TRACKER_SECRET_KEY must be 32 bytes, base64 or hex (openssl rand -base64 32)',
    })
    .optional(),
  TRACKER_POLL_SECONDS: z.coerce
    .number({ message: 'TRACKER_POLL_SECONDS must be a number of seconds' })
    .int('TRACKER_POLL_SECONDS must be a whole number of seconds')
    .min(0, 'TRACKER_POLL_SECONDS must be 0 (no poll) or more')
    .max(86_400, 'TRACKER_POLL_SECONDS must be at most 86400')
    .default(300),
  SMTP_URL: z
    .string()
    .trim()
    .refine(isSmtpUrl, {
      // The value is never echoed: it may hold the mail server's password.
      message:
        'SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587 or smtps://…',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .refine(isMailbox, {
      message: 'MAIL_FROM must be an address such as Hindsight <hindsight@example.com>',
    })
    .optional(),
});

/** smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with a host. */
function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `a@b.c` or `Name <a@b.c>`: one sender, no line breaks (header injection). */
function isMailbox(value: string): boolean {
  return /^(?:[^<>\r\n"]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value);
}

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the data directory. */
  readonly dataDir: string;
  /** Origin used in board links; when absent, the request's own origin is used. */
  readonly publicUrl: string | undefined;
  /** Absolute path of the built client. */
  readonly staticDir: string;
  readonly logLevel: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Page origins besides the server's own that may open the sync websocket. */
  readonly allowedOrigins: readonly string[];
  /** Members (member keys) per role and board at most; more are refused with 4409. */
  readonly membersPerRole: number;
  /** Postgres to store boards in instead of the SQLite file in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Connections to Postgres at most, per process. */
  readonly databasePoolSize: number;
  /**
   * The Redis the processes share (REDIS_URL, with DATABASE_URL only), and the prefix of its
   * keys and channel: sign-in and route limits count across processes, and a board's change
   * of owner reaches every process at once (cluster/redis.ts).
   */
  readonly redis: RedisConfig | undefined;
  /**
   * Where the other processes reach this one, to forward the sockets of the boards it
   * owns; the address it listens on when undefined (one machine).
   */
  readonly internalUrl: string | undefined;
  /**
   * How long a board's lease lasts unrenewed, ms (renewed every third of it): how long
   * its boards wait for an owner that is paused or cut off. A killed owner's boards are
   * taken at once (cluster/forward.ts).
   */
  readonly boardLeaseMs: number;
  /**
   * Free bytes in DATA_DIR below which new boards and edits are refused (SQLite; 0 turns
   * the check off).
   */
  readonly minFreeDiskBytes: number;
  /** Tests only: while this file exists, every store write fails as on a full disk. */
  readonly storeFaultFile: string | undefined;
  /** Quiet time after a board's last change before the library's index follows it, ms. */
  readonly searchIndexDelayMs: number;
  /** Size and socket limits set in the environment; the others keep their defaults (sync/limits.ts). */
  readonly limits: Partial<
    Pick<
      SyncLimits,
      | 'maxUpdateBytes'
      | 'maxDocBytes'
      | 'maxBoardBytes'
      | 'maxSockets'
      | 'maxSocketsPerAddress'
      | 'maxSocketsPerBoard'
    >
  >;
  /** OpenID Connect sign-in, when OIDC_ISSUER and the client's credentials are set. */
  readonly oidc: OidcConfig | undefined;
  /**
   * Where invitations and password resets are sent from, when mail is set up; without it
   * an admin is shown each link to pass on.
   */
  readonly mail: MailConfig | undefined;
  /** How often this process looks for reminders to send (0: never), and the first retry's wait. */
  readonly reminders: { readonly intervalMs: number; readonly retryMs: number };
  /** The key trackers' tokens are sealed with; DATA_DIR's own when undefined. */
  readonly trackerSecretKey: string | undefined;
  /** Seconds between polls of filed issues' state; 0 turns the poll off. */
  readonly trackerPollSeconds: number;
}

export interface RedisConfig {
  /** `redis://…` or `rediss://…`; never logged (it may hold a password). */
  readonly url: string;
  /** Before every key and the channel, so deployments may share one Redis. */
  readonly prefix: string;
}

export interface MailConfig {
  /** `smtp://user:password@host:587` or `smtps://…`; never logged (it may hold a password). */
  readonly smtpUrl: string;
  /** The sender, as `Name <address>` or an address. */
  readonly from: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty variables as unset, as shells and compose files often leave them.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  REDIS_URL: Redis is for several processes, which share a Postgres (DATABASE_URL); one process on SQLite has nothing to share, so set DATABASE_URL too or unset REDIS_URL',
    );
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError(
      'Invalid configuration:\n  MAIL_FROM: set the sender of the mail Hindsight sends, such as Hindsight <hindsight@example.com>, when SMTP_URL is set',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    staticDir: resolve(e.STATIC_DIR ?? DEFAULT_STATIC_DIR),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: [
      ...(e.ALLOWED_ORIGINS ?? []),
      ...(e.PUBLIC_URL ? [new URL(e.PUBLIC_URL).origin] : []),
    ],
    membersPerRole: e.BOARD_MEMBERS_PER_ROLE,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : undefined,
    internalUrl: e.INTERNAL_URL?.replace(/\/$/, ''),
    boardLeaseMs: e.BOARD_LEASE_MS,
    minFreeDiskBytes: Math.round(e.MIN_FREE_DISK_MB * 1024 * 1024),
    storeFaultFile: e.STORE_FAULT_FILE ? resolve(e.STORE_FAULT_FILE) : undefined,
    searchIndexDelayMs: e.SEARCH_INDEX_DELAY_MS,
    limits: { ...sizeLimits(e), ...socketLimits(e) },
    oidc: ssoSettings(e),
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    reminders: { intervalMs: e.REMINDER_INTERVAL_MS, retryMs: e.REMINDER_RETRY_MS },
    trackerSecretKey: e.TRACKER_SECRET_KEY,
    trackerPollSeconds: e.TRACKER_POLL_SECONDS,
  };
}

/** The SSO settings; a part of them alone stops the server, naming what is missing. */
function ssoSettings(e: z.infer<typeof EnvSchema>): OidcConfig | undefined {
  const oidc = oidcConfig(e);
  if (oidc === undefined || 'issuer' in oidc) return oidc;
  throw new ConfigError(
    `Invalid configuration:\n  ${oidc.missing.join(', ')}: OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together`,
  );
}

/** The socket ceilings the environment sets (sync/admission.ts); unset ones keep their defaults. */
function socketLimits(e: z.infer<typeof EnvSchema>): Config['limits'] {
  const set = {
    maxSockets: e.MAX_SOCKETS,
    maxSocketsPerAddress: e.SOCKETS_PER_ADDRESS,
    maxSocketsPerBoard: e.SOCKETS_PER_BOARD,
  };
  return Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
}

/**
 * The size limits the environment sets. A limit left unset follows one that is set, so
 * that MAX_DOC_BYTES alone lowers the update limit or raises the board limit with it;
 * limits set against each other stop the server.
 */
function sizeLimits(e: z.infer<typeof EnvSchema>): Config['limits'] {
  const d = DEFAULT_SYNC_LIMITS;
  const maxDocBytes = e.MAX_DOC_BYTES ?? d.maxDocBytes;
  const maxUpdateBytes = e.MAX_UPDATE_BYTES ?? Math.min(d.maxUpdateBytes, maxDocBytes);
  const maxBoardBytes = e.MAX_BOARD_BYTES ?? Math.max(d.maxBoardBytes, maxDocBytes);
  if (maxUpdateBytes > maxDocBytes || maxDocBytes > maxBoardBytes) {
    throw new ConfigError(
      `Invalid configuration:\n  MAX_UPDATE_BYTES (${maxUpdateBytes}) <= MAX_DOC_BYTES (${maxDocBytes}) <= MAX_BOARD_BYTES (${maxBoardBytes}) must hold`,
    );
  }
  const set = e.MAX_UPDATE_BYTES ?? e.MAX_DOC_BYTES ?? e.MAX_BOARD_BYTES;
  return set === undefined ? {} : { maxUpdateBytes, maxDocBytes, maxBoardBytes };
}

/**
 * The `hindsight` command line, for headless setup and scripts. It works on the data
 * directory directly (DATA_DIR), with or without a server running on it, so a fresh
 * install can be given its first token or account before it ever starts.
 *
 *   hindsight token create --scope admin --name ci [--expires-in-days 90]
 *   hindsight token list
 *   hindsight token revoke <id>
 *   hindsight user create --email E --role admin|member|viewer [--name N] [--password-stdin]
 *   hindsight reindex
 */
import { parseArgs } from 'node:util';
import { CreateTokenRequestSchema, describeZodError } from '@hindsight/shared';
import { openWorkspaceStore } from '../storage/openWorkspaceStore.ts';
import { apiTokens } from '../workspace/apiTokens.ts';
import { CliUsageError, userCreate } from './user.ts';
import { reindexCommand } from './reindex.ts';

export const USAGE = `Usage: hindsight <command>

  token create --scope read|write|admin --name NAME [--expires-in-days N]
                     makes an API token and prints it (shown this once)
  token list         lists the tokens (never the tokens themselves)
  token revoke ID    revokes a token at once
  user create --email EMAIL --role admin|member|viewer [--name NAME] [--password-stdin]
                     makes an account and prints a one-time link that sets its
                     password, or reads the password from standard input
  reindex            rebuilds the postmortem library's search index from the
                     stored boards

The data directory is DATA_DIR (default ./data), or the Postgres DATABASE_URL names,
as for the server.
`;

export interface CliIo {
  readonly dataDir: string;
  /** Postgres instead of the SQLite file in dataDir, as for the server. */
  readonly databaseUrl?: string | undefined;
  /** Where the server is reached (PUBLIC_URL, else HOST and PORT), for links. */
  readonly origin: string;
  /** Standard input, whole (`--password-stdin`). */
  readStdin(): Promise<string>;
  /** What scripts read: the token. */
  out(text: string): void;
  /** What people read: explanations and errors. */
  err(text: string): void;
}

class UsageError extends Error {}

/** Runs one command; resolves with the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof CliUsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return 64; // EX_USAGE
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [noun, verb, ...rest] = argv;
  if (noun === undefined || noun === 'help' || noun === '--help') {
    io.out(USAGE);
    return 0;
  }
  if (noun === 'token') return tokenCommand(verb, rest, io);
  if (noun === 'reindex' && verb === undefined) return reindexCommand(io);
  if (noun === 'user' && verb === 'create') {
    const store = await openWorkspaceStore(io);
    try {
      return await userCreate(store, rest, io);
    } finally {
      await store.close();
    }
  }
  throw new UsageError(`Unknown command "${[noun, verb].filter(Boolean).join(' ')}".`);
}

async function tokenCommand(verb: string | undefined, args: string[], io: CliIo): Promise<number> {
  const store = await openWorkspaceStore(io);
  const tokens = apiTokens(store);
  try {
    switch (verb) {
      case 'create': {
        const { values } = parseArgs({
          args,
          options: {
            scope: { type: 'string' },
            name: { type: 'string' },
            'expires-in-days': { type: 'string' },
          },
          strict: true,
        });
        const days = values['expires-in-days'];
        const parsed = CreateTokenRequestSchema.safeParse({
          name: values.name,
          scope: values.scope,
          ...(days === undefined ? {} : { expiresInDays: Number(days) }),
        });
        if (!parsed.success) throw new UsageError(describeZodError(parsed.error));
        const { token, info } = await tokens.create(parsed.data);
        const expiry = info.expiresAt
          ? `expires ${new Date(info.expiresAt).toISOString()}`
          : 'no expiry';
        io.err(
          `Created API token "${info.name}" (${info.scope}, ${expiry}, id ${info.id}). It is shown this once:\n`,
        );
        io.out(`${token}\n`);
        return 0;
      }
      case 'list': {
        for (const t of await tokens.list()) {
          const state = t.revokedAt
            ? 'revoked'
            : t.expiresAt && t.expiresAt <= Date.now()
              ? 'expired'
              : 'active';
          const used = t.lastUsedAt ? new Date(t.lastUsedAt).toISOString() : 'never used';
          io.out(`${t.id}\t${t.scope}\t${state}\t${used}\t${t.name}\n`);
        }
        return 0;
      }
      case 'revoke': {
        const [id] = parseArgs({ args, allowPositionals: true, strict: true }).positionals;
        if (!id) throw new UsageError('Name the token to revoke by its id (hindsight token list).');
        if (!(await tokens.revoke(id))) {
          io.err(`No active token with id ${id}.\n`);
          return 1;
        }
        io.err(`Revoked token ${id}.\n`);
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "token ${verb ?? ''}".`);
    }
  } finally {
    await store.close();
  }
}

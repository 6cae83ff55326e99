/** Entry point of the `hindsight` command line (`pnpm hindsight …`); see cli/run.ts. */
import { ConfigError, loadConfig } from './config.ts';
import { runCli } from './cli/run.ts';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(78); // EX_CONFIG
}

const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runCli(process.argv.slice(2), {
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  origin:
    config.publicUrl ??
    `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${config.port}`,
  readStdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

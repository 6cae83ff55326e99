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

process.exitCode = await runCli(process.argv.slice(2), {
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

/** Entry point of the `hindsight` command line (`pnpm hindsight …`); see cli/run.ts. */
import { ConfigError, loadConfig } from './config.ts';
import { runCli } from './cli/run.ts';

let dataDir: string;
try {
  dataDir = loadConfig().dataDir;
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(78); // EX_CONFIG
}

process.exitCode = await runCli(process.argv.slice(2), {
  dataDir,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

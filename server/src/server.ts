/** Starts Hindsight: reads the config, listens, and shuts down cleanly on a signal. */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { setupUrl } from './workspace/setup.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }

  const app = await buildApp({ config });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: storing every open board');
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url =
    config.publicUrl ?? `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  process.stdout.write(`\nHindsight is running at ${url}\n\n`);
  // Straight to the console, never through the logger: log pipelines that ship the JSON
  // log lines never see the link (workspace/setup.ts).
  const setupToken = await app.workspace.setup.prepare().catch((err: unknown) => {
    app.log.error({ err }, 'could not make the setup link; restart to try again');
    return null;
  });
  if (setupToken) {
    process.stdout.write(
      `This workspace has no owner yet. Open this one-time link to create the owner's account:\n\n  ${setupUrl(url, setupToken)}\n\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Hindsight could not start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});

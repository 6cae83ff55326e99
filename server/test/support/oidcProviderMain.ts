/**
 * The in-process test provider (oidcProvider.ts) as a process of its own, for the browser
 * stories (e2e/global-setup.ts): it starts with the users given as JSON in its first
 * argument, registers one client, and prints one JSON line `{ issuer, clientId,
 * clientSecret }`. Each line then read on standard input is a redirect URI the client may
 * use (the server's, known once it listens), answered with the line `ok`. It stops when
 * standard input closes or on SIGTERM.
 */
import { createInterface } from 'node:readline';
import { startOidcProvider, type TestUser } from './oidcProvider.ts';

const users = JSON.parse(process.argv[2] ?? '[]') as TestUser[];
const provider = await startOidcProvider(users);
const client = provider.registerClient();
process.stdout.write(
  `${JSON.stringify({ issuer: provider.issuer, clientId: client.clientId, clientSecret: client.clientSecret })}\n`,
);

const stop = async () => {
  await provider.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
const lines = createInterface({ input: process.stdin });
lines.on('line', (uri) => {
  client.allowRedirect(uri.trim());
  process.stdout.write('ok\n');
});
lines.on('close', () => void stop());

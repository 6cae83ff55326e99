#!/usr/bin/env node
// `npm start`: install, build the client, then run the server in the foreground.
// Needs only Node >= 20.19 and npm; pnpm is fetched with npx when it is missing.
import { spawn } from 'node:child_process';
import { installDependencies, preparePnpm, ROOT, runOrExit, say } from './lib.mjs';

const env = preparePnpm();
await installDependencies(env);

say('Building the client…');
await runOrExit('pnpm', ['build'], env);

say('Starting the server…');
const server = spawn('pnpm', ['serve'], { cwd: ROOT, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

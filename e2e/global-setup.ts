/**
 * Starts the real Hindsight server (server.ts) and hands its URL to the tests in
 * `E2E_BASE_URL` and an admin API token, made with `pnpm hindsight token create`, in
 * `E2E_API_TOKEN`. The function it returns stops the server and removes the data
 * directory.
 */
import { startServer } from './server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startServer();
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_API_TOKEN = server.apiToken;
  return () => server.stop();
}

/**
 * Starts the real Hindsight server (server.ts) and hands its URL to the tests in
 * `E2E_BASE_URL` and an admin API token, made with `pnpm hindsight token create`, in
 * `E2E_API_TOKEN`. The server signs in with SSO through a test OpenID provider started
 * first (oidc.ts), registered with the server's redirect URI once it listens. The
 * function it returns stops both and removes the data directory.
 */
import { SSO_CALLBACK_PATH } from '@hindsight/shared';
import { startProvider } from './oidc.ts';
import { startServer } from './server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const provider = await startProvider();
  const server = await startServer(() => provider.env);
  await provider.allowRedirect(`${server.url}${SSO_CALLBACK_PATH}`);
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_API_TOKEN = server.apiToken;
  // Stories make accounts there with `hindsight user create`, as an admin would headless.
  process.env.E2E_DATA_DIR = server.dataDir;
  return async () => {
    await server.stop();
    await provider.stop();
  };
}

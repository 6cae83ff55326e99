import {
  SSO_ERROR_PARAM,
  SSO_START_PATH,
  ssoErrorMessage,
  type SsoStatus,
} from '@hindsight/shared';
import { useEffect, useState } from 'react';
import { fetchSsoStatus } from '../../../lib/api.ts';
import './sso.css';

/** Whether the server offers SSO; null until it has answered (or when it cannot be asked). */
function useSsoStatus(): SsoStatus | null {
  const [status, setStatus] = useState<SsoStatus | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchSsoStatus(controller.signal).then(setStatus, () => undefined);
    return () => controller.abort();
  }, []);
  return status;
}

/**
 * Why the last SSO sign-in was refused, read once from the address, which then loses the
 * parameter: a reload or a later sign-in does not show it again.
 */
function useSsoError(): string | null {
  const [error] = useState(() =>
    ssoErrorMessage(new URLSearchParams(window.location.search).get(SSO_ERROR_PARAM)),
  );
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(SSO_ERROR_PARAM)) return;
    url.searchParams.delete(SSO_ERROR_PARAM);
    window.history.replaceState(
      window.history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
  }, []);
  return error;
}

/**
 * The sign-in page's single sign-on: why the last SSO sign-in was refused (the server
 * sends the browser back with `?sso_error=`), and "Sign in with SSO" when the server has
 * it — a plain link, as the provider's page is another site — or a note while the
 * provider does not answer.
 */
export function SsoSignIn() {
  const status = useSsoStatus();
  const error = useSsoError();
  if (!error && !status?.enabled) return null;
  return (
    <div className="sso">
      {error && (
        <p className="sso__error" role="alert">
          {error}
        </p>
      )}
      {status?.enabled &&
        (status.available ? (
          <a className="button button--block sso__button" href={SSO_START_PATH}>
            Sign in with SSO
          </a>
        ) : (
          <p className="sso__unavailable" role="status">
            Single sign-on is unavailable right now: the sign-in provider does not answer.
          </p>
        ))}
    </div>
  );
}

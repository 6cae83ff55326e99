import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import type { PostmortemDocument } from '@hindsight/shared';
import { ApiRequestError } from '../../lib/http.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { PublishedLayout } from './PublishedLayout.tsx';
import { fetchPublic } from './publishedApi.ts';

/**
 * `/p/<token>`: a postmortem someone shared publicly, for a reader without an account.
 * It asks for that one document and nothing else; a revoked link says so.
 */
export function PublicPage({ token }: { token: string }) {
  const highlight = new URLSearchParams(useSearch()).get('highlight') ?? '';
  const [state, setState] = useState<
    | { kind: 'loading' }
    | { kind: 'gone' }
    | { kind: 'error'; message: string }
    | { kind: 'ready'; document: PostmortemDocument }
  >({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchPublic(token, controller.signal).then(
      ({ document }) => setState({ kind: 'ready', document }),
      (e: unknown) => {
        if (controller.signal.aborted) return;
        if (e instanceof ApiRequestError && e.status === 404) setState({ kind: 'gone' });
        else setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => controller.abort();
  }, [token]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.document.title} · Hindsight`;
  }, [state]);

  switch (state.kind) {
    case 'loading':
      return null;
    case 'gone':
      return (
        <FullPageMessage title="This link no longer works" tone="neutral" homeLink={false}>
          <p>The postmortem it shared is no longer public, or the link was never valid.</p>
        </FullPageMessage>
      );
    case 'error':
      return (
        <FullPageMessage title="This postmortem cannot be shown now" homeLink={false}>
          <p>{state.message}</p>
        </FullPageMessage>
      );
    case 'ready':
      return (
        <PublishedLayout document={state.document} highlight={highlight}>
          <p className="published__notice">
            Shared by a public link: read-only. Whoever shared it can revoke it at any time.
          </p>
        </PublishedLayout>
      );
  }
}

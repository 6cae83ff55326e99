import { useEffect, useState } from 'react';
import { fetchVersionPreview } from '../../lib/api.ts';

/** A version rendered as the postmortem page, fetched when it is chosen. */
export function useVersionPreview(
  boardId: string,
  token: string | null,
  versionId: string | null,
): { html: string | null; error: string | null } {
  const [state, setState] = useState<{
    id: string | null;
    html: string | null;
    error: string | null;
  }>({ id: null, html: null, error: null });

  useEffect(() => {
    if (!token || !versionId) return;
    const controller = new AbortController();
    fetchVersionPreview(boardId, token, versionId, controller.signal).then(
      (html) => setState({ id: versionId, html, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ id: versionId, html: null, error: message });
      },
    );
    return () => controller.abort();
  }, [boardId, token, versionId]);

  return state.id === versionId ? state : { html: null, error: null };
}

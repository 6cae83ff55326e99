import type { ExportFormat } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useFacilitation } from '../../state/useFacilitation.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { fetchExport } from './exportApi.ts';

/** How often an open preview asks for the document again, ms: "live" without a socket. */
const REFRESH_MS = 4000;

export interface ExportPreview {
  /** The rendered document; null until the first answer. */
  readonly text: string | null;
  readonly error: string | null;
  readonly loading: boolean;
  /** Asks again now. */
  refresh(): void;
}

/**
 * The document in one format, fetched from the server while `active`, and again every
 * few seconds so the preview follows the board.
 */
export function useExportPreview(format: ExportFormat, active: boolean): ExportPreview {
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  /** A new template choice asks again at once: the headings and their order change. */
  const template = useFacilitation((s) => s.documentTemplate);
  /** Each request has a number; the answer says which one it answers. */
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ text: string | null; error: string | null; tick: number }>({
    text: null,
    error: null,
    tick: -1,
  });
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!active || !token) return;
    const controller = new AbortController();
    fetchExport(boardId, token, format, controller.signal).then(
      (file) => setState({ text: file.text, error: null, tick }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : 'The preview failed.';
        setState((s) => ({ ...s, error: message, tick }));
      },
    );
    const timer = setTimeout(refresh, REFRESH_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [active, boardId, format, refresh, tick, token, template]);

  return { text: state.text, error: state.error, loading: state.tick !== tick, refresh };
}

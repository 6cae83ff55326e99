/**
 * Fetching the postmortem document (`GET /api/boards/:id/export`) with the page's
 * board token, and saving it as a file. The token goes in the Authorization header,
 * never in a URL, so a download link cannot leak it.
 */
import { ApiErrorSchema, EXPORT_FORMAT_INFO, type ExportFormat } from '@hindsight/shared';

/** A rendered export, ready to show or to save. */
export interface ExportFile {
  readonly text: string;
  readonly fileName: string;
  readonly contentType: string;
}

/**
 * The file name from a `Content-Disposition` header, or `fallback`. Only a plain quoted
 * or bare name made of safe characters is taken; anything else falls back.
 */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = /filename="?([A-Za-z0-9._-]{1,200})"?(?:;|$)/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

export async function fetchExport(
  boardId: string,
  token: string,
  format: ExportFormat,
  signal?: AbortSignal,
): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetch(
      `/api/boards/${encodeURIComponent(boardId)}/export?format=${encodeURIComponent(format)}`,
      { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store', signal: signal ?? null },
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error('Cannot reach the Hindsight server. Check your connection.', {
      cause: error,
    });
  }
  if (!response.ok) {
    const body = ApiErrorSchema.safeParse(await response.json().catch(() => null));
    throw new Error(body.success ? body.data.message : `The server answered ${response.status}.`);
  }
  const info = EXPORT_FORMAT_INFO[format];
  return {
    text: await response.text(),
    fileName: fileNameFrom(
      response.headers.get('Content-Disposition'),
      `postmortem.${info.extension}`,
    ),
    contentType: response.headers.get('Content-Type') ?? info.contentType,
  };
}

/** Saves a file through a temporary object URL and a `download` link. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import { IMPORT_MAX_BYTES, type ImportResponse } from '@hindsight/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiRequestError } from '../../lib/http.ts';
import { importPostmortem } from './importApi.ts';

interface Problem {
  readonly message: string;
  readonly issues: readonly { path: string; line?: number | undefined; message: string }[];
}

/** Issues listed under the message; the rest are counted. */
const ISSUES_SHOWN = 5;

/**
 * Imports a postmortem from its JSON export (another Hindsight, or a tool that writes the
 * same format): picks a file, sends it, shows what is wrong with it in place, and lands
 * on the new postmortem's published page. What the file held that an import does not
 * write is said before going there.
 */
export function ImportForm() {
  const [, navigate] = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [partial, setPartial] = useState<ImportResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPartial(null);
    if (!file) {
      setProblem({ message: 'Choose a JSON export file first.', issues: [] });
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setProblem({
        message: 'This file is larger than 1 MiB, the most an import takes.',
        issues: [],
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const imported = await importPostmortem(await file.text());
      if (imported.notImported.length === 0) navigate(imported.path);
      else setPartial(imported);
    } catch (e) {
      setProblem(
        e instanceof ApiRequestError
          ? { message: e.message, issues: e.issues.filter((i) => i.path !== '') }
          : { message: 'Something went wrong. Try again.', issues: [] },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="new-board import-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="import-title"
    >
      <h2 id="import-title">Import a postmortem</h2>
      <p className="new-board__hint">From a JSON export of Hindsight or a tool that writes it.</p>
      <label htmlFor={inputId} className="field-label">
        JSON export file
      </label>
      <input
        id={inputId}
        type="file"
        className="input"
        accept="application/json,.json"
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setProblem(null);
          setPartial(null);
        }}
      />
      {problem && (
        <div id={errorId} className="field-error" role="alert">
          <p>{problem.issues.length > 1 ? 'This file cannot be imported:' : problem.message}</p>
          {problem.issues.length > 1 && (
            <ul>
              {problem.issues.slice(0, ISSUES_SHOWN).map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{issue.path}</code>
                  {issue.line !== undefined && ` (line ${issue.line})`}: {issue.message}
                </li>
              ))}
              {problem.issues.length > ISSUES_SHOWN && (
                <li>and {problem.issues.length - ISSUES_SHOWN} more</li>
              )}
            </ul>
          )}
        </div>
      )}
      {partial && (
        <div role="status">
          <p>
            Imported. Not imported, as only each owner can give them here:{' '}
            {partial.notImported.join(', ')}.
          </p>
          <Link href={partial.path}>Open the imported postmortem</Link>
        </div>
      )}
      <button type="submit" className="button button--block" disabled={busy}>
        {busy ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}

import type { ActionItemStatus, PersonInfo } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiRequestError } from '../../lib/http.ts';
import { useFetched } from '../../lib/useFetched.ts';
import { Logo } from '../../ui/Logo.tsx';
import { AccountMenu } from '../workspace/account/AccountMenu.tsx';
import { BulkStatus } from './BulkStatus.tsx';
import { changeStatus, fetchActions } from './ledgerApi.ts';
import { ledgerCsv } from './ledgerCsv.ts';
import { LedgerFilters } from './LedgerFilters.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { formatLedgerView, parseLedgerView, type LedgerView } from './ledgerView.ts';
import '../library/library.css';
import './ledger.css';

const NONE: ReadonlySet<string> = new Set();

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** `/actions`: every action of every postmortem, filtered from the URL, changed in bulk. */
export function LedgerPage({ person }: { person: PersonInfo }) {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const view = parseLedgerView(search);
  const key = formatLedgerView(view);
  const show = useCallback(
    (next: LedgerView) => {
      const target = formatLedgerView(next);
      if (target !== key) navigate(`${path}${target}`);
    },
    [key, navigate, path],
  );
  const list = useFetched((signal) => fetchActions(view, signal), key, { whenShown: true });
  // The selection belongs to the view it was made in: another view starts with none.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({
    key,
    ids: new Set(),
  });
  const selected = selection.key === key ? selection.ids : NONE;
  const setSelected = (update: (s: ReadonlySet<string>) => ReadonlySet<string>) =>
    setSelection({ key, ids: update(selected) });
  const [now] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Actions · Hindsight';
  }, []);

  const items = list.data?.items ?? [];
  const apply = async (status: ActionItemStatus, reason: string) => {
    setBusy(true);
    const failed: string[] = [];
    for (const action of items.filter((a) => selected.has(a.id))) {
      try {
        await changeStatus(action, status, reason);
      } catch (error) {
        failed.push(
          `${action.title}: ${error instanceof ApiRequestError ? error.message : 'not changed'}`,
        );
      }
    }
    setBusy(false);
    setSelected(() => NONE);
    setMessage(failed.length ? `Not changed — ${failed.join('; ')}` : 'Changed.');
    list.reload();
  };

  return (
    <div className="ws-home">
      <header className="home__header ws-home__header">
        <Logo />
        <nav aria-label="Workspace" className="ledger-nav">
          <Link href="/" className="button button--ghost button--small">
            Postmortems
          </Link>
        </nav>
        <AccountMenu person={person} />
      </header>
      <main className="ledger">
        <div className="library__head">
          <h1 id="ledger-title">Actions</h1>
          <p className="library__lede">
            Every action of every postmortem: who owns it, when it is due, where it stands.
          </p>
        </div>
        <LedgerFilters view={view} onChange={show} />
        <div className="ledger-bar">
          <BulkStatus count={selected.size} busy={busy} onApply={(s, r) => void apply(s, r)} />
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={items.length === 0}
            onClick={() => download(ledgerCsv(items), 'actions.csv')}
          >
            Download CSV
          </button>
        </div>
        <p className="ledger-message" role="status">
          {message}
        </p>
        {list.error && <p className="ledger-message ledger-message--error">{list.error}</p>}
        {list.data && items.length === 0 && (
          <p className="ledger-empty" data-testid="ledger-empty">
            No action matches this view.
          </p>
        )}
        {items.length > 0 && (
          <LedgerTable
            items={items}
            selected={selected}
            now={now}
            onToggle={(id, on) =>
              setSelected((s) => {
                const next = new Set(s);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onToggleAll={(on) => setSelected(() => (on ? new Set(items.map((a) => a.id)) : NONE))}
          />
        )}
        {list.data?.nextCursor && (
          <p className="ledger-message">
            Showing the first {items.length}; narrow the filters to see the rest.
          </p>
        )}
      </main>
    </div>
  );
}

import type { ActionItemStatus, LedgerAction, PersonInfo } from '@hindsight/shared';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiRequestError } from '../../lib/http.ts';
import { usePages } from '../../lib/usePages.ts';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { Logo } from '../../ui/Logo.tsx';
import { useWorkspacePeople } from '../actions/useWorkspacePeople.ts';
import { AccountMenu } from '../workspace/account/AccountMenu.tsx';
import { ActionHistoryDialog } from './ActionHistoryDialog.tsx';
import { TrackerTargetForm } from '../workspace/trackers/TrackerTargetForm.tsx';
import { BulkOwner } from './BulkOwner.tsx';
import { BulkStatus } from './BulkStatus.tsx';
import { bulkSummary, type Refusal } from './bulkSummary.ts';
import {
  changeOwner,
  changeStatus,
  fetchActions,
  fetchAllActions,
  type NewOwner,
} from './ledgerApi.ts';
import { ClosingPanel } from './ClosingPanel.tsx';
import { ledgerCsv } from './ledgerCsv.ts';
import { LedgerFilters } from './LedgerFilters.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { OnTimeFigures } from './OnTimeFigures.tsx';
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

const failure = (error: unknown) =>
  error instanceof ApiRequestError ? error.message : 'Something went wrong. Try again.';

/**
 * `/actions`: every action of every postmortem, filtered from the URL, a page at a time;
 * changed in bulk (the ticked ones, or every action of the view), exported as CSV (every
 * action of the view), each with its history.
 */
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
  const list = usePages(key, (cursor, signal) => fetchActions(view, cursor, signal));
  // The selection belongs to the view it was made in: another view starts with none.
  // `everything` is every action of the view, once asked for (ticking all of them).
  const [selection, setSelection] = useState<{
    key: string;
    ids: ReadonlySet<string>;
    everything: readonly LedgerAction[] | null;
  }>({ key, ids: new Set(), everything: null });
  const current = selection.key === key ? selection : null;
  const selected = current?.ids ?? NONE;
  const setSelected = (update: (s: ReadonlySet<string>) => ReadonlySet<string>) =>
    setSelection({ key, ids: update(selected), everything: current?.everything ?? null });
  const [now] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [opened, setOpened] = useState<LedgerAction | null>(null);
  const { people } = useWorkspacePeople();
  useEffect(() => {
    document.title = 'Actions · Hindsight';
  }, []);

  const items = list.items ?? [];
  /** Changes each ticked action in turn; the server decides for each one. */
  const apply = async (change: (action: LedgerAction) => Promise<unknown>) => {
    setBusy(true);
    let changed = 0;
    const refused: Refusal[] = [];
    const among = current?.everything ?? items;
    for (const action of among.filter((a) => selected.has(a.id))) {
      try {
        await change(action);
        changed += 1;
      } catch (error) {
        refused.push({
          title: action.title,
          why: error instanceof ApiRequestError ? error.message : 'not changed',
        });
      }
    }
    setBusy(false);
    setSelection({ key, ids: NONE, everything: null });
    setMessage(bulkSummary(changed, refused));
    list.retry();
  };
  const applyStatus = (status: ActionItemStatus, reason: string) =>
    apply((action) => changeStatus(action, status, reason));
  const applyOwner = (owner: NewOwner) => apply((action) => changeOwner(action, owner));
  /** Runs `fn` on every action of the view, loaded page after page. */
  const withEverything = async (fn: (all: LedgerAction[]) => void) => {
    setBusy(true);
    try {
      fn(await fetchAllActions(view, new AbortController().signal));
    } catch (error) {
      setMessage(`Could not load every action: ${failure(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const selectEverything = () =>
    withEverything((all) =>
      setSelection({ key, ids: new Set(all.map((a) => a.id)), everything: all }),
    );
  const downloadEverything = () =>
    withEverything((all) => {
      download(ledgerCsv(all), 'actions.csv');
      setMessage(`Downloaded ${all.length === 1 ? '1 action' : `${all.length} actions`}.`);
    });

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
        <OnTimeFigures />
        <LedgerFilters
          view={view}
          onChange={show}
          postmortemTitle={items[0]?.postmortemTitle}
          personName={person.name}
        />
        {view.postmortem && (
          <ClosingPanel
            boardId={view.postmortem}
            version={items.map((a) => `${a.id}:${a.status}:${a.accepted}`).join()}
            onClosed={() => setMessage('The postmortem is closed.')}
          />
        )}
        {view.postmortem && <TrackerTargetForm boardId={view.postmortem} />}
        <div className="ledger-bar">
          <div className="ledger-bulks">
            <BulkStatus
              count={selected.size}
              busy={busy}
              onApply={(s, r) => void applyStatus(s, r)}
            />
            <BulkOwner
              count={selected.size}
              busy={busy}
              people={people}
              onApply={(o) => void applyOwner(o)}
            />
          </div>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={items.length === 0 || busy}
            onClick={() => void downloadEverything()}
          >
            Download CSV of every action in this view
          </button>
        </div>
        <p className="ledger-scope">
          The change applies to the ticked actions; the CSV holds every action these filters select,
          shown or not.
          {list.hasMore && (
            <>
              {' '}
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={busy}
                onClick={() => void selectEverything()}
              >
                Tick every action in this view
              </button>
            </>
          )}
        </p>
        <p className="ledger-message" role="status">
          {message}
        </p>
        {list.error && <p className="ledger-message ledger-message--error">{list.error}</p>}
        {list.items && items.length === 0 && (
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
            onHistory={setOpened}
            onOnlyPostmortem={(postmortem) => show({ ...view, postmortem })}
            onFiled={list.retry}
            people={people}
            onOwnerChanged={(changed) =>
              setMessage(`${changed.title}: owner is now ${changed.owner ?? 'nobody'}.`)
            }
          />
        )}
        {items.length > 0 && (
          <p className="ledger-count">
            {items.length === 1 ? '1 action shown' : `${items.length} actions shown`}
            {list.hasMore ? ', more in this view' : ', all of this view'}
            {selected.size > items.filter((a) => selected.has(a.id)).length &&
              ` · ${selected.size - items.filter((a) => selected.has(a.id)).length} ticked but not shown`}
          </p>
        )}
        <LoadMore pages={list} />
        {opened && <ActionHistoryDialog action={opened} onClose={() => setOpened(null)} />}
      </main>
    </div>
  );
}

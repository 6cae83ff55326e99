import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type PreviewTab = 'markdown' | 'html';

const TABS: readonly { readonly id: PreviewTab; readonly label: string }[] = [
  { id: 'markdown', label: 'Markdown' },
  { id: 'html', label: 'HTML' },
];

interface Props {
  readonly tab: PreviewTab;
  readonly onTab: (tab: PreviewTab) => void;
  /** Beside the tabs, outside the tab list (which may hold tabs only). */
  readonly aside: ReactNode;
  readonly busy: boolean;
  readonly children: ReactNode;
}

/**
 * The preview's tabs (WAI-ARIA tabs pattern): one tab in the tab order, the arrow keys,
 * Home and End move between them and show the tab they reach.
 */
export function PreviewTabs({ tab, onTab, aside, busy, children }: Props) {
  const ids = useId();
  const refs = useRef<Partial<Record<PreviewTab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent) {
    const at = TABS.findIndex((t) => t.id === tab);
    const to = {
      ArrowRight: (at + 1) % TABS.length,
      ArrowLeft: (at - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[to]!.id;
    onTab(next);
    refs.current[next]?.focus();
  }

  return (
    <>
      <div className="export-tabs">
        <div
          role="tablist"
          aria-label="Preview"
          className="export-tabs__list"
          onKeyDown={onKeyDown}
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[t.id] = el;
              }}
              id={`${ids}-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`${ids}-panel`}
              tabIndex={tab === t.id ? 0 : -1}
              className="export-tabs__tab"
              onClick={() => onTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {aside}
      </div>
      <div
        id={`${ids}-panel`}
        className="export-preview"
        role="tabpanel"
        aria-labelledby={`${ids}-${tab}`}
        aria-busy={busy}
      >
        {children}
      </div>
    </>
  );
}

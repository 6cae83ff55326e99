import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { IncidentPrepare } from './IncidentPrepare.tsx';
import './incident.css';

const TABS = [
  { id: 'plan', label: 'Session plan' },
  { id: 'incident', label: 'Incident' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The prepare view with its two parts as tabs: the session plan (`plan`, the plan
 * editor) and the incident (facts, draft timeline, survey). Arrow keys move between
 * tabs, as the ARIA tabs pattern has it.
 */
export function PreparePanel({ plan }: { plan: ReactNode }) {
  const id = useId();
  const [tab, setTab] = useState<TabId>('plan');
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  function onKeyDown(e: KeyboardEvent) {
    const at = TABS.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next.id);
    refs.current[next.id]?.focus();
  }

  return (
    <div className="prepare-panel">
      <div className="prepare-tabs" role="tablist" aria-label="Prepare" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${t.id}-tab`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-${t.id}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className="prepare-tabs__tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}-tab`}
        className="prepare-panel__body"
      >
        {tab === 'plan' ? plan : <IncidentPrepare />}
      </div>
    </div>
  );
}

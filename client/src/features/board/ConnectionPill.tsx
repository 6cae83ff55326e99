import { useConnectionView } from '../../state/useConnectionView.ts';

/** Live, connecting, reconnecting, offline: always visible, announced politely. */
export function ConnectionPill() {
  const view = useConnectionView();
  return (
    <div
      role="status"
      className={`pill pill--${view.kind}`}
      data-testid="connection-status"
      data-state={view.kind}
      title={view.detail}
    >
      <span className="pill__dot" aria-hidden="true" />
      <span>{view.label}</span>
      <span className="sr-only">. {view.detail}</span>
    </div>
  );
}

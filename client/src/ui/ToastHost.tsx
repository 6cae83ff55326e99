import { useEffect } from 'react';
import { dismissToast } from '../state/toastStore.ts';
import { useToast } from '../state/useToast.ts';

/** Shows the current toast for a few seconds. */
export function ToastHost() {
  const toast = useToast();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => dismissToast(toast.id), 6000);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <div className="toast-region" aria-live="polite">
      {toast && (
        <div className="toast" data-testid="toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                toast.action?.run();
                dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss"
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

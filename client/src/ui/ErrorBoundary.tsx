import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FullPageMessage } from './FullPageMessage.tsx';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * The last line of defence for a page: a render that throws shows an explanation and a
 * way back instead of a blank screen. Readers validate whatever a doc holds, so nothing
 * stored should ever get here; the hostile-participant story checks that it does not.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The page could not be shown', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div data-testid="error-boundary">
        <FullPageMessage
          title="This page could not be shown"
          actions={
            <button
              type="button"
              className="button button--primary"
              onClick={() => window.location.reload()}
            >
              Reload
            </button>
          }
        >
          <p>Something on it could not be displayed. Nothing was changed; reloading may help.</p>
        </FullPageMessage>
      </div>
    );
  }
}

import type { ReactNode } from 'react';
import type { PostmortemDocument } from '@hindsight/shared';
import { Logo } from '../../ui/Logo.tsx';
import { DocumentView } from './DocumentView.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import './published.css';

interface Props {
  readonly document: PostmortemDocument;
  readonly highlight: string;
  /** Links and buttons beside the downloads (back to the library, open the board). */
  readonly nav?: ReactNode;
  readonly actions?: ReactNode;
  /** What sits above the document (the public link panel, a notice). */
  readonly children?: ReactNode;
}

/** The published page's chrome around the document, for the workspace and public links alike. */
export function PublishedLayout({ document, highlight, nav, actions, children }: Props) {
  return (
    <div className="published">
      <header className="published__bar">
        <Logo compact />
        <nav className="published__nav" aria-label="Postmortem">
          {nav}
        </nav>
        <div className="published__actions">
          <ExportButtons document={document} />
          {actions}
        </div>
      </header>
      <main className="published__main">
        {children}
        <DocumentView document={document} highlight={highlight} />
      </main>
    </div>
  );
}

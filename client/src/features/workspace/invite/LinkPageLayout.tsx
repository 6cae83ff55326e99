import type { ReactNode } from 'react';
import { Logo } from '../../../ui/Logo.tsx';
import './linkPage.css';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
}

/** The frame of a page opened from a mailed link: the logo, one card, one form. */
export function LinkPageLayout({ title, children }: Props) {
  return (
    <div className="link-page">
      <header className="link-page__header">
        <Logo />
      </header>
      <main className="link-page__main">
        <section className="link-page__card" aria-labelledby="link-page-title">
          <h1 id="link-page-title">{title}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}

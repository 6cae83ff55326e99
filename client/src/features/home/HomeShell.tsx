import type { ReactNode } from 'react';
import { Logo } from '../../ui/Logo.tsx';

const POINTS = [
  {
    title: 'Blameless by design',
    text: 'Cards are anonymous; the board asks about systems, not people.',
  },
  {
    title: 'Anonymous until revealed',
    text: 'Cards stay private until the facilitator reveals them, and never carry a name.',
  },
  {
    title: 'Guests need no account',
    text: 'Share a link per role: participants write, observers read.',
  },
];

/** The home page's frame: the header (with what `account` puts there), the pitch, and a card. */
export function HomeShell({ children, account }: { children: ReactNode; account?: ReactNode }) {
  return (
    <div className="home">
      <header className="home__header">
        <Logo />
        {account}
      </header>
      <main className="home__main">
        <section className="home__intro" aria-labelledby="home-title">
          <h1 id="home-title">Hindsight</h1>
          <p className="home__pitch">
            Run your incident postmortem as a live, blameless retrospective — and leave with what to
            fix.
          </p>
          <ul className="home__points">
            {POINTS.map((point) => (
              <li key={point.title}>
                <strong>{point.title}</strong>
                <span>{point.text}</span>
              </li>
            ))}
          </ul>
        </section>
        {children}
      </main>
      <footer className="home__footer">
        Open source and self-hosted. Your incidents stay on your servers.
      </footer>
    </div>
  );
}

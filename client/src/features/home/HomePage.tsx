import { useEffect } from 'react';
import { Logo } from '../../ui/Logo.tsx';
import { NewBoardForm } from './NewBoardForm.tsx';

const POINTS = [
  {
    title: 'Blameless by design',
    text: 'Cards are anonymous; the board asks about systems, not people.',
  },
  {
    title: 'Anonymous until revealed',
    text: 'Cards stay private until the facilitator reveals them, and never carry a name.',
  },
  { title: 'No accounts', text: 'Share a link per role: participants write, observers read.' },
];

/** `/`: what Hindsight is, and the form that starts a postmortem. */
export function HomePage() {
  useEffect(() => {
    document.title = 'Hindsight · postmortem retrospectives';
  }, []);

  return (
    <div className="home">
      <header className="home__header">
        <Logo />
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
        <NewBoardForm />
      </main>
      <footer className="home__footer">
        Open source and self-hosted. Your incidents stay on your servers.
      </footer>
    </div>
  );
}

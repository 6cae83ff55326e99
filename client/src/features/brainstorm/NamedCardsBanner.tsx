/**
 * Said loudly, to everyone, on boards where revealed cards carry their author's name:
 * nobody should write believing they are anonymous when they are not.
 */
export function NamedCardsBanner({ writer }: { writer: boolean }) {
  return (
    <p className="named-banner" role="note" data-testid="named-cards-banner">
      <svg viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="7" r="3.2" />
        <path d="M3.8 16.5c.9-3 3.3-4.6 6.2-4.6s5.3 1.6 6.2 4.6" />
      </svg>
      <span>
        <strong>Cards on this board show their authors.</strong>{' '}
        {writer
          ? 'When the cards are revealed, your name shows on yours.'
          : 'When the cards are revealed, each shows who wrote it.'}
      </span>
    </p>
  );
}

import { usePlan } from '../../state/usePlan.ts';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useWriters } from '../../state/useWriters.ts';
import { countsText, writersText } from './brainstormText.ts';
import { NamedCardsBanner } from './NamedCardsBanner.tsx';
import { RevealButton } from './RevealButton.tsx';

/**
 * Where the brainstorm stands. Before the reveal: that cards are hidden, how many there
 * are from how many people, who is still writing, and the facilitator's Reveal button.
 * After it: that everyone sees everything. Named-card boards say so above it all.
 */
export function BrainstormStatus() {
  const revealed = useBrainstorm((s) => s.revealed);
  const writer = useBrainstorm((s) => s.writer);
  const cards = useBrainstorm((s) => s.counts.cards);
  const people = useBrainstorm((s) => s.counts.people);
  const revealedCount = useBrainstorm((s) => s.revealedCards.length);
  const { namedCards } = usePlan();
  const writers = useWriters();
  const writing = revealed ? null : writersText(writers);

  let explanation: string;
  if (revealed)
    explanation =
      (namedCards
        ? 'Cards are revealed: everyone sees every card, in random order, with its author.'
        : 'Cards are revealed: everyone sees every card, in random order and without authors.') +
      (writer ? ' A card you add now shows at once.' : '');
  else
    explanation = writer
      ? 'Cards stay hidden until the facilitator reveals them. Until then you see only your own.'
      : 'Cards stay hidden until the facilitator reveals them.';

  return (
    <section
      className={`brainstorm-status${revealed ? ' brainstorm-status--revealed' : ''}`}
      aria-label="Cards"
      data-testid="brainstorm-status"
      data-revealed={revealed}
    >
      {namedCards && <NamedCardsBanner writer={writer} />}
      <div className="brainstorm-status__row">
        <span className="brainstorm-status__icon" aria-hidden="true">
          {revealed ? (
            <svg viewBox="0 0 20 20">
              <path d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z" />
              <circle cx="10" cy="10" r="2.2" />
            </svg>
          ) : (
            <svg viewBox="0 0 20 20">
              <rect x="4.5" y="9" width="11" height="8" rx="2" />
              <path d="M7 9V6.8a3 3 0 0 1 6 0V9" />
            </svg>
          )}
        </span>
        <div className="brainstorm-status__text">
          <p className="brainstorm-status__explain">{explanation}</p>
          <p className="brainstorm-status__facts">
            <span role="status" data-testid="brainstorm-counts">
              {revealed
                ? `${revealedCount} ${revealedCount === 1 ? 'card' : 'cards'} on the board`
                : countsText({ cards, people })}
            </span>
            {writing && (
              <span className="brainstorm-status__writing" data-testid="writers">
                <span className="typing-dots" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </span>
                {writing}
              </span>
            )}
          </p>
        </div>
        {!revealed && <RevealButton />}
      </div>
    </section>
  );
}

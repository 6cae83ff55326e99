import { playChime, unlockAudio } from '../../lib/chime.ts';
import { setChimeEnabled } from '../../state/chimeSetting.ts';
import { useChimeEnabled } from '../../state/useChimeEnabled.ts';

/** Turns the time-up chime on or off for this browser; plays it once when turned on. */
export function SoundToggle() {
  const enabled = useChimeEnabled();
  return (
    <button
      type="button"
      className={`button button--ghost button--small sound-toggle${enabled ? ' is-on' : ''}`}
      aria-pressed={enabled}
      title={enabled ? 'A chime plays when time is up' : 'No sound when time is up'}
      onClick={() => {
        setChimeEnabled(!enabled);
        if (!enabled) {
          unlockAudio();
          playChime();
        }
      }}
    >
      <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M4 8h3l4-3v10l-4-3H4z" />
        {enabled ? (
          <path d="M13.5 7.5a3.5 3.5 0 0 1 0 5M15.5 5.5a6.3 6.3 0 0 1 0 9" />
        ) : (
          <path d="M14 8l4 4M18 8l-4 4" />
        )}
      </svg>
      Chime<span className="sr-only"> when time is up</span>
    </button>
  );
}

import type { AgendaRow } from '../../lib/agenda.ts';

interface Props {
  readonly row: AgendaRow;
  /** Set for the facilitator while the session runs: clicking a phase goes to it. */
  readonly onJump: ((phaseId: string) => void) | null;
}

const STATE_LABEL: Record<AgendaRow['state'], string> = {
  current: 'now',
  done: 'done',
  upcoming: 'to come',
  skipped: 'skipped',
};

/** One phase in the agenda: step, name, actual and planned minutes. */
export function AgendaItem({ row, onJump }: Props) {
  const time = (
    <span className="agenda__time">
      {row.actualMin !== null && (
        <>
          <span className={row.over ? 'agenda__actual is-over' : 'agenda__actual'}>
            {row.actualMin}
          </span>
          <span aria-hidden="true"> / </span>
        </>
      )}
      <span>{row.plannedMin} min</span>
    </span>
  );
  const description =
    `${row.title}: ${STATE_LABEL[row.state]}, ${row.plannedMin} min planned` +
    (row.actualMin !== null ? `, ${row.actualMin} min spent` : '');
  const jumpable = onJump !== null && (row.state === 'done' || row.state === 'upcoming');
  const content = (
    <>
      <span className="agenda__visual" aria-hidden="true">
        <span className="agenda__step">{row.state === 'done' ? '✓' : (row.step ?? '–')}</span>
        <span className="agenda__title">{row.title}</span>
        {row.state === 'skipped' ? <span className="agenda__tag">Skipped</span> : time}
      </span>
      <span className="sr-only">{jumpable ? `Go to ${description}` : description}</span>
    </>
  );

  return (
    <li
      className={`agenda__item agenda__item--${row.state}`}
      aria-current={row.state === 'current' ? 'step' : undefined}
      data-testid="agenda-item"
      data-phase={row.id}
    >
      {jumpable ? (
        <button
          type="button"
          className="agenda__row agenda__row--button"
          title={`Go to ${row.title}`}
          onClick={() => onJump(row.id)}
        >
          {content}
        </button>
      ) : (
        <div className="agenda__row">{content}</div>
      )}
    </li>
  );
}

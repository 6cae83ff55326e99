import { usePeopleNames } from '../../state/usePeopleNames.ts';

/** The names on the board now, offered by every owner field (`list` attribute). */
export const PEOPLE_LIST_ID = 'pm-people';

/**
 * The `<datalist>` of people on the board, once per view: owner fields suggest these
 * names and still take any name typed in (a team, someone not here).
 */
export function PeopleList() {
  const names = usePeopleNames();
  return (
    <datalist id={PEOPLE_LIST_ID}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

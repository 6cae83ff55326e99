import { useMemo } from 'react';
import { usePeopleNames } from '../../state/usePeopleNames.ts';
import { usePostmortem } from '../../state/usePostmortem.ts';

/**
 * The names the blame check counts as people wherever they appear: everyone on the
 * board now and the postmortem owners.
 */
export function useBlameNames(): readonly string[] {
  const people = usePeopleNames();
  const owners = usePostmortem((s) => s.owner.names);
  return useMemo(() => [...new Set([...people, ...owners])], [people, owners]);
}

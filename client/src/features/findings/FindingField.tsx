import type { FindingsProseKey } from '@hindsight/shared';
import { useCallback } from 'react';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { useIncidentState } from '../../state/useIncidentState.ts';
import { ProseArea } from '../../ui/ProseArea.tsx';
import { FINDING_WORDS } from './findingWords.ts';

interface Props {
  readonly field: FindingsProseKey;
  readonly rows?: number;
}

/**
 * One finding (trigger, leadup, detection, recovery, lessons) edited live by everyone who may
 * write the board; read-only for observers.
 */
export function FindingField({ field, rows = 3 }: Props) {
  const commands = useIncidentCommands();
  const value = useIncidentState((s) => s.findings[field]);
  const canEdit = useCanEdit();
  const edit = useCallback(
    (change: { before: string; after: string }) => commands.editFinding(field, change),
    [commands, field],
  );
  const words = FINDING_WORDS[field];
  return (
    <ProseArea
      label={words.label}
      hint={words.hint}
      value={value}
      edit={edit}
      disabled={!canEdit}
      rows={rows}
      className={`inc-field finding finding--${field}`}
    />
  );
}

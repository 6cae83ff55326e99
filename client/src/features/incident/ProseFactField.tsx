import type { IncidentProseKey } from '@hindsight/shared';
import { useCallback } from 'react';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { ProseArea } from '../../ui/ProseArea.tsx';

interface Props {
  /** `summary` or `impact.description`. */
  readonly field: IncidentProseKey;
  readonly label: string;
  /** The stored text, as typed. */
  readonly value: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

/** A prose fact (the summary, the impact in words), edited live (ProseArea). */
export function ProseFactField({ field, label, value, hint, disabled }: Props) {
  const commands = useIncidentCommands();
  const edit = useCallback(
    (change: { before: string; after: string }) => commands.editIncidentProse(field, change),
    [commands, field],
  );
  return (
    <ProseArea
      label={label}
      value={value}
      edit={edit}
      hint={hint}
      disabled={disabled}
      className={`inc-field inc-field--${field.replace('.', '-')}`}
    />
  );
}

import { CLUSTER_NAME_MAX } from '@hindsight/shared';
import { useRef, useState } from 'react';
import { useClusterCommands } from '../../state/useClusterCommands.ts';

/**
 * A cluster's name, edited in place: typed text stays local while the box has focus
 * (someone else's rename does not yank it away), and is saved on Enter or leaving the
 * box; Escape puts the stored name back. Either key hands focus to the cluster.
 */
export function ClusterName({
  clusterId,
  name,
  placeholder,
  canEdit,
}: {
  clusterId: string;
  name: string;
  placeholder: string;
  canEdit: boolean;
}) {
  const commands = useClusterCommands();
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);

  const save = () => {
    if (draft === null) return;
    if (cancelled.current) {
      cancelled.current = false;
      setDraft(null);
      return;
    }
    if (draft.trim() !== name) commands.rename(clusterId, draft.trim());
    setDraft(null);
  };

  if (!canEdit) {
    return <h3 className="cluster__name cluster__name--static">{name || placeholder}</h3>;
  }
  return (
    <input
      className="cluster__name"
      aria-label="Cluster name"
      placeholder={placeholder}
      maxLength={CLUSTER_NAME_MAX}
      value={draft ?? name}
      onFocus={() => setDraft(name)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== 'Escape') return;
        cancelled.current = event.key === 'Escape';
        // Done naming: focus goes to the cluster itself (saving on the way out), where
        // Tab leads on to its cards, not to the page.
        const cluster = event.currentTarget.closest<HTMLElement>('[data-testid="cluster"]');
        if (cluster) cluster.focus();
        else event.currentTarget.blur();
      }}
    />
  );
}

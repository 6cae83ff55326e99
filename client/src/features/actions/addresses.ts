/**
 * What an action can say it addresses: a cluster, or a cluster's root cause. Pure.
 * The choice travels through a `<select>` as one string, `cluster:rootCause`.
 */
import { rootCauseOf, type Discussion } from '@hindsight/shared';
import { clusterLabel } from '../discuss/clusterLabel.ts';

export interface AddressOption {
  /** `clusterId:rootCauseId`, `clusterId:` for the cluster alone, `` for nothing. */
  readonly value: string;
  readonly label: string;
  readonly clusterId: string | null;
  readonly rootCauseId: string | null;
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The clusters in discussion order, each followed by its root cause when one is marked. */
export function addressOptions(
  clusters: readonly { readonly id: string; readonly name: string }[],
  discussions: Readonly<Record<string, Discussion>>,
): AddressOption[] {
  const options: AddressOption[] = [
    { value: '', label: 'Nothing in particular', clusterId: null, rootCauseId: null },
  ];
  clusters.forEach((cluster, i) => {
    const name = clusterLabel(cluster, i);
    options.push({
      value: `${cluster.id}:`,
      label: name,
      clusterId: cluster.id,
      rootCauseId: null,
    });
    const discussion = discussions[cluster.id];
    const root = discussion ? rootCauseOf(discussion) : null;
    if (root) {
      const text = root.because.trim() || root.why.trim() || 'marked level';
      options.push({
        value: `${cluster.id}:${root.id}`,
        label: `${name}: root cause “${clip(text)}”`,
        clusterId: cluster.id,
        rootCauseId: root.id,
      });
    }
  });
  return options;
}

/** The select value of what an action addresses. */
export function addressValue(action: {
  readonly clusterId?: string | undefined;
  readonly rootCauseId?: string | undefined;
}): string {
  return action.clusterId ? `${action.clusterId}:${action.rootCauseId ?? ''}` : '';
}

/** What an action addresses, in words, or null; for lists and the follow-up view. */
export function addressLabel(
  action: { readonly clusterId?: string | undefined; readonly rootCauseId?: string | undefined },
  options: readonly AddressOption[],
): string | null {
  if (!action.clusterId) return null;
  return (
    options.find((o) => o.value === addressValue(action))?.label ??
    options.find((o) => o.value === `${action.clusterId}:`)?.label ??
    null
  );
}

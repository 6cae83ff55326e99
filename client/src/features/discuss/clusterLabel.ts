/** How a cluster is named on screen: its name, or "Cluster 3" until the team names it. */
export function clusterLabel(cluster: { readonly name: string }, index: number): string {
  return cluster.name.trim() || `Cluster ${index + 1}`;
}

/**
 * Changes to a person that may end access they hold: their role changed, they were
 * deactivated, their sessions ended. Whoever holds such access (the open sockets of boards
 * opened from the workspace, plugins/workspaceAccess.ts) listens and checks it again.
 */
export type PersonChangeListener = (personId: string) => void;

export class PersonChanges {
  private readonly listeners = new Set<PersonChangeListener>();

  /** Calls `listener` after each change; returns what stops it. */
  on(listener: PersonChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(personId: string): void {
    for (const listener of this.listeners) listener(personId);
  }
}

interface Props {
  readonly owner: string | null | undefined;
  readonly ownerPersonId: string | null | undefined;
  /** Whether the person looking can choose someone from the workspace's people. */
  readonly canChoose: boolean;
}

/**
 * Whether an action's reminders reach its owner: they do for a workspace person chosen
 * from people; a name typed in reaches nobody.
 */
export function OwnerReach({ owner, ownerPersonId, canChoose }: Props) {
  if (!owner) return null;
  return ownerPersonId ? (
    <span className="owner-reach owner-reach--person" data-testid="owner-reach">
      <svg viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="7" r="3.2" />
        <path d="M4 16.5c.9-2.9 3.2-4.4 6-4.4s5.1 1.5 6 4.4" />
      </svg>
      Workspace person · reminded
    </span>
  ) : (
    <span className="owner-reach owner-reach--text" data-testid="owner-reach">
      {canChoose ? 'Not reminded — pick a person' : 'Not reminded: a typed name'}
    </span>
  );
}

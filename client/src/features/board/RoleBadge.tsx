import type { Role } from '@hindsight/shared';

const LABELS: Record<Role, string | null> = {
  facilitator: 'Facilitator',
  participant: null,
  observer: 'Read-only',
};

/** Says what this link allows, when it is not the ordinary participant's. */
export function RoleBadge({ role }: { role: Role }) {
  const label = LABELS[role];
  if (!label) return null;
  return (
    <span className={`badge badge--${role}`} data-testid="role-badge">
      {label}
    </span>
  );
}

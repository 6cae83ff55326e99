import {
  formatDuration,
  formatInstant,
  INCIDENT_STATUS_HINTS,
  SEVERITY_HINTS,
  type Incident,
} from '@hindsight/shared';
import './incident.css';

/** The facts in one glance, read-only: title, severity, status, when, services. */
export function IncidentHeadline({ incident }: { incident: Incident }) {
  const { title, severity, status, startedAt, resolvedAt, timeZone, services, impact } = incident;
  const hasAny = title || severity || status || startedAt !== null || services.length > 0;
  if (!hasAny) return null;
  return (
    <header className="inc-headline" data-testid="incident-headline">
      <div className="inc-headline__top">
        {severity && (
          <span
            className={`inc-sev inc-sev--${severity.toLowerCase()}`}
            title={SEVERITY_HINTS[severity]}
          >
            {severity}
          </span>
        )}
        {status && (
          <span className="inc-status" title={INCIDENT_STATUS_HINTS[status]}>
            {status}
          </span>
        )}
        {title && <h2 className="inc-headline__title">{title}</h2>}
      </div>
      <p className="inc-headline__facts">
        {startedAt !== null && <span>Started {formatInstant(startedAt, timeZone)}</span>}
        {startedAt !== null && resolvedAt !== null && (
          <span>Resolved after {formatDuration(resolvedAt - startedAt)}</span>
        )}
        {impact.usersAffected !== null && (
          <span>{impact.usersAffected.toLocaleString('en-US')} users affected</span>
        )}
        {services.length > 0 && (
          <span className="inc-headline__services">
            {services.map((s) => (
              <span key={s} className="chip">
                {s}
              </span>
            ))}
          </span>
        )}
      </p>
    </header>
  );
}

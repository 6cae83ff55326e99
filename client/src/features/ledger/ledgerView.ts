/**
 * The ledger page's view as its URL holds it (`/actions?owner=me&status=open`): parsed
 * and formatted here, pure, so a reload, a shared link and back and forward show the same
 * actions. "Due this week" is a view of its own, turned into a due range when fetched.
 */
import { ACTION_ITEM_STATUSES, DEFAULT_SEVERITIES, type ActionItemStatus } from '@hindsight/shared';

export interface LedgerView {
  /** `me`, a name, or '' for everyone. */
  readonly owner: string;
  readonly status: ActionItemStatus | '';
  readonly overdue: boolean;
  readonly week: boolean;
  readonly severity: string;
  readonly service: string;
  readonly postmortem: string;
}

export const EMPTY_VIEW: LedgerView = {
  owner: '',
  status: '',
  overdue: false,
  week: false,
  severity: '',
  service: '',
  postmortem: '',
};

export function parseLedgerView(search: string): LedgerView {
  const p = new URLSearchParams(search);
  const status = p.get('status') ?? '';
  const severity = p.get('severity') ?? '';
  return {
    owner: (p.get('owner') ?? '').trim(),
    status: (ACTION_ITEM_STATUSES as readonly string[]).includes(status)
      ? (status as ActionItemStatus)
      : '',
    overdue: p.get('overdue') === 'true',
    week: p.get('due') === 'week',
    severity: (DEFAULT_SEVERITIES as readonly string[]).includes(severity) ? severity : '',
    service: (p.get('service') ?? '').trim(),
    postmortem: (p.get('postmortem') ?? '').trim(),
  };
}

export function formatLedgerView(view: LedgerView): string {
  const p = new URLSearchParams();
  if (view.owner) p.set('owner', view.owner);
  if (view.status) p.set('status', view.status);
  if (view.overdue) p.set('overdue', 'true');
  if (view.week) p.set('due', 'week');
  if (view.severity) p.set('severity', view.severity);
  if (view.service) p.set('service', view.service);
  if (view.postmortem) p.set('postmortem', view.postmortem);
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday to Sunday of the week holding `now` (UTC), as dates. */
export function weekOf(now: number): { from: string; to: string } {
  const d = new Date(now);
  const monday = now - ((d.getUTCDay() + 6) % 7) * 86_400_000;
  return { from: day(monday), to: day(monday + 6 * 86_400_000) };
}

/** The API's query string for a view (`GET /api/actions`). */
export function apiQuery(view: LedgerView, now: number, cursor: string | null): string {
  const p = new URLSearchParams();
  if (view.owner) p.set('owner', view.owner);
  if (view.status) p.set('status', view.status);
  if (view.overdue) p.set('overdue', 'true');
  if (view.week) {
    const { from, to } = weekOf(now);
    p.set('dueFrom', from);
    p.set('dueTo', to);
  }
  if (view.severity) p.set('severity', view.severity);
  if (view.service) p.set('service', view.service);
  if (view.postmortem) p.set('postmortem', view.postmortem);
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

/**
 * The workspace's tracker connections as the routes and the sync use them: written with
 * their token and secret sealed, read back without them (shared TrackerConnectionView),
 * opened only for a call.
 */
import {
  TRACKER_DEFAULT_URLS,
  type TrackerConnectionInput,
  type TrackerConnectionView,
  type TrackerKind,
} from '@hindsight/shared';
import type { OpenConnection } from './client.ts';
import type { SecretBox } from './secretBox.ts';
import type { TrackerConnectionRow, TrackerStore } from './trackerStore.ts';

export function webhookPath(kind: TrackerKind): string {
  return `/api/trackers/${kind}/webhook`;
}

export function connectionView(row: TrackerConnectionRow): TrackerConnectionView {
  return {
    kind: row.kind,
    baseUrl: row.baseUrl,
    email: row.email,
    hasToken: row.tokenSealed !== null,
    hasWebhookSecret: row.webhookSecretSealed !== null,
    webhookPath: webhookPath(row.kind),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export type ConnectionWrite =
  | { readonly ok: true; readonly row: TrackerConnectionRow }
  | { readonly ok: false; readonly message: string };

/** The row an input makes, keeping the stored token and secret where it leaves them out. */
export function connectionRow(
  kind: TrackerKind,
  input: TrackerConnectionInput,
  stored: TrackerConnectionRow | null,
  box: SecretBox,
  now: number,
): ConnectionWrite {
  const baseUrl = input.baseUrl ?? stored?.baseUrl ?? TRACKER_DEFAULT_URLS[kind];
  if (!baseUrl) return { ok: false, message: `baseUrl: ${kind} needs its site's URL.` };
  const email = input.email ?? stored?.email ?? null;
  if (kind === 'jira' && !email) {
    return { ok: false, message: 'email: Jira pairs the API token with its account email.' };
  }
  return {
    ok: true,
    row: {
      kind,
      baseUrl,
      email: kind === 'jira' ? email : null,
      tokenSealed: input.token ? box.seal(input.token) : (stored?.tokenSealed ?? null),
      webhookSecretSealed: input.webhookSecret
        ? box.seal(input.webhookSecret)
        : (stored?.webhookSecretSealed ?? null),
      updatedAt: now,
    },
  };
}

/** The connection with its token opened; null when there is none or it has no token. */
export async function openConnection(
  store: TrackerStore,
  box: SecretBox,
  kind: TrackerKind,
): Promise<OpenConnection | null> {
  const row = await store.getTrackerConnection(kind);
  const token = row?.tokenSealed ? box.open(row.tokenSealed) : null;
  return row && token ? { kind, baseUrl: row.baseUrl, email: row.email, token } : null;
}

/** The webhook secret, opened; null when none is set. */
export async function webhookSecret(
  store: TrackerStore,
  box: SecretBox,
  kind: TrackerKind,
): Promise<string | null> {
  const row = await store.getTrackerConnection(kind);
  return row?.webhookSecretSealed ? box.open(row.webhookSecretSealed) : null;
}

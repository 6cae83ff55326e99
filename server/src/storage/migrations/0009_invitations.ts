/**
 * Invitations and password resets (storage/invitationStore.ts): each a token stored as
 * its SHA-256 only, with an expiry, used once. An invitation names the email and role the
 * account will have; a reset names the person whose password it sets. And when each
 * person last signed in, for the People page.
 */
import type { Migration } from './index.ts';

const tables = (bigint: string) => `
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  invited_by TEXT,
  created_at ${bigint} NOT NULL,
  expires_at ${bigint} NOT NULL,
  accepted_at ${bigint},
  revoked_at ${bigint}
);
CREATE INDEX invitations_email ON invitations (email);
CREATE TABLE password_resets (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at ${bigint} NOT NULL,
  expires_at ${bigint} NOT NULL,
  used_at ${bigint}
);
CREATE INDEX password_resets_person ON password_resets (person_id, created_at);
ALTER TABLE people ADD COLUMN last_sign_in_at ${bigint};
`;

const migration: Migration = {
  id: '0009_invitations',
  sqlite: tables('INTEGER'),
  postgres: tables('BIGINT'),
};

export default migration;

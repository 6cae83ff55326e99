/**
 * Who a person is at an OpenID Connect provider (workspace/oidc/): the provider's
 * (issuer, subject) pair, which never changes for a person there, unlike their email.
 * A person has at most one identity per issuer.
 */
import type { Migration } from './index.ts';

const table = (bigint: string) => `
CREATE TABLE oidc_identities (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at ${bigint} NOT NULL,
  last_sign_in_at ${bigint} NOT NULL,
  PRIMARY KEY (issuer, subject),
  UNIQUE (issuer, person_id)
);
`;

const migration: Migration = {
  id: '0010_identities',
  sqlite: table('INTEGER'),
  postgres: table('BIGINT'),
};

export default migration;

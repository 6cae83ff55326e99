import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, readSchemaVersion, SCHEMA_VERSION } from './layout.ts';
import { isSchemaSupported, MIGRATION_ORIGIN, MIGRATIONS, migrateDoc } from './migrations.ts';

describe('migrations', () => {
  it('bring a fresh doc to the current version in one transaction, once', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(migrateDoc(doc)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(migrateDoc(doc)).toEqual([]);
    expect(origins).toEqual([MIGRATION_ORIGIN]);
  });

  it('are numbered in order up to SCHEMA_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('refuse a doc written by a newer version', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(isSchemaSupported(doc)).toBe(false);
    expect(() => migrateDoc(doc)).toThrow('newer');
  });
});

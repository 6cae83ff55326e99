import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTimelineEvent, legacyMetaMap, readTimeline, SCHEMA_VERSIONS } from '@hindsight/shared';
import { decodeVersion, encodeVersion, UnreadableVersionError } from './versionContent.ts';

describe('version content', () => {
  it('reads back what was stored, brought to the current layout', async () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, { at: 0, kind: 'trigger', text: 'Deploy' });
    // Layout 1 kept the board meta in the doc; layout 2 empties it.
    legacyMetaMap(doc).set('title', 'Checkout 5xx');
    const read = await decodeVersion(encodeVersion(doc), 1);
    expect(readTimeline(read)).toEqual(readTimeline(doc));
    expect(legacyMetaMap(read).size).toBe(0);
  });

  it('refuses content that is corrupt, too large once inflated, or from a newer layout', async () => {
    const current = SCHEMA_VERSIONS.board;
    const unreadable = (content: Uint8Array, schemaVersion: number, max?: number) =>
      expect(decodeVersion(content, schemaVersion, max)).rejects.toThrow(UnreadableVersionError);
    await unreadable(Uint8Array.of(1, 2, 3), current);
    await unreadable(deflateRawSync(new Uint8Array(64 * 1024)), current, 32 * 1024);
    await unreadable(encodeVersion(new Y.Doc()), current + 1);
  });
});

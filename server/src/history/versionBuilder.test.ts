import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTimelineEvent, legacyMetaMap, readTimeline, SCHEMA_VERSIONS } from '@hindsight/shared';
import { versionBuilder, type VersionBuilder } from './versionBuilder.ts';
import { buildVersion, decodeVersion } from './versionContent.ts';

describe('version builder', () => {
  let builder: VersionBuilder | undefined;
  afterEach(() => builder?.close());

  it('builds in a worker thread what it builds inline: the same digest and content', async () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, { at: 0, kind: 'trigger', text: 'Deploy' });
    legacyMetaMap(doc).set('title', 'Checkout 5xx');
    const state = Y.encodeStateAsUpdate(doc);
    const skip = ['meta'];
    // Every state goes to the worker thread.
    builder = versionBuilder(0);
    const built = await builder.build(state, skip);
    const inline = buildVersion(state, skip);
    expect(built.digest).toEqual(inline.digest);
    expect(built.hash).toBe(inline.hash);
    expect(Object.keys(built.digest)).not.toContain('meta');
    const read = await decodeVersion(built.content, SCHEMA_VERSIONS.board);
    expect(readTimeline(read)).toEqual(readTimeline(doc));
  });
});

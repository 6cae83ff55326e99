/**
 * A page that connects while an append fails is not sent the batch the store has not
 * kept (issue #22): its sync request is answered once that batch is stored.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { addCard, readCards } from '@hindsight/shared';
import { testContext, WAIT_MS } from './helpers.ts';
import { openRaw, PRESENCE_QUERY, syncRequest } from './attack.ts';
import { failingStorage, storageTests } from './storageFull/support.ts';

const t = testContext();

/** The doc content a sync step 2 or update message (type 0, step 1 or 2) carries. */
function contentOf(message: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

describe('a page joining while an append fails', () => {
  it('is answered once the batch is stored, never before', async () => {
    const { faultFile, env } = await failingStorage(t);
    const { start, meeting } = storageTests(t);
    const server = await start(env);
    const { board, writer } = await meeting(server);

    // Accepted while the store looked fine; its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'not stored yet', column: 'lucky' });
    await vi.waitFor(() => expect(server.app.storageHealth.problem).toBe('store'), {
      timeout: WAIT_MS,
    });

    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.observer}`;
    const joiner = await openRaw(url);
    t.defer(() => joiner.ws.terminate());
    const messages: Uint8Array[] = [];
    joiner.ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
    // Sync step 2 answers (type 0, step 1) and relayed updates (type 0, step 2).
    const content = () => messages.filter((m) => m[0] === 0 && (m[1] === 1 || m[1] === 2));
    const cards = () => content().flatMap((m) => readCards(contentOf(m)).map((c) => c.text));
    joiner.ws.send(syncRequest(1));
    // A presence query sent after the sync request is answered in turn: the sync answer,
    // had it been sent, would have come before.
    joiner.ws.send(PRESENCE_QUERY);
    await vi.waitFor(() => expect(messages.some((m) => m[0] === 1)).toBe(true), {
      timeout: WAIT_MS,
    });
    expect(content()).toEqual([]);

    rmSync(faultFile);
    await vi.waitFor(() => expect(cards()).toContain('not stored yet'), { timeout: WAIT_MS });
  });
});

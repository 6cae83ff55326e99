/**
 * A hostile participant's hand-made writes, as their own client can make them: embeds,
 * formats and other types in the prose texts are read around and counted; a value that
 * borrows a prototype is refused whole. The board stays open to everyone. See
 * docs/SECURITY.md, "Integrity: what a participant writes can break nothing".
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addActionItem,
  addTimelineEvent,
  actionItemsMap,
  auditBoardDoc,
  CloseCode,
  readActionItems,
  readTimeline,
  roomName,
  timelineMap,
} from '@hindsight/shared';
import { createBoard, synced, testContext } from './helpers.ts';
import { exportsRender, holds } from './hostile/support.ts';

const t = testContext();

describe('a hostile participant', () => {
  it('writes into the prose texts (timeline events, actions): embeds, formats, oversized texts and other types are read around and counted, and the board stays open', async () => {
    const server = await t.server({ rooms: { idleMs: 100 } });
    const board = await createBoard(server);
    const room = roomName(board.id);
    const fac = t.client(server, room, board.tokens.facilitator);
    const mallory = t.client(server, room, board.tokens.participant);
    await Promise.all([synced(fac), synced(mallory)]);
    const closes: number[] = [];
    for (const c of [fac, mallory]) {
      c.provider.on('connection-close', (e: { code?: number } | null) => closes.push(e?.code ?? 0));
    }
    const at = Date.now() - 60_000;
    const kept = addTimelineEvent(fac.doc, { at, kind: 'action', text: 'Rolled back' });
    const long = addTimelineEvent(fac.doc, { at, kind: 'action', text: 'Paged' });
    const gone = addTimelineEvent(fac.doc, { at, kind: 'action', text: 'Scaled up' });
    const action = addActionItem(fac.doc, { title: 'Alert on saturation', details: 'At 80%' });
    const other = addActionItem(fac.doc, { title: 'Runbook' });
    await vi.waitFor(() => expect(readTimeline(mallory.doc)).toHaveLength(3));
    await vi.waitFor(() => expect(readActionItems(mallory.doc)).toHaveLength(2));

    // Hand-made writes into the texts, as a participant's own client can make them.
    const text = (id: string, map = timelineMap(mallory.doc)) => map.get(id)!.get('text') as Y.Text;
    mallory.doc.transact(() => {
      text(kept).insertEmbed(0, { image: 'x.png' });
      text(kept).format(0, 3, { bold: true });
      text(kept).insert(text(kept).length, ' fast', { italic: true });
      text(long).insert(0, 'x'.repeat(600));
      timelineMap(mallory.doc).get(gone)!.set('text', new Y.XmlFragment());
      const item = actionItemsMap(mallory.doc).get(action)!;
      (item.get('details') as Y.Text).insertEmbed(2, { link: 'javascript:alert(1)' });
      actionItemsMap(mallory.doc).get(other)!.set('title', new Y.Array());
    });
    await holds(server, room, mallory.doc);

    // Every reader reads around them: embeds and formats are not text, the rest is counted.
    await vi.waitFor(() =>
      expect(Y.encodeStateVector(fac.doc)).toEqual(Y.encodeStateVector(mallory.doc)),
    );
    for (const doc of [fac.doc, mallory.doc]) {
      expect(readTimeline(doc).map((e) => e.text)).toEqual(['Rolled back fast']);
      expect(readActionItems(doc).map((a) => [a.title, a.details])).toEqual([
        ['Alert on saturation', 'At 80%'],
      ]);
      expect(auditBoardDoc(doc)).toEqual([
        { what: 'timeline event', count: 2 },
        { what: 'action', count: 1 },
      ]);
    }
    await exportsRender(server, board);
    const markdown = await (
      await fetch(`${server.url}/api/boards/${board.id}/export?format=markdown`, {
        headers: { authorization: `Bearer ${board.tokens.observer}` },
      })
    ).text();
    expect(markdown).toContain('Rolled back fast');
    expect(markdown).not.toContain('javascript:');
    expect(closes).toEqual([]);

    // The room unloads and loads again with the same reading.
    fac.destroy();
    mallory.destroy();
    await vi.waitFor(() => expect(server.app.rooms.residentNames()).toEqual([]), {
      timeout: 60_000,
    });
    const again = t.client(server, room, board.tokens.observer);
    await synced(again);
    expect(readTimeline(again.doc).map((e) => e.text)).toEqual(['Rolled back fast']);
    expect(auditBoardDoc(again.doc)).toHaveLength(2);
  });

  it('refuses whole an update whose value borrows a prototype (4422); the board stays open to everyone', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const room = roomName(board.id);
    const hostile = t.client(server, room, board.tokens.participant);
    await synced(hostile);
    const closed = new Promise<number>((resolve) =>
      hostile.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    // Decoded by assignment, the key `__proto__` makes the value look like bytes it is not;
    // once in the server's doc, no encoding of the doc would work again.
    const poisoned = Object.fromEntries([['__proto__', Uint8Array.from([1, 2, 3])]]);
    actionItemsMap(hostile.doc).set('Actionxxxxxxxxxx', poisoned as never);
    expect(await closed).toBe(CloseCode.Malformed);
    hostile.destroy();

    await server.app.rooms.withRooms([room], ([r]) =>
      expect(actionItemsMap(r!.doc).has('Actionxxxxxxxxxx')).toBe(false),
    );
    const reader = t.client(server, room, board.tokens.observer);
    await synced(reader);
    await exportsRender(server, board);
  });
});

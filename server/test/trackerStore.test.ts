/**
 * What the trackers' store must do on both engines: filing an issue is claimed once (a
 * second claim finds the first, a stale one is taken over by one caller only, a released
 * one may be claimed again), and an issue's state moves from what it was, once.
 */
import { describe, expect, it } from 'vitest';
import { randomId } from '@hindsight/shared';
import { STORE_KINDS, testContext } from './helpers.ts';

const t = testContext();

for (const kind of STORE_KINDS) {
  describe(`the trackers' store on ${kind}`, () => {
    async function opened() {
      const storage = await t.storage(kind);
      const store = await storage.open();
      t.defer(() => store.close());
      const boardId = randomId(16);
      await store.createBoard(
        { id: boardId, title: 'Checkout 5xx', template: 'default', createdAt: 1 },
        [],
        new Map(),
      );
      return { store, boardId };
    }

    it('claims filing an issue once, takes over a stale claim once, and frees a released one', async () => {
      const { store, boardId } = await opened();
      expect(await store.claimTrackerIssue(boardId, 'action00001', 'github', 1000, 0)).toEqual({
        claimed: true,
      });
      const second = await store.claimTrackerIssue(boardId, 'action00001', 'github', 1001, 0);
      expect(second).toMatchObject({ claimed: false, existing: { state: 'creating' } });

      // Stale: two callers at once, one wins.
      const both = await Promise.all([
        store.claimTrackerIssue(boardId, 'action00001', 'github', 9000, 5000),
        store.claimTrackerIssue(boardId, 'action00001', 'github', 9000, 5000),
      ]);
      expect(both.filter((c) => c.claimed)).toHaveLength(1);

      await store.releaseTrackerIssue(boardId, 'action00001', 9000);
      expect(await store.getTrackerIssue(boardId, 'action00001')).toBeNull();
      expect(
        (await store.claimTrackerIssue(boardId, 'action00001', 'github', 9100, 0)).claimed,
      ).toBe(true);
      await store.linkTrackerIssue(
        boardId,
        'action00001',
        {
          externalId: 'octocat/hello-world#1',
          key: '#1',
          url: 'https://github.com/x',
          state: 'open',
        },
        9200,
      );
      const linked = await store.claimTrackerIssue(
        boardId,
        'action00001',
        'github',
        99_999,
        99_000,
      );
      expect(linked).toMatchObject({ claimed: false, existing: { state: 'open', key: '#1' } });
      expect(await store.findTrackerIssue('github', 'octocat/hello-world#1')).toMatchObject({
        boardId,
        actionId: 'action00001',
      });
    });

    it('moves an issue state from what it was, once, and lists filed issues in pages', async () => {
      const { store, boardId } = await opened();
      for (const id of ['action00001', 'action00002', 'action00003']) {
        await store.claimTrackerIssue(boardId, id, 'github', 1, 0);
      }
      for (const id of ['action00001', 'action00002']) {
        await store.linkTrackerIssue(
          boardId,
          id,
          { externalId: `o/r#${id}`, key: '#1', url: 'https://github.com/x', state: 'open' },
          2,
        );
      }
      const moves = await Promise.all([
        store.moveTrackerIssue(boardId, 'action00001', 'open', 'closed', 3),
        store.moveTrackerIssue(boardId, 'action00001', 'open', 'closed', 3),
      ]);
      expect(moves.sort()).toEqual([false, true]);
      const first = await store.listTrackerIssues(null, 1);
      expect(first.map((i) => i.actionId)).toEqual(['action00001']);
      const rest = await store.listTrackerIssues(first[0]!, 10);
      // The claim still being filed is not polled.
      expect(rest.map((i) => i.actionId)).toEqual(['action00002']);
    });

    it('keeps one connection per tracker and one target per postmortem', async () => {
      const { store, boardId } = await opened();
      const row = {
        kind: 'github' as const,
        baseUrl: 'https://api.github.com',
        email: null,
        tokenSealed: 'v1.a',
        webhookSecretSealed: null,
        updatedAt: 1,
      };
      await store.putTrackerConnection(row);
      await store.putTrackerConnection({ ...row, tokenSealed: 'v1.b', updatedAt: 2 });
      expect(await store.listTrackerConnections()).toEqual([
        { ...row, tokenSealed: 'v1.b', updatedAt: 2 },
      ]);
      expect(await store.deleteTrackerConnection('github')).toBe(true);
      expect(await store.getTrackerConnection('github')).toBeNull();
      await store.putTrackerTarget(boardId, '{"kind":"github"}', 1);
      await store.putTrackerTarget(boardId, '{"kind":"linear"}', 2);
      expect(await store.getTrackerTarget(boardId)).toBe('{"kind":"linear"}');
    });
  });
}

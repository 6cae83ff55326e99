/**
 * Link hygiene (issue 22, finding 8): a token that is not one string is no token, and the
 * origin check compares scheme, host and port and does not trust a name that only echoes
 * the Host header.
 */
import { describe, expect, it, vi } from 'vitest';
import { CloseCode, RotateLinksResponseSchema } from '@hindsight/shared';
import {
  closeCodeOf,
  createBoard,
  synced,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';

const t = testContext();

const wsBase = (server: TestServer) => server.url.replace(/^http/, 'ws');

describe('token parameter', () => {
  it('treats a repeated or non-string token as a missing one: 4401, nothing logged as an error', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const errors = vi.spyOn(server.app.log, 'error');
    const good = encodeURIComponent(board.tokens.participant);
    const base = `${wsBase(server)}/sync/${board.id}`;
    for (const query of [
      `token=${good}&token=${good}`,
      `token=${good}&token=other`,
      `token[]=${good}`,
      `token[a]=${good}`,
    ]) {
      expect(await closeCodeOf(`${base}?${query}`, WAIT_MS), query).toBe(CloseCode.Unauthorized);
    }
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('origin check', () => {
  it('refuses another scheme or port than the server’s own with 403', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.observer}`;
    const own = new URL(server.url);
    expect(await closeCodeOf(url, WAIT_MS, [], { origin: `https://${own.host}` })).toBe(403);
    expect(
      await closeCodeOf(url, WAIT_MS, [], {
        origin: `http://${own.hostname}:${Number(own.port) + 1}`,
      }),
    ).toBe(403);
    // The server's own origin still opens the board (and then the token decides).
    expect(await closeCodeOf(`${url}x`, WAIT_MS, [], { origin: own.origin })).toBe(
      CloseCode.Unauthorized,
    );
  });

  it('refuses a DNS name that only echoes the Host header (DNS rebinding) with 403', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.observer}x`;
    const port = new URL(server.url).port;
    const rebound = { origin: `http://attacker.example:${port}`, host: `attacker.example:${port}` };
    expect(await closeCodeOf(url, WAIT_MS, [], rebound)).toBe(403);
  });
});

describe('facilitator link', () => {
  it('is replaced from the facilitator link itself: its sockets close with 4401, its token answers 401', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const facilitator = t.client(server, board.id, board.tokens.facilitator);
    await synced(facilitator);
    const closed = new Promise<number>((resolve) =>
      facilitator.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
    );
    const res = await fetch(`${server.url}/api/boards/${board.id}/links`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${board.tokens.facilitator}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ roles: ['facilitator'] }),
    });
    expect(res.status).toBe(200);
    const rotated = RotateLinksResponseSchema.parse(await res.json());
    const fresh = rotated.tokens.facilitator!;
    expect(fresh).not.toBe(board.tokens.facilitator);
    expect(rotated.links.facilitator).toContain(fresh);
    expect(await closed).toBe(CloseCode.Unauthorized);

    const infoWith = (token: string) =>
      fetch(`${server.url}/api/boards/${board.id}`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.status);
    expect(await infoWith(board.tokens.facilitator)).toBe(401);
    expect(await infoWith(fresh)).toBe(200);
    const url = `${wsBase(server)}/sync/${board.id}?token=${board.tokens.facilitator}`;
    expect(await closeCodeOf(url, WAIT_MS)).toBe(CloseCode.Unauthorized);
    // The participant link still works.
    expect(await infoWith(board.tokens.participant)).toBe(200);
  });
});

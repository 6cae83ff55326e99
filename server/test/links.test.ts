/**
 * Link hygiene (issue 22, finding 8): a token that is not one string is no token, and the
 * origin check compares scheme, host and port and does not trust a name that only echoes
 * the Host header.
 */
import { describe, expect, it, vi } from 'vitest';
import { CloseCode } from '@hindsight/shared';
import { closeCodeOf, createBoard, type TestServer, testContext, WAIT_MS } from './helpers.ts';

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

/**
 * `GET /api/boards/:id/export` against a real server on port 0 (public contract,
 * DESIGN.md): status codes, content types and file names, and anonymity: no card text
 * before the reveal, and no author names after it.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  EXPORT_CSP,
  ALL_EXPORT_FORMATS,
  EXPORT_FORMATS,
  loadIncidentFixture,
  mergeEvents,
  newMemberKey,
  readBrainstormCounts,
  readRevealedCards,
  roomName,
  runSessionCommand,
  DEFAULT_TEMPLATE,
  PostmortemDocumentSchema,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { createBoard, synced, type TestServer, testContext } from './helpers.ts';

const t = testContext();

async function setup(): Promise<{ server: TestServer; board: CreateBoardResponse }> {
  const server = await t.server({ rooms: { idleMs: 50 } });
  return { server, board: await createBoard(server, 'Checkout API 5xx: pool change') };
}

const open = t.client;
const member = t.member;

function exportOf(server: TestServer, boardId: string, query: string, token?: string) {
  return fetch(`${server.url}/api/boards/${boardId}/export${query}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

const EXPECTED_TYPES = {
  markdown: ['text/markdown; charset=utf-8', 'md'],
  html: ['text/html; charset=utf-8', 'html'],
  json: ['application/json; charset=utf-8', 'json'],
  csv: ['text/csv; charset=utf-8', 'csv'],
  jira: ['text/csv; charset=utf-8', 'jira\\.csv'],
  linear: ['text/csv; charset=utf-8', 'linear\\.csv'],
  github: ['text/x-shellscript; charset=utf-8', 'github\\.sh'],
} as const;

describe('GET /api/boards/:id/export', () => {
  it('answers 404 for an unknown board, 401 without a valid token, 400 for a bad format', async () => {
    const { server, board } = await setup();
    const other = await createBoard(server, 'Another board');
    const { participant } = board.tokens;
    const status = async (id: string, query: string, token?: string) =>
      (await exportOf(server, id, query, token)).status;

    expect(await status('NoSuchBoard00000', '?format=markdown', participant)).toBe(404);
    expect(await status('not-a-board-id!', '?format=markdown', participant)).toBe(404);
    expect(await status(board.id, '?format=markdown')).toBe(401);
    expect(await status(board.id, '?format=markdown', 'not-a-token')).toBe(401);
    expect(await status(board.id, '?format=markdown', other.tokens.facilitator)).toBe(401);
    const bad = await exportOf(server, board.id, '?format=pdf', participant);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_request' });
    expect(await status(board.id, '?format=markdown&format=html', participant)).toBe(400);
    // Markdown when no format is asked for.
    expect(await status(board.id, '', participant)).toBe(200);
  });

  it('serves every format to every role, as a download with the right type and name', async () => {
    const { server, board } = await setup();
    for (const token of Object.values(board.tokens)) {
      for (const format of ALL_EXPORT_FORMATS) {
        const res = await exportOf(server, board.id, `?format=${format}`, token);
        expect(res.status, format).toBe(200);
        const [type, ext] = EXPECTED_TYPES[format];
        expect(res.headers.get('content-type')).toBe(type);
        expect(res.headers.get('content-disposition')).toMatch(
          new RegExp(
            `^attachment; filename="postmortem-checkout-api-5xx-pool-change-\\d{4}-\\d{2}-\\d{2}\\.${ext}"$`,
          ),
        );
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('cache-control')).toBe('no-store');
        const body = await res.text();
        if (format === 'html') {
          expect(res.headers.get('content-security-policy')).toBe(EXPORT_CSP);
          expect(body).toMatch(/^<!doctype html>/);
        }
        if (format === 'json')
          expect(PostmortemDocumentSchema.parse(JSON.parse(body)).title).toBe(
            'Checkout API 5xx: pool change',
          );
        if (format === 'csv')
          expect(body).toBe('Summary,Description,Assignee,Due date,Priority,Status,Link\r\n');
        if (format === 'jira')
          expect(body).toBe(
            'Summary,Issue Type,Description,Assignee,Due date,Priority,Labels,Issue key,URL\r\n',
          );
        if (format === 'linear')
          expect(body).toBe('Title,Description,Status,Priority,Assignee,Labels,Due Date\r\n');
        if (format === 'github') expect(body).toMatch(/^#!\/bin\/sh\n/);
      }
    }
  });

  it('exports the incident facts and the timeline the board holds', async () => {
    const { server, board } = await setup();
    const facilitator = open(server, roomName(board.id), board.tokens.facilitator);
    await synced(facilitator);
    loadIncidentFixture(facilitator.doc, {
      summary: 'Pool size dropped from 200 to 20.',
      startedAt: '2026-11-03T14:02:00Z',
      detectedAt: '2026-11-03T14:05:00Z',
    });
    mergeEvents(facilitator.doc, [
      { at: '2026-11-03T14:38:00Z', kind: 'mitigation', text: 'Rolled back #8812' },
    ]);
    await vi.waitFor(async () => {
      const res = await exportOf(server, board.id, '?format=markdown', board.tokens.observer);
      const md = await res.text();
      expect(md).toContain('Pool size dropped from 200 to 20.');
      expect(md).toContain('| 3 min | 36 min (from the timeline) | not known |');
      expect(md).toContain('Rolled back \\#8812');
      expect(res.headers.get('content-disposition')).toContain('-2026-11-03.md"');
    });
  });

  it('holds no card before the reveal, and the cards but not their authors after it', async () => {
    const { server, board } = await setup();
    const facilitator = open(server, roomName(board.id, 'facilitation'), board.tokens.facilitator);
    await synced(facilitator);
    const alice = await member(server, board, 'Alice Author');
    const bob = await member(server, board, 'Bob Writer');
    addCard(alice.doc, { text: 'No alert on pool saturation', column: 'went-wrong' });
    addCard(bob.doc, { text: 'Rollback took a minute', column: 'went-well' });
    await vi.waitFor(() => expect(readBrainstormCounts(facilitator.doc).cards).toBe(2));

    const secrets = [
      'No alert on pool saturation',
      'Rollback took a minute',
      'Alice Author',
      'Bob Writer',
    ];
    for (const format of EXPORT_FORMATS) {
      const text = await (
        await exportOf(server, board.id, `?format=${format}`, board.tokens.participant)
      ).text();
      for (const secret of secrets) expect(text, format).not.toContain(secret);
    }

    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitator.doc, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(() => expect(readRevealedCards(facilitator.doc)).toHaveLength(2));
    await vi.waitFor(async () => {
      const md = await (
        await exportOf(server, board.id, '?format=markdown', board.tokens.observer)
      ).text();
      expect(md).toContain('- No alert on pool saturation');
      expect(md).toContain('- Rollback took a minute');
    });
    for (const format of EXPORT_FORMATS) {
      const text = await (
        await exportOf(server, board.id, `?format=${format}`, board.tokens.facilitator)
      ).text();
      expect(text, format).not.toContain('Alice Author');
      expect(text, format).not.toContain('Bob Writer');
    }
  });

  it('lists who took part by the role their token granted, whatever their client claims', async () => {
    const { server, board } = await setup();
    const people = [
      { token: board.tokens.facilitator, name: 'Fran Facilitator', claims: 'facilitator' },
      { token: board.tokens.participant, name: 'Pat Participant', claims: 'participant' },
      { token: board.tokens.observer, name: 'Olga Observer', claims: 'facilitator' },
    ];
    for (const person of people) {
      const client = open(server, board.id, person.token, newMemberKey());
      client.provider.awareness.setLocalStateField('user', {
        name: person.name,
        role: person.claims,
      });
      await synced(client);
    }
    await vi.waitFor(async () => {
      const json = PostmortemDocumentSchema.parse(
        await (await exportOf(server, board.id, '?format=json', board.tokens.observer)).json(),
      );
      expect(json.participants).toEqual([
        { role: 'facilitator', names: ['Fran Facilitator'] },
        { role: 'participant', names: ['Pat Participant'] },
        { role: 'observer', names: ['Olga Observer'] },
      ]);
    });
  });

  it('does not keep the board rooms in memory after the export', async () => {
    const { server, board } = await setup();
    const res = await exportOf(server, board.id, '?format=json', board.tokens.observer);
    expect(res.status).toBe(200);
    await vi.waitFor(() => {
      const resident = server.app.rooms.residentNames();
      expect(resident).not.toContain(roomName(board.id));
      expect(resident).not.toContain(roomName(board.id, 'facilitation'));
    });
  });
});

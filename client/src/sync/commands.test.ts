import { readCards } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardCommands } from './commands.ts';

const noPresence = { setUser: () => {}, setReady: () => {} };

describe('board commands', () => {
  it('undoDelete brings a deleted card back with its text, column and place', () => {
    const doc = new Y.Doc();
    const commands = createBoardCommands(doc, noPresence);
    const first = commands.addCard({ column: 'went-well', text: 'Alert fired fast' });
    commands.addCard({ column: 'went-well', text: 'Rollback was quick' });
    const before = readCards(doc);

    expect(commands.deleteCard(first)).toBe(true);
    expect(readCards(doc)).toHaveLength(1);
    expect(commands.undoDelete(first)).toBe(true);

    expect(readCards(doc)).toEqual(before);
  });

  it('undoDelete refuses once another local change came after the deletion', () => {
    const doc = new Y.Doc();
    const commands = createBoardCommands(doc, noPresence);
    const id = commands.addCard({ column: 'lucky', text: 'Off-peak' });
    commands.deleteCard(id);
    commands.addCard({ column: 'lucky', text: 'Spare capacity' });
    expect(commands.undoDelete(id)).toBe(false);
    expect(readCards(doc).map((c) => c.text)).toEqual(['Spare capacity']);
  });

  it('never undoes a remote change (undo tracks only the local origin)', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const localCommands = createBoardCommands(local, noPresence);
    const remoteCommands = createBoardCommands(remote, noPresence);
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(local, update, 'remote'));
    const id = remoteCommands.addCard({ column: 'went-wrong', text: 'No pool alert' });
    remoteCommands.deleteCard(id);
    expect(localCommands.undoDelete(id)).toBe(false);
    expect(readCards(local)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_TTL_MS, draftKeys, type DraftStorage } from './draftStore.ts';

/** An in-memory stand-in for localStorage. */
function memoryStorage(
  initial: Record<string, string> = {},
): DraftStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('draft store', () => {
  it('keeps one draft per board and column, and per board and card', () => {
    const store = createDraftStore(null);
    store.set(draftKeys.composer('boardA', 'went-well'), 'Alert fired fast');
    store.set(draftKeys.composer('boardB', 'went-well'), 'Other board');
    store.set(draftKeys.card('boardA', 'card1234'), 'Edited text');
    expect(store.get(draftKeys.composer('boardA', 'went-well'))).toBe('Alert fired fast');
    expect(store.get(draftKeys.composer('boardB', 'went-well'))).toBe('Other board');
    expect(store.get(draftKeys.card('boardA', 'card1234'))).toBe('Edited text');
    expect(store.get(draftKeys.composer('boardA', 'lucky'))).toBeUndefined();
  });

  it('keeps drafts outside any component, so a phase change that unmounts the composer loses nothing', () => {
    const store = createDraftStore(null);
    const key = draftKeys.composer('boardA', 'went-wrong');
    store.set(key, 'No alert on pool saturation');
    // Whoever subscribed (the composer) goes away; the draft stays.
    const unsubscribe = store.store.subscribe(() => {});
    unsubscribe();
    expect(store.get(key)).toBe('No alert on pool saturation');
  });

  it('distinguishes an emptied card draft (still editing) from no draft', () => {
    const store = createDraftStore(null);
    const key = draftKeys.card('boardA', 'card1234');
    store.set(key, '');
    expect(store.get(key)).toBe('');
    store.clear(key);
    expect(store.get(key)).toBeUndefined();
  });

  it('mirrors drafts in local storage and reads them back after a reload', () => {
    const storage = memoryStorage({ 'unrelated:key': 'x' });
    const first = createDraftStore(storage);
    const key = draftKeys.composer('boardA', 'lucky');
    first.set(key, 'Off-peak');
    first.set(draftKeys.card('boardA', 'gone'), 'soon removed');
    first.clear(draftKeys.card('boardA', 'gone'));

    const reloaded = createDraftStore(storage);
    expect(reloaded.store.getState().drafts).toEqual({ [key]: 'Off-peak' });
  });

  it('works in memory when storage throws', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createDraftStore(broken);
    store.set('k', 'text');
    expect(store.get('k')).toBe('text');
  });

  it('does not notify subscribers when nothing changes', () => {
    const store = createDraftStore(null);
    let calls = 0;
    store.store.subscribe(() => calls++);
    store.set('k', 'a');
    store.set('k', 'a');
    store.clear('missing');
    expect(calls).toBe(1);
  });

  it('forgets drafts nobody touched for a week, and anything it cannot read', () => {
    const storage = memoryStorage({ 'hindsight:draft:boardA/column/lucky': 'not json' });
    let now = 1_000_000;
    const first = createDraftStore(storage, () => now);
    first.set(draftKeys.composer('boardA', 'went-well'), 'Old thought');
    now += DRAFT_TTL_MS - 1;
    first.set(draftKeys.composer('boardA', 'went-wrong'), 'Fresh thought');
    now += 2;

    const reloaded = createDraftStore(storage, () => now);
    expect(reloaded.store.getState().drafts).toEqual({
      [draftKeys.composer('boardA', 'went-wrong')]: 'Fresh thought',
    });
    expect([...storage.data.keys()]).toEqual(['hindsight:draft:boardA/column/went-wrong']);
  });
});

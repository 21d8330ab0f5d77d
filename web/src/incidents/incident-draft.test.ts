import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft, type DraftStorage } from './incident-draft';

function memory(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe('note drafts', () => {
  it('keeps a draft per person and incident until it is posted', () => {
    const storage = memory();
    const bobs = draftKey('bob', 'inc_1');
    saveDraft(storage, bobs, 'rolled back deploy 42');
    expect(loadDraft(storage, bobs)).toBe('rolled back deploy 42');
    expect(loadDraft(storage, draftKey('alice', 'inc_1'))).toBe('');
    expect(loadDraft(storage, draftKey('bob', 'inc_2'))).toBe('');
    clearDraft(storage, bobs);
    expect(storage.items.size).toBe(0);
  });

  it('forgets a draft emptied by hand', () => {
    const storage = memory();
    saveDraft(storage, 'k', 'x');
    saveDraft(storage, 'k', '   ');
    expect(storage.items.has('k')).toBe(false);
  });

  it('carries on without storage, or with storage that refuses', () => {
    const refusing: DraftStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };
    expect(loadDraft(undefined, 'k')).toBe('');
    expect(loadDraft(refusing, 'k')).toBe('');
    expect(() => saveDraft(refusing, 'k', 'text')).not.toThrow();
    expect(() => clearDraft(refusing, 'k')).not.toThrow();
  });
});

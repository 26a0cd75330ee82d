import { beforeEach, describe, expect, it } from 'vitest';
import { parseFolded, PANELS_STORAGE_KEY } from './panels-slice';
import { resetLabStore, useLabStore } from './store';

/** Node has no localStorage: a Map stands in for it. */
const items = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, v),
  removeItem: (k: string) => void items.delete(k),
  clear: () => items.clear(),
  key: () => null,
  length: 0,
} as Storage;

describe('panels', () => {
  beforeEach(() => {
    localStorage.clear();
    resetLabStore();
  });

  it('reads only booleans back from storage', () => {
    expect(parseFolded('{"toolbar":true,"details":false,"lab":true}')).toEqual({ toolbar: true, details: false, lab: true });
    expect(parseFolded('{"toolbar":"yes","lab":1}')).toEqual({ toolbar: false, details: false, lab: false });
    for (const bad of [null, '', 'not json', '[]', 'null', '42', `{"toolbar":true,"x":"${'a'.repeat(300)}"}`]) {
      expect(parseFolded(bad)).toEqual({ toolbar: false, details: false, lab: false });
    }
  });

  it('remembers a folded panel in this browser', () => {
    useLabStore.getState().setFolded('toolbar', true);
    useLabStore.getState().setFolded('lab', true);
    expect(JSON.parse(localStorage.getItem(PANELS_STORAGE_KEY)!)).toEqual({ toolbar: true, details: false, lab: true });
    expect(useLabStore.getState().labPanelCollapsed).toBe(true);
  });
});

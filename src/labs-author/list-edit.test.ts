import { describe, expect, it } from 'vitest';
import { removeAt, replaceAt } from './list-edit';

describe('list edits', () => {
  it('replaces one item and leaves the list as it was', () => {
    const list = ['a', 'b', 'c'];
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(replaceAt(list, 5, 'x')).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
  it('removes one item', () => {
    expect(removeAt(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
    expect(removeAt(['a'], 3)).toEqual(['a']);
  });
});

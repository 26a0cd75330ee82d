import { describe, expect, it } from 'vitest';
import { listMove } from './list-keys';

describe('listMove', () => {
  it('moves by one and by a page, within the list', () => {
    expect(listMove('ArrowDown', 2, 9)).toBe(3);
    expect(listMove('ArrowDown', 9, 9)).toBe(9);
    expect(listMove('ArrowUp', 0, 9)).toBe(0);
    expect(listMove('PageDown', 5, 9)).toBe(9);
    expect(listMove('PageUp', 10, 20)).toBe(2);
  });
  it('goes to the ends with Home and End only when asked (a text box keeps them for its caret)', () => {
    expect(listMove('Home', 5, 9, true)).toBe(0);
    expect(listMove('End', 5, 9, true)).toBe(9);
    expect(listMove('Home', 5, 9)).toBeUndefined();
    expect(listMove('End', 5, 9)).toBeUndefined();
    expect(listMove('a', 5, 9, true)).toBeUndefined();
  });
});

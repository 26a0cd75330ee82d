import { describe, expect, it } from 'vitest';
import { initialTheme, parseStoredTheme, systemTheme } from './theme';

describe('parseStoredTheme', () => {
  it('accepts exactly the two theme names', () => {
    expect(parseStoredTheme('dark')).toBe('dark');
    expect(parseStoredTheme('light')).toBe('light');
  });

  it('rejects anything else read from localStorage', () => {
    for (const raw of [null, undefined, '', 'Dark', ' dark', '"dark"', 'system', '{"theme":"dark"}', 1, true, {}]) {
      expect(parseStoredTheme(raw)).toBeNull();
    }
  });
});

describe('without a browser', () => {
  it('falls back to the light theme and the system source', () => {
    expect(systemTheme()).toBe('light');
    expect(initialTheme()).toEqual({ theme: 'light', source: 'system' });
  });
});

import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, chordId, formatKbd, matchesKbd, parseKbd, type KeyLike } from './keys';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('parses alternatives and gives one id per chord', () => {
    expect(parseKbd('Mod+Shift+Z, Mod+Y').map(chordId)).toEqual(['mod+shift+z', 'mod+y']);
    expect(parseKbd('Escape').map(chordId)).toEqual(['escape']);
    expect(chordId(parseKbd('Shift+Mod+Z')[0]!)).toBe('mod+shift+z');
  });

  it('matches Ctrl or ⌘ for Mod, and the exact modifiers', () => {
    expect(matchesKbd(press('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesKbd(press('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesKbd(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesKbd(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z, Mod+Y')).toBe(true);
    expect(matchesKbd(press('y', { ctrlKey: true }), 'Mod+Shift+Z, Mod+Y')).toBe(true);
    expect(matchesKbd(press('z'), 'Mod+Z')).toBe(false);
    expect(matchesKbd(press('Escape'), 'Escape')).toBe(true);
    expect(matchesKbd(press('k', { ctrlKey: true }), undefined)).toBe(false);
  });

  it('falls back to the physical key when Alt changes the character', () => {
    expect(matchesKbd(press('Ò', { altKey: true, shiftKey: true, code: 'KeyL' }), 'Alt+Shift+L')).toBe(true);
    expect(matchesKbd(press('w', { ctrlKey: true, code: 'KeyZ' }), 'Mod+Z')).toBe(false);
  });

  it('formats for the platform', () => {
    expect(formatKbd('Mod+Shift+Z, Mod+Y', false)).toBe('Ctrl+Shift+Z');
    expect(formatKbd('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatKbd('Escape', false)).toBe('Esc');
    expect(ariaKeyShortcuts('Mod+Shift+Z, Mod+Y', false)).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts('Escape', false)).toBe('Escape');
  });
});

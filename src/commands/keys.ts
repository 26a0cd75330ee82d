/**
 * Keyboard shortcuts as text: `Mod+K`, `Mod+Shift+Z`, `Escape`; alternatives separated by commas
 * (`Mod+Shift+Z, Mod+Y`). `Mod` is ⌘ on a Mac and Ctrl elsewhere (either is accepted when matching).
 */
interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower-case `KeyboardEvent.key` (`k`, `z`, `escape`, `/`). */
  key: string;
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function parseChord(text: string): Chord {
  const parts = text.split('+').map((p) => p.trim());
  const key = (parts.pop() ?? '').toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt'), key };
}

/** Every alternative of a shortcut text. */
export function parseKbd(kbd: string): Chord[] {
  return kbd
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseChord);
}

/** One canonical text per chord, for finding two commands that claim the same keys. */
export function chordId(chord: Chord): string {
  return [chord.mod && 'mod', chord.alt && 'alt', chord.shift && 'shift', chord.key].filter(Boolean).join('+');
}

/** The letter a key produces regardless of Shift/Alt (`Z` with Shift, `¬` with Alt+L on a Mac). */
function baseKey(event: KeyLike): string {
  if (event.code && /^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (event.code && /^Digit\d$/.test(event.code)) return event.code.slice(5);
  return event.key.toLowerCase();
}

function matchesChord(event: KeyLike, chord: Chord): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== chord.mod || event.shiftKey !== chord.shift || event.altKey !== chord.alt) return false;
  const key = event.key.toLowerCase();
  if (key === chord.key) return true;
  // Alt (and Shift on some layouts) changes the character (`¬` for Alt+L on a Mac): fall back to the physical key.
  return key.length === 1 && !/[a-z0-9]/.test(key) && baseKey(event) === chord.key;
}

export function matchesKbd(event: KeyLike, kbd: string | undefined): boolean {
  return kbd ? parseKbd(kbd).some((chord) => matchesChord(event, chord)) : false;
}

const KEY_NAMES: Record<string, string> = { escape: 'Esc', arrowup: '↑', arrowdown: '↓', enter: 'Enter', ' ': 'Space' };

/** How a chord reads on this platform: `⌘⇧Z` on a Mac, `Ctrl+Shift+Z` elsewhere. */
function formatChord(chord: Chord, mac: boolean): string {
  const key = KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
  if (mac) return `${chord.mod ? '⌘' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The first alternative of a shortcut, formatted for display. */
export function formatKbd(kbd: string, mac: boolean): string {
  const [first] = parseKbd(kbd);
  return first ? formatChord(first, mac) : '';
}

/** `aria-keyshortcuts` value for a shortcut (Control/Meta spelled out, alternatives space-separated). */
export function ariaKeyShortcuts(kbd: string, mac: boolean): string {
  return parseKbd(kbd)
    .map((c) =>
      [c.mod && (mac ? 'Meta' : 'Control'), c.alt && 'Alt', c.shift && 'Shift', c.key.length === 1 ? c.key.toUpperCase() : KEY_NAMES[c.key] === 'Esc' ? 'Escape' : c.key]
        .filter(Boolean)
        .join('+'),
    )
    .join(' ');
}

export function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/**
 * Light and dark themes. The OS decides (prefers-color-scheme) until the learner presses the toggle; that choice is
 * kept in localStorage. What comes back from localStorage is validated with zod: anything else means "follow the OS".
 */
import { z } from 'zod/mini'; // the tree-shakable build: ~4 KB instead of ~17 KB on first load

const THEME_STORAGE_KEY = 'ec2-lab:theme';
const themeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;
/** Where the current theme came from: the OS setting, or the learner's own choice. */
export type ThemeSource = 'system' | 'user';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** A stored value is a theme only if it is exactly `light` or `dark`. */
export function parseStoredTheme(raw: unknown): Theme | null {
  const parsed = themeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed iframe)
  }
}

function readStoredTheme(): Theme | null {
  try {
    return parseStoredTheme(storage()?.getItem(THEME_STORAGE_KEY) ?? null);
  } catch {
    return null;
  }
}

export function storeTheme(theme: Theme): void {
  try {
    storage()?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Full or disabled storage: the choice lasts for this visit only.
  }
}

export function systemTheme(): Theme {
  if (typeof matchMedia === 'undefined') return 'light';
  return matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The learner's stored choice if there is a valid one, otherwise the OS setting. */
export function initialTheme(): { theme: Theme; source: ThemeSource } {
  const stored = readStoredTheme();
  return stored ? { theme: stored, source: 'user' } : { theme: systemTheme(), source: 'system' };
}

/** Tailwind's `dark:` variant and native form controls both follow the `.dark` class on <html>. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

/** Calls `onChange` when the OS switches between light and dark. Returns the unsubscribe function. */
export function watchSystemTheme(onChange: (theme: Theme) => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const query = matchMedia(DARK_QUERY);
  const listener = (event: MediaQueryListEvent) => onChange(event.matches ? 'dark' : 'light');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

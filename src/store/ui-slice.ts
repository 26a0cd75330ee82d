import type { StateCreator } from 'zustand';
import { initialTheme, type Theme, type ThemeSource } from '../app/theme';
import type { LabState } from './store';

/** How the lab looks. The store only holds the choice; App applies it to <html> and persists it. */
export interface UiSlice {
  theme: Theme;
  themeSource: ThemeSource;
  /** The OS switched between light and dark: follow it unless the learner chose a theme. */
  followSystemTheme: (theme: Theme) => void;
  /** The header's toggle: the learner's choice, kept from now on. */
  toggleTheme: () => void;
}

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set) => {
  const { theme, source } = initialTheme();
  return {
    theme,
    themeSource: source,
    followSystemTheme: (next) => set((s) => (s.themeSource === 'system' ? { theme: next } : {})),
    toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark', themeSource: 'user' })),
  };
};

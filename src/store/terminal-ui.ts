/**
 * Whether the terminal panel is open: a tiny store on the first-load path (the header button and the `` ` `` key
 * use it); the panel itself, xterm.js and the CLI load only when it first opens.
 */
import { create } from 'zustand';

interface TerminalUiState {
  open: boolean;
  /** Bumped to ask an open panel to take focus again. */
  focusTick: number;
  setOpen: (open: boolean) => void;
  toggle: () => void;
}

export const useTerminalUi = create<TerminalUiState>((set) => ({
  open: false,
  focusTick: 0,
  setOpen: (open) => set((s) => ({ open, focusTick: s.focusTick + 1 })),
  toggle: () => set((s) => ({ open: !s.open, focusTick: s.focusTick + 1 })),
}));


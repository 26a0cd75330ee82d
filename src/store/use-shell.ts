import { createContext, useContext, useSyncExternalStore } from 'react';
import { useLabStore } from './store';
import { shellLayout, type PanelMode, type ShellLayout } from '../view-model/shell-layout';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const width = () => window.innerWidth;
const serverWidth = () => 1280;

/** The window's width, kept up to date. */
function useWindowWidth(): number {
  return useSyncExternalStore(subscribe, width, serverWidth);
}

/** Where each panel goes now (docked, drawer, sheet; the toolbar full, a rail or in the menu). */
export function useShell(): ShellLayout {
  const w = useWindowWidth();
  const labOpen = useLabStore((s) => s.activeLab !== null);
  const folded = useLabStore((s) => s.folded);
  return shellLayout(w, { labOpen, folded });
}

/** How the panel being rendered is shown: the panels pick their width and their fold button from it. */
export const PanelModeContext = createContext<PanelMode>('docked');

export function usePanelMode(): PanelMode {
  return useContext(PanelModeContext);
}

import type { StateCreator } from 'zustand';
import { readStoredTextSize, storeTextSize, type TextSize } from './text-size';
import { initialTheme, type Theme, type ThemeSource } from './theme';
import type { RegionChoice } from '../view-model/regions';
import type { Action, EngineError } from '../engine';
import type { LabState } from './store';

/** The refusal the explanation card shows: the engine's error and the action it refused. */
export interface Refusal {
  error: EngineError;
  action: Action;
}

/** A saved lab that could not be read back. The save itself is kept (see persist.ts). */
interface AutosaveProblem {
  message: string;
  /** The damaged save's text, as read (kept in memory too: with storage full the copy aside may fail). */
  damaged?: string;
}

/**
 * The last save failed: `quota` (storage full), `serialize` (the lab could not be written as JSON), `unavailable`
 * (storage turned off). The banner says so at once and offers the work as a file; cleared by the next good save.
 */
export interface SaveFailure {
  kind: 'quota' | 'serialize' | 'unavailable';
  message: string;
}

export type SidePanel = 'inspector' | 'tree';

/** A React Flow viewport: pan (pixels) and zoom. */
export interface CameraView {
  x: number;
  y: number;
  zoom: number;
}

/** `?embed=1` or the embed entry `/embed/`: a read-only canvas for an LMS iframe or a slide (no editing, no dispatching, no autosave writes). */
function embedFromUrl(): boolean {
  try {
    if (typeof location === 'undefined') return false;
    return new URLSearchParams(location.search).get('embed') === '1' || /\/embed\/(index\.html)?$/.test(location.pathname);
  } catch {
    return false;
  }
}

/** How the lab looks and which overlays are open. */
export interface UiSlice {
  theme: Theme;
  themeSource: ThemeSource;
  /** The OS switched between light and dark: follow it unless the learner chose a theme. */
  followSystemTheme: (theme: Theme) => void;
  /** The header's toggle: the learner's choice, kept from now on. */
  toggleTheme: () => void;

  /** Text size for rooms (panels and the smallest node text the camera settles at); kept in localStorage. */
  textSize: TextSize;
  setTextSize: (size: TextSize) => void;

  /** Regions drawn large besides the home region and those holding resources (the region bar's chips). */
  regionChoice: RegionChoice;
  /** Show one more region (its chip), 'all', or back to only those that matter (an empty list). */
  setRegionChoice: (choice: RegionChoice) => void;
  /** "Fit all": bumped to ask the canvas to frame everything (the F key, the canvas's button). */
  fitAllRequest: number;
  requestFitAll: () => void;

  /** The last refused action, shown by the explanation card until dismissed or the next accepted action. */
  refusal: Refusal | null;
  dismissRefusal: () => void;

  /** The command palette. `paletteAction` is the engine action whose form is open inside it (null: the list). */
  paletteOpen: boolean;
  paletteAction: string | null;
  /** Open the palette; with an action type, straight to that action's form. */
  openPalette: (type?: string) => void;
  closePalette: () => void;

  /** Which panel the right-hand side shows. */
  sidePanel: SidePanel;
  setSidePanel: (panel: SidePanel) => void;
  timelineOpen: boolean;
  toggleTimeline: () => void;

  /** Set when the autosaved lab could not be restored; the banner shows it until the learner acts. */
  autosaveProblem: AutosaveProblem | null;
  setAutosaveProblem: (problem: AutosaveProblem | null) => void;
  /** Set when a save failed (autosave.ts); the banner shows it with "Download your work". */
  saveFailure: SaveFailure | null;
  setSaveFailure: (failure: SaveFailure | null) => void;
  /**
   * Another tab of this lab saved over this one's save: autosave pauses here until the learner reloads (taking the
   * other tab's work) or keeps this one (which saves it again, and the other tab is told in turn).
   */
  otherTabChanged: boolean;
  setOtherTabChanged: (changed: boolean) => void;

  /** Read-only embed mode (`?embed=1`), fixed for the page's life. */
  embed: boolean;
  /** A camera the canvas should move to (a scenario was opened); the canvas applies it once and clears it. */
  cameraRequest: CameraView | null;
  requestCamera: (camera: CameraView | null) => void;
}

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set) => {
  const { theme, source } = initialTheme();
  return {
    theme,
    themeSource: source,
    followSystemTheme: (next) => set((s) => (s.themeSource === 'system' ? { theme: next } : {})),
    toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark', themeSource: 'user' })),

    textSize: readStoredTextSize(),
    setTextSize: (size) => {
      storeTextSize(size);
      set({ textSize: size });
    },

    regionChoice: [],
    setRegionChoice: (choice) => set({ regionChoice: choice }),
    fitAllRequest: 0,
    requestFitAll: () => set((s) => ({ fitAllRequest: s.fitAllRequest + 1 })),

    refusal: null,
    dismissRefusal: () => set({ refusal: null }),

    paletteOpen: false,
    paletteAction: null,
    openPalette: (type) => set((s) => (s.embed ? {} : { paletteOpen: true, paletteAction: type ?? null })),
    closePalette: () => set({ paletteOpen: false, paletteAction: null }),

    sidePanel: 'inspector',
    setSidePanel: (panel) => set({ sidePanel: panel }),
    timelineOpen: true,
    toggleTimeline: () => set((s) => ({ timelineOpen: !s.timelineOpen })),

    autosaveProblem: null,
    setAutosaveProblem: (problem) => set({ autosaveProblem: problem }),
    saveFailure: null,
    setSaveFailure: (failure) => set({ saveFailure: failure }),
    otherTabChanged: false,
    setOtherTabChanged: (changed) => set({ otherTabChanged: changed }),

    embed: embedFromUrl(),
    cameraRequest: null,
    requestCamera: (camera) => set({ cameraRequest: camera }),
  };
};

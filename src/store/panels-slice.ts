import type { StateCreator } from 'zustand';
import type { LabState } from './store';

/** The panels around the canvas that can step aside. */
export type PanelName = 'toolbar' | 'details' | 'lab';
/** Which panels are folded (docked: a narrow rail). Kept in this browser. */
type Folded = Record<PanelName, boolean>;

export const PANELS_STORAGE_KEY = 'ec2-lab:panels';
const NONE_FOLDED: Folded = { toolbar: false, details: false, lab: false };

/** Only `{toolbar, details, lab}` booleans count; anything else in storage means "nothing folded". */
export function parseFolded(raw: string | null): Folded {
  if (raw === null || raw.length > 200) return { ...NONE_FOLDED };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ...NONE_FOLDED };
    const record = value as Record<string, unknown>;
    const flag = (name: PanelName) => record[name] === true;
    return { toolbar: flag('toolbar'), details: flag('details'), lab: flag('lab') };
  } catch {
    return { ...NONE_FOLDED };
  }
}

export function readFolded(): Folded {
  try {
    return parseFolded(typeof localStorage === 'undefined' ? null : localStorage.getItem(PANELS_STORAGE_KEY));
  } catch {
    return { ...NONE_FOLDED }; // storage disabled
  }
}

function storeFolded(folded: Folded): void {
  try {
    localStorage.setItem(PANELS_STORAGE_KEY, JSON.stringify(folded));
  } catch {
    // Full or disabled storage: the choice lasts for this visit.
  }
}

/** A panel shown over the canvas (a drawer under 1280 px, a bottom sheet on a phone); one at a time. */
type Overlay = 'details' | 'lab' | null;

export interface PanelsSlice {
  folded: Folded;
  /** Fold or unfold a docked panel, and remember it. */
  setFolded: (panel: PanelName, value: boolean) => void;
  /** The drawer or sheet open over the canvas. */
  overlay: Overlay;
  setOverlay: (overlay: Overlay) => void;
  /** The course reader: open on this heading's slug ('' for the top), or closed (null). */
  course: string | null;
  openCourse: (slug?: string) => void;
  closeCourse: () => void;
  /** The header's menu (the toolbar on a phone). */
  menuOpen: boolean;
  setMenuOpen: (open: boolean) => void;
}

export const createPanelsSlice: StateCreator<LabState, [], [], PanelsSlice> = (set, get) => ({
  folded: readFolded(),
  setFolded: (panel, value) => {
    const folded = { ...get().folded, [panel]: value };
    storeFolded(folded);
    set(panel === 'lab' ? { folded, labPanelCollapsed: value } : { folded });
  },
  overlay: null,
  setOverlay: (overlay) => set({ overlay }),
  course: null,
  openCourse: (slug = '') => set({ course: slug.slice(0, 100) }),
  closeCourse: () => set({ course: null }),
  menuOpen: false,
  setMenuOpen: (open) => set({ menuOpen: open }),
});

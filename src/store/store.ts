/**
 * One zustand store built from slices (zustand's slices pattern). Middleware wraps the combined store only: the
 * lab sync (lab-sync.ts) adds the active lab's progress, latches, finish time and refs to every update. Read with selectors (`useLabStore((s) => s.world)`), and `useShallow` for derived arrays.
 */
import { create } from 'zustand';
import { createLabSlice, type LabSlice } from './lab-slice';
import { withLabSync } from './lab-sync';
import { createLayoutSlice, type LayoutSlice } from './layout-slice';
import { createPanelsSlice, type PanelsSlice } from './panels-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createWorldSlice, type WorldSlice } from './world-slice';

export type LabState = WorldSlice & SelectionSlice & LayoutSlice & UiSlice & LabSlice & PanelsSlice;

export const useLabStore = create<LabState>()(
  withLabSync((...a) => ({
    ...createWorldSlice(...a),
    ...createSelectionSlice(...a),
    ...createLayoutSlice(...a),
    ...createUiSlice(...a),
    ...createLabSlice(...a),
    ...createPanelsSlice(...a),
  })),
);

/** Back to the state the store started with (tests call this between cases). */
export function resetLabStore(): void {
  useLabStore.setState(useLabStore.getInitialState(), true);
}

export type { SaveFailure } from './ui-slice';

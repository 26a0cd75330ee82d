import type { StateCreator } from 'zustand';
import type { LabState } from './store';

/** What the learner has selected: a resource id (`i-…`, `subnet-…`) or a node id such as `region:us-east-1`. */
export interface SelectionSlice {
  selection: string | null;
  select: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<LabState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (id) => set({ selection: id }),
});

import type { StateCreator } from 'zustand';
import type { LabState } from './store';

export type Lens = 'network' | 'physical';
export interface Position {
  x: number;
  y: number;
}

/**
 * How the canvas is laid out. Not part of the world: moving a box never touches the simulation, and undoing a world
 * change never moves a box.
 */
export interface LayoutSlice {
  lens: Lens;
  setLens: (lens: Lens) => void;
  toggleLens: () => void;
  /** Node id → position the learner dragged it to. Nodes without an entry use the automatic layout. */
  positions: Record<string, Position>;
  setPosition: (id: string, pos: Position) => void;
  /** Forget a learner-set position (back to the automatic layout). */
  clearPosition: (id: string) => void;
  /** Replace every position and the lens at once (autosave restore). */
  restoreLayout: (layout: { positions: Record<string, Position>; lens: Lens }) => void;
}

export const createLayoutSlice: StateCreator<LabState, [], [], LayoutSlice> = (set) => ({
  lens: 'network',
  setLens: (lens) => set({ lens }),
  toggleLens: () => set((s) => ({ lens: s.lens === 'network' ? 'physical' : 'network' })),
  positions: {},
  setPosition: (id, pos) => set((s) => ({ positions: { ...s.positions, [id]: { x: pos.x, y: pos.y } } })),
  clearPosition: (id) =>
    set((s) => {
      if (!Object.hasOwn(s.positions, id)) return {};
      const { [id]: _gone, ...rest } = s.positions;
      return { positions: rest };
    }),
  restoreLayout: ({ positions, lens }) => set({ positions, lens }),
});

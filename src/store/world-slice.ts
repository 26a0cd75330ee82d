import type { StateCreator } from 'zustand';
import type { World } from '../engine';
import type { LabState } from './store';

/**
 * The simulated AWS world. The engine is a module of its own that loads right after the first screen (which is
 * drawn from the static region table), so the first paint does not wait for it. `world` is null until then.
 * Later: dispatch(action) through engine.apply, and history for undo.
 */
export interface WorldSlice {
  world: World | null;
  /** Load the engine (once) and start from its starting world. */
  loadEngine: () => Promise<void>;
}

let engineModule: Promise<typeof import('../engine')> | undefined;

/** The engine module, loaded on first use and shared afterwards. */
export function loadEngineModule(): Promise<typeof import('../engine')> {
  engineModule ??= import('../engine');
  return engineModule;
}

export const createWorldSlice: StateCreator<LabState, [], [], WorldSlice> = (set, get) => ({
  world: null,
  loadEngine: async () => {
    if (get().world) return;
    const engine = await loadEngineModule();
    if (!get().world) set({ world: engine.createWorld() });
  },
});

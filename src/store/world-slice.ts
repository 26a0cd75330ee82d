import type { StateCreator } from 'zustand';
import { createWorld, type World } from '../engine';
import type { LabState } from './store';

/** The simulated AWS world. Later: dispatch(action) through engine.apply, and history for undo. */
export interface WorldSlice {
  world: World;
}

export const createWorldSlice: StateCreator<LabState, [], [], WorldSlice> = () => ({
  world: createWorld(),
});

/**
 * Following a teacher's link at a step: the whole log the link carried (kept aside, not applied), the step the
 * student opened at, and the layout and camera to go back with. A tiny store of its own, read by the follow bar,
 * presenter mode (which steps through the whole log while the student has not branched) and the Share dialog.
 */
import { create } from 'zustand';
import type { HistoryEntry, World } from '../engine';
import type { Lens, Position } from '../store/layout-slice';
import type { CameraView } from '../store/ui-slice';

export interface Following {
  title: string;
  /** The world the log starts from. */
  base: World;
  /** Every step of the teacher's log (the student's session log starts as its first `step` entries). */
  entries: readonly HistoryEntry[];
  /** The step "Back to step N" returns to. */
  step: number;
  layout: { positions: Record<string, Position>; lens: Lens };
  camera: CameraView | null;
  /** A note about the step asked for (out of range, not a number): shown in the bar. */
  problem?: { code: string; message: string };
}

interface FollowState {
  following: Following | null;
  setFollowing: (following: Following | null) => void;
}

export const useFollow = create<FollowState>()((set) => ({
  following: null,
  setFollowing: (following) => set({ following }),
}));

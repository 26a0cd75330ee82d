/**
 * Opening a link at a step and coming back to it. The world on screen is the one after the first N steps of the
 * link's log and the session log is those N steps, so whatever the student does next starts their own log after
 * them; the rest of the teacher's log stays aside in the follow store (follow-status.ts), never applied, and the
 * teacher's link itself is never changed. "Back to step N" puts exactly that world and log back.
 */
import type { Action, HistoryEntry, Result, World } from '../engine';
import { loadEngineModule } from '../store/engine-module';
import { useLabStore } from '../store/store';
import type { SessionLog } from '../store/world-slice';
import { markOpened } from './before-link';
import { useFollow, type Following } from './follow-status';

/** The world after the first `step` entries of the log (a refused step leaves the world as it was). */
export function worldAtStep(base: World, entries: readonly HistoryEntry[], step: number, apply: (w: World, a: Action) => Result): World {
  let world = base;
  const n = Math.max(0, Math.min(entries.length, Math.floor(step)));
  for (let i = 0; i < n; i++) {
    const result = apply(world, (entries[i] as HistoryEntry).action);
    if (result.ok) world = result.world;
  }
  return world;
}

/** The session log at `step` of what is followed: its first `step` entries. */
export function logAtStep(following: Pick<Following, 'base' | 'entries'>, step: number): SessionLog {
  return { base: following.base, entries: following.entries.slice(0, Math.max(0, step)) };
}

/** Whether the lab still shows the followed log exactly at a step (the student has not branched or moved on). */
export function atFollowedStep(following: Following | null): boolean {
  const log = useLabStore.getState().sessionLog;
  if (!following || !log || log.base !== following.base) return false;
  const n = log.entries.length;
  return n <= following.entries.length && log.entries.every((e, i) => e === following.entries[i]);
}

/** Put step `step` of what is followed on screen (world, its log, the link's layout and camera) in one transaction. */
export async function goToFollowedStep(step: number): Promise<void> {
  const following = useFollow.getState().following;
  if (!following) return;
  const engine = await loadEngineModule();
  const n = Math.max(1, Math.min(following.entries.length, Math.floor(step)));
  const world = worldAtStep(following.base, following.entries, n, engine.apply);
  useLabStore.getState().openDocument({ world, log: logAtStep(following, n), layout: following.layout, camera: following.camera });
  markOpened(world);
  useFollow.getState().setFollowing({ ...following, step: n });
}

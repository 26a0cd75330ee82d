/** Whether a world holds anything the learner made: openers keep work aside only when there is work to keep. */
import type { World } from '../engine';
import { engineNow } from './engine-module';

/** Collection sizes of a fresh world (what "nothing on the canvas" means), computed once. */
let blankSizes: Map<string, number> | undefined;

function sizes(world: World): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(world)) {
    if (value && typeof value === 'object' && 'size' in value && typeof (value as { size: unknown }).size === 'number') {
      out.set(key, (value as { size: number }).size);
    }
  }
  return out;
}

/** True when the world has nothing the learner made (the engine's starting world). */
export function isBlankWorld(world: World): boolean {
  const engine = engineNow();
  if (!engine) return false;
  blankSizes ??= sizes(engine.createWorld());
  for (const [key, size] of sizes(world)) if (blankSizes.get(key) !== size) return false;
  return true;
}


import { createWorld, type World } from '../engine';
import { runAwsCli } from './index';

/** A terminal-less session for tests: each `aws …` line runs on the world the previous one left. */
export function cliSession(start: World = createWorld()) {
  let world = start;
  return (line: string) => {
    const r = runAwsCli(world, line);
    world = r.world;
    return r;
  };
}

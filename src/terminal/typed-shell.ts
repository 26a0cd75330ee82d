/**
 * The terminal's shell without the terminal, for tests: `type(line)` runs a line (aws commands through the CLI on
 * a world it keeps) and returns what it printed; `state` has the shell's variables and last status. Pure: no DOM.
 * Used by shell.test.ts, connect.test.ts and scaling-steps.test.ts.
 */
import { createWorld, type World } from '../engine';
import { runAwsCli } from '../cli';
import { runShellLine, type ShellState } from './shell';

export function typedShell(start: World = createWorld()) {
  let world = start;
  let state: ShellState = { vars: {}, status: 0 };
  let screen = '';
  const lines: string[] = [];
  const host = {
    aws: (line: string) => {
      const r = runAwsCli(world, line);
      world = r.world;
      return r;
    },
    history: () => lines,
    write: (text: string) => void (screen += text),
    clear: () => void (screen = ''),
    exit: () => undefined,
  };
  return {
    type(line: string) {
      lines.push(line);
      screen = '';
      state = runShellLine(state, line, host);
      return screen;
    },
    get state() {
      return state;
    },
    get world() {
      return world;
    },
  };
}

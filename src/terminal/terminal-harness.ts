/**
 * For tests: a terminal over a tiny store. Every dispatched action goes through the engine and is logged, and
 * `type(line)` returns what the line printed, without colours or carriage returns, as a learner reads it. Pure: no
 * DOM. (typed-lab.ts is the same over a lab's start world, graded as the lab panel grades it.)
 */
import { apply, createWorld, type Action, type World } from '../engine';
import { TerminalController } from './controller';
import type { Explanation } from './ssh-explain';

export function terminalHarness(start: World = createWorld()) {
  let world = start;
  let screen = '';
  let explained: Explanation | null = null;
  const sent: Action[] = [];
  const controller = new TerminalController(
    { write: (t) => void (screen += t), clear: () => void (screen = ''), cols: 200 },
    {
      world: () => world,
      dispatch: (action) => {
        sent.push(action);
        const r = apply(world, action);
        if (r.ok) world = r.world;
        return r;
      },
      explain: (e) => void (explained = e),
      close: () => undefined,
    },
  );
  controller.start();
  // eslint-disable-next-line no-control-regex
  const plain = () => screen.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');
  return {
    type(line: string) {
      screen = '';
      controller.input(`${line}\r`);
      return plain();
    },
    get world() {
      return world;
    },
    get explained() {
      return explained;
    },
    sent,
    controller,
  };
}

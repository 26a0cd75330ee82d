/**
 * A lab done by typing only, graded as the app grades it: the lab's start world, a TerminalController whose every
 * dispatched action goes through the engine into the history, and `type(line)` returning what the line printed.
 * Used by the tests that run the commands a lab's text names (inside-labs.test.ts, ssh-lab.test.ts). Pure: no DOM.
 */
import { apply, summarize, type HistoryEntry, type World } from '../engine';
import { labById, latchSteps, progress, replaySolution, type Lab, type LatchedSteps } from '../labs';
import { TerminalController } from './controller';

export interface TypedLab {
  lab: Lab;
  controller: TerminalController;
  world(): World;
  history: HistoryEntry[];
  /** Types a line and Enter; returns what the screen showed for it (stdout and stderr). */
  type(line: string): string;
  /** Steps done so far, as the lab panel counts them. */
  done(): number;
  /** Whether one step is done, as the lab panel shows it. */
  stepDone(stepId: string): boolean;
  complete(): boolean;
}

/** `afterSteps`: start where the solutions of the first steps leave the lab (0: the lab's start). */
export function typeLab(labId: string, afterSteps = 0): TypedLab {
  const lab = labById(labId);
  if (!lab) throw new Error(`no lab ${labId}`);
  const from = replaySolution(lab, afterSteps);
  let world: World = from.world;
  const history: HistoryEntry[] = [...from.history];
  let screen = '';
  const controller = new TerminalController(
    { write: (t) => void (screen += t), clear: () => void (screen = ''), cols: 400 },
    {
      world: () => world,
      dispatch: (action) => {
        const r = apply(world, action);
        history.push(summarize(action, r));
        if (r.ok) world = r.world;
        return r;
      },
      explain: () => undefined,
      close: () => undefined,
    },
  );
  controller.start();
  let latched: LatchedSteps = {};
  /** As the app does: a step done in order stays done (a later step may undo what it built). */
  const now = () => {
    const p = progress(lab, world, history, latched);
    latched = latchSteps(p, history.length, latched);
    return progress(lab, world, history, latched);
  };
  return {
    lab,
    controller,
    world: () => world,
    history,
    type(line) {
      screen = '';
      controller.input(`${line}\r`);
      now();
      return screen;
    },
    done: () => now().done,
    stepDone: (stepId) => now().steps.some((s) => s.id === stepId && s.done),
    complete: () => now().complete,
  };
}

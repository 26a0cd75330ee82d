/** The questions the lab panel asks before Show solution, Reset and Leave. */
import type { Lab, LabProgress } from '../../labs/types';
import { backToWork, hasWorkAside } from '../../share/before-link';
import { useLabStore } from '../../store/store';
import type { ConfirmOptions } from '../../ui/ConfirmDialog';
import { cancelSolution, playSolution, SOLUTION_PACE_MS } from '../solution-player';

export type Confirm = ConfirmOptions & { onConfirm: () => void };

export function showSolutionConfirm(lab: Lab, p: LabProgress): Confirm {
  const remaining = lab.solution.filter((a) => !p.steps.find((s) => s.id === a.step)?.done).length;
  return {
    title: 'Show the solution?',
    body: (
      <>
        <p>
          The {p.total - p.done === 1 ? 'last step is' : `remaining ${p.total - p.done} steps are`} played on the canvas:{' '}
          {remaining} {remaining === 1 ? 'action' : 'actions'}, one every {SOLUTION_PACE_MS / 1000} s.
        </p>
        <p>You can stop it at any time, and Undo takes back what it did.</p>
      </>
    ),
    confirm: 'Show solution',
    onConfirm: () => void playSolution(),
  };
}

/** `clear`: forget the highlighted step (the lab starts again). */
export function resetConfirm(clear: () => void): Confirm {
  return {
    title: 'Start this lab again?',
    body: <p>The canvas goes back to the lab’s starting point. What you did in this lab is not kept.</p>,
    confirm: 'Reset the lab',
    danger: true,
    onConfirm: () => {
      cancelSolution();
      clear();
      useLabStore.getState().restartLab();
    },
  };
}

/** `close`: close the question (its "Back to your work" answer does not go through `onConfirm`). */
export function leaveConfirm(close: () => void): Confirm {
  const aside = hasWorkAside();
  return {
    title: 'Leave the lab?',
    body: aside ? (
      <p>
        The canvas stays as it is, so you can keep experimenting. Your work from before the lab is kept aside and can
        come back now.
      </p>
    ) : (
      <p>The canvas stays as it is, so you can keep experimenting. The lab’s steps and goals close.</p>
    ),
    confirm: 'Leave the lab',
    ...(aside
      ? {
          alternative: {
            label: 'Back to your work',
            onChoose: () => {
              cancelSolution();
              close();
              backToWork();
            },
          },
        }
      : {}),
    onConfirm: () => {
      cancelSolution();
      useLabStore.getState().leaveLab();
    },
  };
}

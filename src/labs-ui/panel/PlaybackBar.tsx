import { StopIcon } from '../icons';
import { cancelSolution, resetPlayback, usePlayback } from '../solution-player';
import { button, focusRing } from '../../ui/styles';

/** Where "Show solution" is: playing (with Stop), stopped, finished, or stuck with a code and a sentence. */
export function PlaybackBar() {
  const playback = usePlayback((s) => s.playback);
  if (playback.status === 'idle') return null;
  if (playback.status === 'stuck') {
    return (
      <div role="alert" data-testid="lab-playback" className="border-t border-amber-300 bg-amber-50 px-4 py-2.5 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
        <p>
          <code className="font-mono font-semibold">{playback.code}</code>: {playback.message}
        </p>
        <button type="button" onClick={resetPlayback} className={`mt-1 rounded px-1 font-medium underline underline-offset-4 ${focusRing}`}>
          OK
        </button>
      </div>
    );
  }
  if (playback.status !== 'playing') {
    return (
      <div role="status" data-testid="lab-playback" className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-2.5 text-base text-slate-800 dark:border-slate-700 dark:text-slate-200">
        <span>
          {playback.status === 'finished'
            ? 'The solution has been played. Undo steps through it backwards.'
            : `Solution stopped after ${playback.index} of ${playback.total} actions.`}
        </span>
        <button type="button" onClick={resetPlayback} className={`rounded px-1 text-sky-800 underline underline-offset-4 dark:text-sky-300 ${focusRing}`}>
          OK
        </button>
      </div>
    );
  }
  const pct = Math.round(((playback.index + 1) / playback.total) * 100);
  return (
    <div role="status" data-testid="lab-playback" className="border-t border-sky-300 bg-sky-50 px-4 py-2.5 text-base text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50">
      <div className="flex items-center justify-between gap-3">
        <p className="min-w-0">
          <span className="font-semibold">
            Solution {playback.index + 1} of {playback.total}
          </span>{' '}
          · {playback.step}
          <span className="block truncate text-sky-900 dark:text-sky-100">{playback.note}</span>
        </p>
        <button type="button" className={`${button} shrink-0 py-1.5`} onClick={cancelSolution}>
          <StopIcon className="size-4" />
          Stop
        </button>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-sky-200 dark:bg-sky-900" aria-hidden="true">
        <div className="h-full bg-sky-600 transition-[width] duration-300 dark:bg-sky-400" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

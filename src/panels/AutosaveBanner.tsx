import { AlertIcon } from '../app/icons';
import { useLabStore } from '../store/store';

const CORRUPT_KEY = 'ec2-lab:autosave:corrupt'; // same key as store/persist.ts (kept out of the first-load bundle)

function downloadDamagedSave() {
  let text: string | null;
  try {
    text = localStorage.getItem(CORRUPT_KEY);
  } catch {
    text = null;
  }
  if (text === null) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'ec2-lab-damaged-autosave.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A saved lab that could not be read: said plainly, kept, and not overwritten until the learner chooses. */
export function AutosaveBanner() {
  const problem = useLabStore((s) => s.autosaveProblem);
  const resolve = useLabStore((s) => s.setAutosaveProblem);
  if (!problem) return null;
  return (
    <div
      role="alert"
      data-testid="autosave-banner"
      className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-2 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <AlertIcon className="size-5 shrink-0 text-amber-700 dark:text-amber-300" />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">Your saved lab could not be restored.</strong> {problem.message} Autosave is
        paused so it is not overwritten.
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={downloadDamagedSave}
          className="rounded-lg border border-amber-400 bg-white px-3 py-1.5 font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-amber-700 dark:bg-amber-900 dark:hover:bg-amber-800"
        >
          Download the damaged save
        </button>
        <button
          type="button"
          onClick={() => resolve(null)}
          className="rounded-lg bg-amber-700 px-3 py-1.5 font-medium text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-amber-600 dark:text-amber-950 dark:hover:bg-amber-500"
        >
          Start fresh and resume autosave
        </button>
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { downloadBlob } from '../ui/download';
import { AlertIcon } from '../ui/icons';
import { useLabStore } from '../store/store';

const CORRUPT_KEY = 'ec2-lab:autosave:corrupt'; // same key as store/persist.ts (kept out of the first-load bundle)

const secondary =
  'rounded-lg border border-amber-400 bg-white px-3 py-1.5 font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-amber-700 dark:bg-amber-900 dark:hover:bg-amber-800';
const primary =
  'rounded-lg bg-amber-700 px-3 py-1.5 font-medium text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-amber-600 dark:text-amber-950 dark:hover:bg-amber-500';

/** The damaged save as it was read (held in memory: with storage full, the copy under CORRUPT_KEY may be older). */
function downloadDamagedSave(damaged: string | undefined) {
  let text = damaged ?? null;
  if (text === null) {
    try {
      text = localStorage.getItem(CORRUPT_KEY);
    } catch {
      text = null;
    }
  }
  if (text !== null) downloadBlob(new Blob([text], { type: 'application/json' }), 'ec2-lab-damaged-autosave.json');
}

const downloadWork = async () => (await import('./download-work')).downloadWork();

function Bar({ testId, children, actions }: { testId: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-2 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <AlertIcon className="size-5 shrink-0 text-amber-700 dark:text-amber-300" />
      <p className="min-w-0 flex-1">{children}</p>
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}

/**
 * What the autosave needs the learner to know, at once: a saved lab that could not be read (kept, not overwritten
 * until the learner chooses), a save that failed (with the work as a file), or another tab that saved over this one.
 */
export function AutosaveBanner() {
  const problem = useLabStore((s) => s.autosaveProblem);
  const resolve = useLabStore((s) => s.setAutosaveProblem);
  const failure = useLabStore((s) => s.saveFailure);
  const otherTab = useLabStore((s) => s.otherTabChanged);
  const keepThisTab = useLabStore((s) => s.setOtherTabChanged);
  if (problem) {
    return (
      <Bar
        testId="autosave-banner"
        actions={
          <>
            <button type="button" onClick={() => downloadDamagedSave(problem.damaged)} className={secondary}>
              Download the damaged save
            </button>
            <button type="button" onClick={() => resolve(null)} className={primary}>
              Start fresh and resume autosave
            </button>
          </>
        }
      >
        <strong className="font-semibold">Your saved lab could not be restored.</strong> {problem.message} Autosave is
        paused so it is not overwritten.
      </Bar>
    );
  }
  if (otherTab) {
    return (
      <Bar
        testId="other-tab-banner"
        actions={
          <>
            <button type="button" onClick={() => location.reload()} className={secondary}>
              Reload it
            </button>
            <button type="button" onClick={() => keepThisTab(false)} className={primary}>
              Keep this one
            </button>
          </>
        }
      >
        <strong className="font-semibold">This lab was changed in another tab.</strong> Reload it to continue from
        there, or keep this one (it is then saved over the other tab’s work). Autosave is paused until you choose.
      </Bar>
    );
  }
  if (failure) {
    return (
      <Bar
        testId="save-failed-banner"
        actions={
          <button type="button" onClick={() => void downloadWork()} className={primary}>
            Download your work
          </button>
        }
      >
        <strong className="font-semibold">Your work is not being saved.</strong> {failure.message} A reload would lose
        what you did since the last save: download your work as a file to keep it. Saving resumes by itself when it
        works again.
      </Bar>
    );
  }
  return null;
}

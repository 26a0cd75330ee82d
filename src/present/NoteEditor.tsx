import { useId } from 'react';
import { LIMITS } from '../scenario/limits';
import { useLinkStatus } from '../share/link-status';

const field =
  'w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-xl text-slate-900 focus-visible:outline-3 focus-visible:outline-sky-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

/**
 * "Edit note": the presenter's chapter title and note for the current step, in their own words. Kept with the lab's
 * title and notes (link-status.ts), so the Share dialog and "Copy link at this step" carry them in the scenario.
 */
export function NoteEditor({ step }: { step: number }) {
  const ids = useId();
  const value = useLinkStatus((s) => s.stepNotes[step - 1]);
  const setStepNote = useLinkStatus((s) => s.setStepNote);
  if (step < 1) {
    return <p className="px-8 pb-3 text-lg">The starting point has no step note: its words are the lab&apos;s notes (Share dialog).</p>;
  }
  const write = (patch: { note?: string; chapter?: string }) => {
    const next = { ...value, ...patch };
    setStepNote(step - 1, { ...(next.note ? { note: next.note } : {}), ...(next.chapter ? { chapter: next.chapter } : {}) });
  };
  return (
    <div className="grid gap-2 px-8 pb-3 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]" data-testid="note-editor">
      <div>
        <label htmlFor={`${ids}-chapter`} className="block text-lg font-semibold">
          Chapter starting at step {step}
        </label>
        <input
          id={`${ids}-chapter`}
          className={field}
          maxLength={LIMITS.maxChapterLength}
          value={value?.chapter ?? ''}
          onChange={(e) => write({ chapter: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={`${ids}-note`} className="block text-lg font-semibold">
          Note for step {step} (presenter view and handout)
        </label>
        <textarea
          id={`${ids}-note`}
          className={`${field} min-h-16`}
          rows={2}
          maxLength={LIMITS.maxStepNoteLength}
          value={value?.note ?? ''}
          onChange={(e) => write({ note: e.target.value })}
        />
      </div>
    </div>
  );
}

import { DialogCloseButton } from '../ui/ModalDialog';
import { focusRing } from '../ui/styles';
import { openLabAuthor } from '../labs-author/open';

/** The head of the lab picker: what a guided lab is, the way to the lab builder, the done count and Close. */
export function LabPickerHeader({ titleId, doneCount, total, onClose }: { titleId: string; doneCount: number; total: number; onClose: () => void }) {
  return (
    <header className="flex items-start justify-between gap-4 border-b border-slate-200 px-6 py-4 dark:border-slate-700">
      <div>
        <h2 id={titleId} className="text-2xl font-bold text-slate-900 dark:text-white">
          Guided labs
        </h2>
        <p className="mt-1 text-base text-slate-700 dark:text-slate-300">
          Each lab sets up the canvas, then guides you step by step. You work with the canvas, the inspector and the
          command palette; the lab ticks off each goal as you reach it.{' '}
          <button
            type="button"
            onClick={() => {
              onClose();
              openLabAuthor();
            }}
            className={`rounded font-semibold text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100 ${focusRing}`}
          >
            Make your own lab from the canvas
          </button>
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        <p className="text-base text-slate-700 dark:text-slate-300" data-testid="labs-done-count">
          <strong className="font-semibold text-slate-900 dark:text-white">{doneCount}</strong> of {total} done
        </p>
        <DialogCloseButton
          onClose={onClose}
          label="Close guided labs"
          title="Close (Esc)"
          className={`rounded-md p-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`}
        />
      </div>
    </header>
  );
}

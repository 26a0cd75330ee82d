import { useId, useMemo, useRef } from 'react';
import { DialogCloseButton, ModalDialog, modalFrame } from '../ui/ModalDialog';
import { useLabStore } from '../store/store';
import { missing, useDraft } from './draft';
import { LabMetaFields } from './LabMetaFields';
import { ShareCard } from './ShareCard';
import { StartCard } from './StartCard';
import { QuizSection } from './QuizSection';
import { StepsSection } from './StepsSection';
import { button, hint } from './ui';
import { useAuthorActions } from './use-author-actions';

/**
 * "Make a lab from this scenario": title, summary, time, course sections, the start (the canvas), steps with
 * instructions, hints, why, and goals from the builder with a live preview; export as a link or a file, import a
 * file, or try it now. A native modal <dialog>; loaded on first use.
 */
export default function LabAuthorDialog({ onClose }: { onClose: () => void }) {
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const draft = useDraft((s) => s.draft);
  const { update, addStep } = useDraft.getState();
  const world = useLabStore((s) => s.world);
  const sessionLog = useLabStore((s) => s.sessionLog);
  const history = useMemo(() => sessionLog?.entries ?? [], [sessionLog]);
  const actions = useAuthorActions(draft, onClose);
  const gaps = missing(draft);

  return (
    <ModalDialog
      labelledBy={`${ids}-title`}
      testId="lab-author"
      onCancel={onClose}
      initialFocus={titleRef}
      className={`${modalFrame} max-h-[96vh] w-[min(84rem,97vw)]`}
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-3 sm:px-5 dark:border-slate-700 dark:bg-slate-900">
        <div className="min-w-0 flex-1 basis-64">
          <h2 id={`${ids}-title`} className="text-xl leading-snug font-bold">
            Make a lab from this scenario
          </h2>
          <p className={`${hint} max-sm:hidden`}>Your draft is saved in this browser: close the builder to try things on the canvas, then come back.</p>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <button type="button" onClick={actions.startNew} onBlur={actions.cancelNew} className={button}>
            {actions.confirmNew ? 'Discard this draft? Click again' : 'Start a new lab'}
          </button>
          <DialogCloseButton onClose={onClose} label="Close the lab builder" className={button} />
        </div>
      </div>

      <div className="grid gap-6 px-5 py-4 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <LabMetaFields ids={ids} titleRef={titleRef} draft={draft} update={update} />
          <StartCard ids={ids} start={draft.start} disabled={actions.capturing || world === null} onCapture={actions.capture} />
          <ShareCard
            ids={ids}
            gaps={gaps}
            link={actions.link}
            linkRef={actions.linkRef}
            notice={actions.notice}
            onLink={actions.exportLink}
            onFile={actions.exportFile}
            onTry={actions.tryIt}
            onImport={(file) => void actions.importFile(file)}
          />
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <StepsSection ids={ids} draft={draft} world={world} history={history} onAdd={addStep} />
          <QuizSection ids={ids} questions={draft.questions} onChange={(questions) => update({ questions })} />
        </div>
      </div>
    </ModalDialog>
  );
}

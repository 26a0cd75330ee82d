import { useId, useMemo, useState, type RefObject } from 'react';
import { labs } from '../labs/catalogue';
import type { Lab, LabProgress } from '../labs/types';
import type { ActiveLab } from '../store/lab-slice';
import { useLabStore } from '../store/store';
import { CompletionSummary } from './CompletionSummary';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { nextLab } from './grouping';
import { ExitIcon, FlaskIcon, PanelIcon, PlayIcon, ResetIcon } from './icons';
import { beginLab } from './open-lab';
import { leaveConfirm, resetConfirm, showSolutionConfirm, type Confirm } from './panel/confirms';
import { PlaybackBar } from './panel/PlaybackBar';
import { ProgressBar } from './panel/ProgressBar';
import { Steps } from './panel/StepList';
import { useProgressChanges } from './panel/use-progress-changes';
import { useKeepInView, useLabStart, usePanelFold } from './panel/use-panel-view';
import { usePlayback } from './solution-player';
import { button, eyebrow, focusRing, primaryButton } from '../ui/styles';
import { LAB_PANEL_WIDTH } from './LabSlots';
import { useDoneLabs } from './use-done-labs';
import { IconButton } from '../ui/IconButton';
import { CloseIcon } from '../ui/icons';
import { formatKbd, isMacPlatform } from '../commands/keys';
import { PANEL_KEYS } from '../commands/registry';

/**
 * The lab panel, docked beside the details panel while a lab runs: the lab's title, a live goal count, the steps
 * with checkmarks, the current step's instruction, goals and hints, the "why" of each step done, Show solution,
 * Reset and Leave, and the completion summary. Works for any `Lab` (catalogue or authored). It only renders: the
 * progress, latches, finish time, done mark and refs are kept by the store (src/store/lab-sync.ts).
 */
export default function LabPanel() {
  const active = useLabStore((s) => s.activeLab);
  const p = useLabStore((s) => s.labProgress);
  if (!active || !p) return null;
  return <ActiveLabPanel active={active} p={p} />;
}

/** The folded panel: a narrow rail with the lab button and the steps done. */
function LabRail({ lab, p, fold }: { lab: Lab; p: LabProgress; fold: ReturnType<typeof usePanelFold> }) {
  return (
    <aside aria-label={`Lab: ${lab.title}`} className="flex w-16 shrink-0 flex-col items-center gap-3 border-l border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-900">
      <IconButton
        ref={fold.toggleRef}
        onClick={() => fold.fold(false)}
        label="Show the lab panel"
        title="Show the lab panel"
        className={`flex flex-col items-center gap-1 rounded-lg p-2 text-sky-800 hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <FlaskIcon className="size-6" />
        <span className="text-sm font-semibold">Lab</span>
      </IconButton>
      <p className="text-center text-sm font-semibold text-slate-800 dark:text-slate-200">
        {p.done}/{p.total}
        <span className="sr-only"> steps done</span>
      </p>
    </aside>
  );
}

interface HeaderProps {
  lab: Lab;
  p: LabProgress;
  headingId: string;
  heading: RefObject<HTMLHeadingElement | null>;
  fold: ReturnType<typeof usePanelFold>;
}

function LabHeader({ lab, p, headingId, heading, fold }: HeaderProps) {
  return (
    <header className="shrink-0 border-b border-slate-200 px-4 pt-3 pb-4 dark:border-slate-800">
      <div className="flex items-center justify-between gap-2">
        <p className={`${eyebrow} flex items-center gap-1.5`}>
          <FlaskIcon className="size-4" />
          Guided lab · about {lab.minutes} min
        </p>
        <IconButton
          ref={fold.toggleRef}
          onClick={() => fold.fold(true)}
          label="Hide the lab panel"
          title={`Hide the lab panel (${formatKbd(PANEL_KEYS.lab, isMacPlatform())})`}
          className={`rounded-md p-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800 ${focusRing}`}
        >
          {fold.mode === 'docked' ? <PanelIcon /> : <CloseIcon />}
        </IconButton>
      </div>
      <h2 ref={heading} tabIndex={-1} id={headingId} className="mt-1 rounded text-xl leading-snug font-bold text-slate-900 focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-white">
        {lab.title}
      </h2>
      <ProgressBar p={p} />
    </header>
  );
}

/** The summary of a finished lab, with the next lab to do (the next in the catalogue, or the first not done). */
function Completion({ active }: { active: ActiveLab }) {
  const done = useDoneLabs();
  const entries = useLabStore((s) => s.sessionLog?.entries);
  const openPicker = useLabStore((s) => s.openLabPicker);
  const history = useMemo(() => (entries ?? []).slice(active.historyStart), [entries, active.historyStart]);
  const lab = active.lab;
  const next = labs.some((l) => l.id === lab.id) ? nextLab(labs, lab.id, done) : labs.find((l) => !done[l.id]);
  return (
    <div className="px-1">
      <CompletionSummary
        lab={lab}
        history={active.finishedHistory === undefined ? history : history.slice(0, active.finishedHistory)}
        startedAt={active.startedAt}
        finishedAt={active.finishedAt ?? Date.now()}
        solutionShown={active.solutionShown === true}
        next={next}
        onNext={() => next && void beginLab(next)}
        onAllLabs={openPicker}
      />
    </div>
  );
}

interface FooterProps {
  lab: Lab;
  p: LabProgress;
  ask: (confirm: Confirm | null) => void;
  /** Forget the step just done (a reset). */
  clear: () => void;
}

function LabFooter({ lab, p, ask, clear }: FooterProps) {
  const playing = usePlayback((s) => s.playback.status === 'playing');
  return (
    <footer className="grid shrink-0 grid-cols-2 gap-2 border-t border-slate-200 px-4 py-3 dark:border-slate-800">
      {!p.complete && lab.solution.length > 0 && (
        <button type="button" className={`${primaryButton} col-span-2`} onClick={() => ask(showSolutionConfirm(lab, p))} disabled={playing}>
          <PlayIcon className="size-4" />
          Show solution
        </button>
      )}
      <button type="button" className={button} onClick={() => ask(resetConfirm(clear))} disabled={playing} title="Back to the lab’s start">
        <ResetIcon className="size-4" />
        Reset lab
      </button>
      <button type="button" className={button} onClick={() => ask(leaveConfirm(() => ask(null)))} title="Close the lab; the canvas stays">
        <ExitIcon className="size-4" />
        Leave lab
      </button>
    </footer>
  );
}

function ActiveLabPanel({ active, p }: { active: ActiveLab; p: LabProgress }) {
  const lab = active.lab;
  const fold = usePanelFold();
  const { hints, moreHint, heading } = useLabStart(lab.id, active.startedAt);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const headingId = useId();
  const { justDone, announcement, clear } = useProgressChanges(lab, p);
  const body = useKeepInView(lab, p, justDone);

  if (fold.collapsed) return <LabRail lab={lab} p={p} fold={fold} />;
  return (
    <aside
      aria-labelledby={headingId}
      data-testid="lab-panel"
      className={`flex shrink-0 flex-col border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${fold.mode === 'sheet' ? 'h-full w-full' : `${LAB_PANEL_WIDTH} max-w-full border-l`}`}
    >
      <LabHeader lab={lab} p={p} headingId={headingId} heading={heading} fold={fold} />
      <div ref={body} className="relative min-h-0 flex-1 space-y-4 overflow-y-auto px-3 py-3">
        {p.complete && <Completion active={active} />}
        <Steps lab={lab} p={p} justDone={justDone} hints={hints} onHint={moreHint} />
      </div>
      <p aria-live="polite" className="sr-only" data-testid="lab-announcer">
        {announcement}
      </p>
      <PlaybackBar />
      <LabFooter lab={lab} p={p} ask={setConfirm} clear={clear} />
      {confirm && (
        <ConfirmDialog
          options={confirm}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const run = confirm.onConfirm;
            setConfirm(null);
            run();
          }}
        />
      )}
    </aside>
  );
}

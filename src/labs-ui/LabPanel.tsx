import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { World } from '../engine';
import { labs } from '../labs/catalogue';
import { latchSteps, progress } from '../labs/progress';
import type { Lab, LabProgress, LabStep } from '../labs/types';
import { backToWork, hasWorkAside } from '../share/before-link';
import type { ActiveLab } from '../store/lab-slice';
import { stringRefs } from '../store/lab-slice';
import { useLabStore } from '../store/store';
import { recoverBindings } from './bindings';
import { CompletionSummary } from './CompletionSummary';
import { ConfirmDialog, type ConfirmOptions } from '../ui/ConfirmDialog';
import { markLabDone } from './done-labs';
import { nextLab } from './grouping';
import { BulbIcon, CheckIcon, ExitIcon, FlaskIcon, PanelIcon, PlayIcon, ResetIcon, StopIcon } from './icons';
import { beginLab } from './open-lab';
import { cancelSolution, playSolution, resetPlayback, SOLUTION_PACE_MS, usePlayback } from './solution-player';
import { button, eyebrow, focusRing, primaryButton } from '../ui/styles';
import { LAB_PANEL_WIDTH } from './LabSlots';
import { useDoneLabs } from './use-done-labs';
import { IconButton } from '../ui/IconButton';
import { CloseIcon } from '../ui/icons';
import { usePanelMode } from '../store/use-shell';
import { formatKbd, isMacPlatform } from '../commands/keys';
import { PANEL_KEYS } from '../commands/registry';

type Confirm = ConfirmOptions & { onConfirm: () => void };

function goalCount(p: LabProgress): { met: number; total: number } {
  let met = 0;
  let total = 0;
  for (const step of p.steps) {
    total += step.goals.length;
    met += step.goals.filter((g) => g.met).length;
  }
  return { met, total };
}

function ProgressBar({ p }: { p: LabProgress }) {
  const { met, total } = goalCount(p);
  const pct = total === 0 ? 100 : Math.round((met / total) * 100);
  const label = `${met} of ${total} goals`;
  return (
    <div className="mt-3">
      <div className="flex items-baseline justify-between gap-2 text-base">
        <span className="font-semibold text-slate-900 dark:text-white" data-testid="lab-goal-count">
          {label}
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          {p.complete ? 'All steps done' : `Step ${p.current + 1} of ${p.total}`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Goals met"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={met}
        aria-valuetext={label}
        className="mt-1.5 h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${p.complete ? 'bg-emerald-600 dark:bg-emerald-500' : 'bg-sky-600 dark:bg-sky-400'}`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}

function StepMarker({ state, number }: { state: 'done' | 'current' | 'todo'; number: number }) {
  if (state === 'done') {
    return (
      <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950">
        <CheckIcon className="size-4.5" />
      </span>
    );
  }
  return (
    <span
      className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
        state === 'current'
          ? 'bg-sky-700 text-white ring-4 ring-sky-200 dark:bg-sky-400 dark:text-slate-950 dark:ring-sky-900'
          : 'border-2 border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400'
      }`}
    >
      {number}
    </span>
  );
}

function Hints({ step, shown, onMore }: { step: LabStep; shown: number; onMore: () => void }) {
  if (step.hints.length === 0) return null;
  return (
    <div className="mt-3 space-y-2">
      {step.hints.slice(0, shown).map((hint, i) => (
        <p
          key={i}
          data-testid="lab-hint"
          className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50"
        >
          <BulbIcon className="mt-0.5 size-5 shrink-0 text-amber-700 dark:text-amber-300" />
          <span>
            <span className="sr-only">Hint {i + 1}: </span>
            {hint}
          </span>
        </p>
      ))}
      {shown < step.hints.length && (
        <button type="button" className={`${button} py-1.5`} onClick={onMore}>
          <BulbIcon className="size-5 text-amber-600 dark:text-amber-300" />
          Show hint {shown + 1} of {step.hints.length}
        </button>
      )}
    </div>
  );
}

function Why({ text, highlight }: { text: string; highlight: boolean }) {
  if (!text.trim()) return null;
  return (
    <div
      data-testid={highlight ? 'lab-why' : undefined}
      className={`mt-2 rounded-lg border px-3 py-2 text-base ${
        highlight
          ? 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50'
          : 'border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200'
      }`}
    >
      <p className="text-sm font-semibold tracking-wide uppercase opacity-80">Why</p>
      <p className="mt-0.5">{text}</p>
    </div>
  );
}

function Steps({
  lab,
  p,
  justDone,
  hints,
  onHint,
}: {
  lab: Lab;
  p: LabProgress;
  justDone: string | null;
  hints: Record<string, number>;
  onHint: (stepId: string) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="sr-only">
        Steps
      </h3>
      <ol className="space-y-1" data-testid="lab-steps">
        {lab.steps.map((step, i) => {
          const sp = p.steps[i];
          const state = sp?.done ? 'done' : i === p.current ? 'current' : 'todo';
          return (
            <li
              key={step.id}
              data-testid="lab-step"
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-xl px-3 py-2.5 ${state === 'current' ? 'bg-sky-50 ring-1 ring-sky-200 dark:bg-sky-950/40 dark:ring-sky-900' : ''}`}
            >
              <div className="flex items-start gap-3">
                <StepMarker state={state} number={i + 1} />
                <div className="min-w-0 flex-1">
                  <p
                    className={`pt-0.5 text-base leading-snug font-semibold ${
                      state === 'todo' ? 'text-slate-600 dark:text-slate-400' : 'text-slate-900 dark:text-white'
                    }`}
                  >
                    <span className="sr-only">{state === 'done' ? 'Done: ' : state === 'current' ? 'Now: ' : 'Later: '}</span>
                    {step.title}
                  </p>
                  {state === 'current' && (
                    <>
                      <p className="mt-1.5 text-base text-slate-800 dark:text-slate-200" data-testid="lab-instruction">
                        {step.instruction}
                      </p>
                      <ul className="mt-2.5 space-y-1.5" aria-label="Goals of this step" data-testid="lab-goals">
                        {(sp?.goals ?? []).map((g, gi) => (
                          <li key={gi} className="flex items-start gap-2 text-base" data-met={g.met}>
                            <span
                              className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded ${
                                g.met
                                  ? 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950'
                                  : 'border-2 border-slate-400 dark:border-slate-500'
                              }`}
                            >
                              {g.met && <CheckIcon className="size-3.5" />}
                            </span>
                            <span className={g.met ? 'text-slate-700 dark:text-slate-300' : 'text-slate-900 dark:text-slate-100'}>
                              <span className="sr-only">{g.met ? 'Met: ' : 'Not met yet: '}</span>
                              {g.label}
                            </span>
                          </li>
                        ))}
                      </ul>
                      <Hints step={step} shown={hints[step.id] ?? 0} onMore={() => onHint(step.id)} />
                    </>
                  )}
                  {state === 'done' &&
                    (justDone === step.id ? (
                      <Why text={step.why} highlight />
                    ) : (
                      <details className="group mt-1">
                        <summary className={`cursor-pointer rounded text-base text-sky-800 underline decoration-dotted underline-offset-4 dark:text-sky-300 ${focusRing}`}>
                          Why?
                        </summary>
                        <Why text={step.why} highlight={false} />
                      </details>
                    ))}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function PlaybackBar() {
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

/** Newly done steps and goals since the last render, for the live announcement and the "why" highlight. */
function useProgressChanges(lab: Lab, p: LabProgress) {
  const previous = useRef<{ lab: Lab; done: Set<string> } | null>(null);
  const [justDone, setJustDone] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const done = new Set(p.steps.filter((s) => s.done).map((s) => s.id));
    const before = previous.current;
    previous.current = { lab, done };
    if (!before || before.lab !== lab) {
      setJustDone(null);
      return;
    }
    const newly = p.steps.filter((s) => s.done && !before.done.has(s.id));
    if (newly.length > 0) {
      const last = newly[newly.length - 1]!;
      setJustDone(last.id);
      setAnnouncement(p.complete ? `Step done: ${last.title}. Lab complete.` : `Step done: ${last.title}.`);
    } else if ([...before.done].some((id) => !done.has(id))) {
      setJustDone((j) => (j && done.has(j) ? j : null));
    }
  }, [lab, p]);
  return { justDone, announcement, clear: () => setJustDone(null) };
}

/**
 * The lab panel, docked beside the details panel while a lab runs: the lab's title, a live goal count, the steps
 * with checkmarks, the current step's instruction, goals and hints, the "why" of each step done, Show solution,
 * Reset and Leave, and the completion summary. Works for any `Lab` (catalogue or authored).
 */
export default function LabPanel() {
  const active = useLabStore((s) => s.activeLab);
  const world = useLabStore((s) => s.world);
  if (!active || !world) return null;
  return <ActiveLabPanel active={active} world={world} />;
}

function ActiveLabPanel({ active, world }: { active: ActiveLab; world: World }) {
  const entries = useLabStore((s) => s.sessionLog?.entries);
  const openPicker = useLabStore((s) => s.openLabPicker);
  const playing = usePlayback((s) => s.playback.status === 'playing');
  const done = useDoneLabs();
  const mode = usePanelMode();
  const collapsed = useLabStore((s) => s.labPanelCollapsed) && mode === 'docked';
  const setCollapsed = useLabStore((s) => s.setLabPanelCollapsed);
  // Folding or unfolding by keyboard: focus follows to the button that undoes it.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) toggleRef.current?.focus();
  }, [collapsed]);
  const fold = (value: boolean) => {
    toggled.current = true;
    // A drawer or a bottom sheet closes instead (the button over the canvas opens it again).
    if (mode !== 'docked') useLabStore.getState().setOverlay(null);
    else setCollapsed(value);
  };
  const [hints, setHints] = useState<Record<string, number>>({});
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const headingId = useId();

  const historyStart = active.historyStart;
  const history = useMemo(() => (entries ?? []).slice(historyStart), [entries, historyStart]);
  const lab = active.lab;
  const latched = active.latched;
  const p = useMemo(() => progress(lab, world, history, latched), [lab, world, history, latched]);
  // A step done in order stays done when a later step undoes what it built.
  useEffect(() => {
    const next = latchSteps(p, history.length, latched);
    if (next !== latched) useLabStore.getState().updateActiveLab({ latched: next });
  }, [p, history.length, latched]);
  const labId = lab.id;
  const complete = p.complete;
  const finishedAt = active.finishedAt;

  // A new lab (or a reset): hints start hidden again, any playback from before is forgotten.
  const startedAt = active.startedAt;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setHints({});
    resetPlayback();
    // A lab just started from the picker or Next lab: screen readers and keyboards land on its title.
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('[data-testid="lab-panel"], header')) {
      heading.current?.focus({ preventScroll: true });
    }
  }, [labId, startedAt]);

  // Finished: remember when, and mark the lab done in this browser. An undo that takes it back clears the time.
  useEffect(() => {
    const update = useLabStore.getState().updateActiveLab;
    if (complete && finishedAt === undefined) {
      update({ finishedAt: Date.now(), finishedHistory: history.length });
      markLabDone(labId);
    } else if (!complete && finishedAt !== undefined) {
      update({ finishedAt: undefined, finishedHistory: undefined });
    }
  }, [complete, finishedAt, labId, history.length]);

  // Keep the lab state's refs in step with what the learner made (a share link then carries them).
  const doneKey = p.steps.map((s) => (s.done ? '1' : '0')).join('');
  useEffect(() => {
    const state = useLabStore.getState();
    const current = state.activeLab;
    if (!current) return;
    const doneIds = new Set(p.steps.filter((s) => s.done).map((s) => s.id));
    const refs = stringRefs(recoverBindings(current.lab, doneIds, history, current.state.refs));
    const same =
      Object.keys(refs).length === Object.keys(current.state.refs).length &&
      Object.entries(refs).every(([k, v]) => current.state.refs[k] === v);
    if (!same) state.setLabRefs(refs);
    // Only when a step's done state changes: the history alone moves with every action.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doneKey, labId]);

  const { justDone, announcement, clear } = useProgressChanges(lab, p);

  // Keep what matters in view: the summary when the lab is complete; the step just done (its "why", then the next
  // step below it); else the step to do now.
  const body = useRef<HTMLDivElement>(null);
  const current = p.complete ? -1 : p.current;
  const justDoneIndex = justDone ? lab.steps.findIndex((s) => s.id === justDone) : -1;
  useEffect(() => {
    const container = body.current;
    if (!container) return;
    if (current === -1) {
      container.scrollTo?.({ top: 0, behavior: 'smooth' });
      return;
    }
    // Scroll this container only (scrollIntoView would scroll the page too).
    const steps = container.querySelectorAll('[data-testid="lab-step"]');
    const target = steps[justDoneIndex !== -1 ? justDoneIndex : current];
    if (!target) return;
    const box = container.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    const top = container.scrollTop + at.top - box.top - 8;
    const fullyVisible = at.top >= box.top && at.bottom <= box.bottom;
    if (justDoneIndex !== -1 || !fullyVisible) container.scrollTo?.({ top, behavior: 'smooth' });
  }, [current, justDoneIndex]);

  const next = labs.some((l) => l.id === lab.id) ? nextLab(labs, lab.id, done) : labs.find((l) => !done[l.id]);

  const askShowSolution = () => {
    const remaining = lab.solution.filter((a) => !p.steps.find((s) => s.id === a.step)?.done).length;
    setConfirm({
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
    });
  };
  const askReset = () =>
    setConfirm({
      title: 'Start this lab again?',
      body: <p>The canvas goes back to the lab’s starting point. What you did in this lab is not kept.</p>,
      confirm: 'Reset the lab',
      danger: true,
      onConfirm: () => {
        cancelSolution();
        clear();
        useLabStore.getState().restartLab();
      },
    });
  const askLeave = () => {
    const aside = hasWorkAside();
    setConfirm({
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
                setConfirm(null);
                backToWork();
              },
            },
          }
        : {}),
      onConfirm: () => {
        cancelSolution();
        useLabStore.getState().leaveLab();
      },
    });
  };

  if (collapsed) {
    return (
      <aside aria-label={`Lab: ${lab.title}`} className="flex w-16 shrink-0 flex-col items-center gap-3 border-l border-slate-200 bg-white py-3 dark:border-slate-800 dark:bg-slate-900">
        <IconButton
          ref={toggleRef}
          onClick={() => fold(false)}
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

  return (
    <aside
      aria-labelledby={headingId}
      data-testid="lab-panel"
      className={`flex shrink-0 flex-col border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${mode === 'sheet' ? 'h-full w-full' : `${LAB_PANEL_WIDTH} max-w-full border-l`}`}
    >
      <header className="shrink-0 border-b border-slate-200 px-4 pt-3 pb-4 dark:border-slate-800">
        <div className="flex items-center justify-between gap-2">
          <p className={`${eyebrow} flex items-center gap-1.5`}>
            <FlaskIcon className="size-4" />
            Guided lab · about {lab.minutes} min
          </p>
          <IconButton
            ref={toggleRef}
            onClick={() => fold(true)}
            label="Hide the lab panel"
            title={`Hide the lab panel (${formatKbd(PANEL_KEYS.lab, isMacPlatform())})`}
            className={`rounded-md p-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800 ${focusRing}`}
          >
            {mode === 'docked' ? <PanelIcon /> : <CloseIcon />}
          </IconButton>
        </div>
        <h2 ref={heading} tabIndex={-1} id={headingId} className="mt-1 rounded text-xl leading-snug font-bold text-slate-900 focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-white">
          {lab.title}
        </h2>
        <ProgressBar p={p} />
      </header>

      <div ref={body} className="relative min-h-0 flex-1 space-y-4 overflow-y-auto px-3 py-3">
        {p.complete && (
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
        )}
        <Steps lab={lab} p={p} justDone={justDone} hints={hints} onHint={(id) => setHints((h) => ({ ...h, [id]: (h[id] ?? 0) + 1 }))} />
      </div>

      <p aria-live="polite" className="sr-only" data-testid="lab-announcer">
        {announcement}
      </p>
      <PlaybackBar />
      <footer className="grid shrink-0 grid-cols-2 gap-2 border-t border-slate-200 px-4 py-3 dark:border-slate-800">
        {!p.complete && lab.solution.length > 0 && (
          <button type="button" className={`${primaryButton} col-span-2`} onClick={askShowSolution} disabled={playing}>
            <PlayIcon className="size-4" />
            Show solution
          </button>
        )}
        <button type="button" className={button} onClick={askReset} disabled={playing} title="Back to the lab’s start">
          <ResetIcon className="size-4" />
          Reset lab
        </button>
        <button type="button" className={button} onClick={askLeave} title="Close the lab; the canvas stays">
          <ExitIcon className="size-4" />
          Leave lab
        </button>
      </footer>

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

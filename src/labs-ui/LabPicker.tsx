import { useId, useMemo, useState } from 'react';
import { DialogCloseButton, ModalDialog } from '../ui/ModalDialog';
import { labs } from '../labs/catalogue';
import type { Lab } from '../labs/types';
import { useLabStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { groupBySection } from './grouping';
import { CheckIcon, ClockIcon } from './icons';
import { beginLab, workAtRisk } from './open-lab';
import { dialogClass, focusRing } from '../ui/styles';
import { useDoneLabs } from './use-done-labs';
import { adaptLab, openLabAuthor } from '../labs-author/open';

function LabCard({ lab, done, active, onStart, onAdapt }: { lab: Lab; done: boolean; active: boolean; onStart: (lab: Lab) => void; onAdapt: (lab: Lab) => void }) {
  const titleId = useId();
  return (
    <li className="flex flex-col gap-1">
      <button
        type="button"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-more`}
        data-lab-id={lab.id}
        onClick={() => onStart(lab)}
        className={`group flex h-full w-full flex-col gap-2 rounded-xl border-2 px-4 py-3 text-left ${focusRing} ${
          active
            ? 'border-sky-500 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50'
            : 'border-slate-200 bg-white hover:border-sky-400 hover:bg-sky-50/60 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-500 dark:hover:bg-slate-800'
        }`}
      >
        <span className="flex items-start justify-between gap-3">
          <span id={titleId} className="text-lg leading-snug font-semibold text-slate-900 dark:text-white">
            {lab.title}
          </span>
          {done && (
            <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-900/70 dark:text-emerald-100">
              <CheckIcon className="size-4" />
              Done
            </span>
          )}
        </span>
        <span id={`${titleId}-more`} className="flex flex-1 flex-col gap-2">
          <span className="text-base leading-snug text-slate-700 dark:text-slate-300">
            {lab.summary[0]}
            <br />
            {lab.summary[1]}
          </span>
          <span className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-base text-slate-600 dark:text-slate-400">
            <span className="inline-flex items-center gap-1">
              <ClockIcon className="size-4" />
              About {lab.minutes} min
            </span>
            <span aria-hidden="true">·</span>
            <span>
              {lab.steps.length} {lab.steps.length === 1 ? 'step' : 'steps'}
            </span>
            {active && (
              <>
                <span aria-hidden="true">·</span>
                <span className="font-semibold text-sky-800 dark:text-sky-300">In progress</span>
              </>
            )}
          </span>
        </span>
      </button>
      <button
        type="button"
        data-testid="adapt-lab"
        aria-label={`Adapt “${lab.title}” in the lab builder`}
        onClick={() => onAdapt(lab)}
        className={`self-end rounded-md px-2 py-1 text-base font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300 ${focusRing}`}
      >
        Adapt this lab
      </button>
    </li>
  );
}

/**
 * The lab picker: every lab of the catalogue grouped by course section, with its summary, time and done mark.
 * Starting one over work on the canvas asks first; the work is kept aside (Back to your work). A native modal.
 */
export default function LabPicker() {
  const close = useLabStore((s) => s.closeLabPicker);
  const activeId = useLabStore((s) => s.activeLab?.lab.id);
  const done = useDoneLabs();
  const groups = useMemo(() => groupBySection(labs), []);
  const titleId = useId();
  const [pending, setPending] = useState<{ lab: Lab; risk: NonNullable<ReturnType<typeof workAtRisk>> } | null>(null);
  const doneCount = labs.filter((l) => done[l.id]).length;

  const start = (lab: Lab) => {
    const risk = workAtRisk();
    if (risk) {
      setPending({ lab, risk });
      return;
    }
    void beginLab(lab);
  };
  const adapt = (lab: Lab) => {
    close();
    void adaptLab(lab);
  };

  return (
    <ModalDialog
      labelledBy={titleId}
      testId="lab-picker"
      onCancel={() => {
        if (!pending) close();
      }}
      onBackdrop={close}
      className={`${dialogClass} mt-[5vh] w-[min(64rem,96vw)]`}
    >
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
                close();
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
            <strong className="font-semibold text-slate-900 dark:text-white">{doneCount}</strong> of {labs.length} done
          </p>
          <DialogCloseButton
            onClose={close}
            label="Close guided labs"
            title="Close (Esc)"
            className={`rounded-md p-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`}
          />
        </div>
      </header>
      <div className="min-h-0 overflow-y-auto px-6 py-4">
        {groups.map((group, index) => (
          <section key={group.section} aria-labelledby={`${titleId}-s${index}`} className="mb-6 last:mb-2">
            <h3
              id={`${titleId}-s${index}`}
              className="mb-2 text-sm font-bold tracking-wide text-slate-600 uppercase dark:text-slate-400"
            >
              {group.section.replace(/\s*\[OOS\]$/, '')}
            </h3>
            <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
              {group.labs.map((lab) => (
                <LabCard key={lab.id} lab={lab} done={!!done[lab.id]} active={lab.id === activeId} onStart={start} onAdapt={adapt} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {pending && (
        <ConfirmDialog
          options={{
            title: `Start “${pending.lab.title}”?`,
            body:
              pending.risk.kind === 'lab' ? (
                <p>
                  You are in the middle of “{pending.risk.title}”. Starting another lab ends it, and what you did in it
                  is not kept.
                </p>
              ) : (
                <p>
                  The lab replaces what is on the canvas with its own starting point. Your work is kept aside in this
                  browser: “Back to your work” brings it back.
                </p>
              ),
            confirm: 'Start the lab',
          }}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const lab = pending.lab;
            setPending(null);
            void beginLab(lab);
          }}
        />
      )}
    </ModalDialog>
  );
}

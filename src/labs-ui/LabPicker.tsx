import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { labs } from '../labs/catalogue';
import type { Lab } from '../labs/types';
import { useLabStore } from '../store/store';
import { groupBySection } from './grouping';
import { CheckIcon, ClockIcon } from './icons';
import { LabPickerHeader } from './LabPickerHeader';
import { beginLab, workAtRisk } from './open-lab';
import { StartLabConfirm, type LabRisk } from './StartLabConfirm';
import { dialogClass, focusRing } from '../ui/styles';
import { useDoneLabs } from './use-done-labs';
import { adaptLab } from '../labs-author/open';

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
  const [pending, setPending] = useState<{ lab: Lab; risk: LabRisk } | null>(null);
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
      <LabPickerHeader titleId={titleId} doneCount={doneCount} total={labs.length} onClose={close} />
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
        <StartLabConfirm
          lab={pending.lab}
          risk={pending.risk}
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

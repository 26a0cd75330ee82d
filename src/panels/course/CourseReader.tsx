/**
 * The course reader (lazy): every heading of the course with its ideas in the lab's words, the rules the simulation
 * enforces for it (with AWS's error codes), and the labs that teach it, each with a "Try it" button. Opened by any
 * `#course/<slug>` link (explanation cards, lab summaries) on that heading, or from the palette.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { DialogCloseButton, ModalDialog, modalFrame } from '../../ui/ModalDialog';
import { ruleEntries } from '../../engine';
import { labById, labs } from '../../labs/catalogue';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { beginLab, workAtRisk } from '../../labs-ui/open-lab';
import { button, eyebrow, focusRing } from '../../ui/styles';
import { useLabStore } from '../../store/store';
import { courseEntries, linkSlug, type CourseEntry } from './model';

const HEADING_CLASS = {
  1: 'text-2xl font-bold text-slate-900 dark:text-white',
  2: 'text-xl font-bold text-slate-900 dark:text-white',
  3: 'text-lg font-semibold text-slate-900 dark:text-white',
} as const;

function Heading({ entry }: { entry: CourseEntry }) {
  const Tag = entry.level === 1 ? 'h3' : entry.level === 2 ? 'h4' : 'h5';
  return (
    <Tag id={`course-${entry.slug}`} tabIndex={-1} className={`scroll-mt-4 rounded focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600 ${HEADING_CLASS[entry.level]}`}>
      {entry.title}
      {entry.outOfScope && <span className="ml-2 align-middle text-sm font-medium text-slate-600 dark:text-slate-400">(beyond the exam)</span>}
    </Tag>
  );
}

function Section({ entry, onTry }: { entry: CourseEntry; onTry: (labId: string) => void }) {
  return (
    <section aria-labelledby={`course-${entry.slug}`} className={entry.level === 1 ? 'mt-8 first:mt-0' : 'mt-5'} data-testid="course-section">
      <Heading entry={entry} />
      {entry.ideas.map((idea) => (
        <p key={idea} className="mt-2 text-base leading-relaxed text-slate-800 dark:text-slate-200">
          {idea}
        </p>
      ))}
      {entry.rules.length > 0 && (
        <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 dark:border-slate-700 dark:bg-slate-800/60">
          <p className={eyebrow}>What the lab enforces here</p>
          <ul className="mt-1.5 space-y-1 text-base">
            {entry.rules.map((r) => (
              <li key={r.id} className="break-words">
                <code className="font-mono text-sm font-semibold text-rose-800 dark:text-rose-300">{r.code}</code>
                <span className="text-slate-800 dark:text-slate-200"> — {r.title}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry.labs.length > 0 && (
        <div className="mt-3 flex flex-wrap gap-2">
          {entry.labs.map((lab) => (
            <button key={lab.id} type="button" className={button} onClick={() => onTry(lab.id)}>
              Try it: {lab.title} · {lab.minutes} min
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function Contents({ entries }: { entries: CourseEntry[] }) {
  return (
    <nav aria-label="Course contents" className="hidden w-64 shrink-0 overflow-y-auto border-r border-slate-200 px-3 py-4 md:block dark:border-slate-700">
      <ul className="space-y-0.5 text-base">
        {entries.map((e) => (
          <li key={e.slug} className={e.level === 1 ? 'mt-2 font-semibold first:mt-0' : e.level === 2 ? 'pl-3' : 'pl-6 text-sm'}>
            <a href={`#course/${e.slug}`} className={`block rounded px-1.5 py-0.5 text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 ${focusRing}`}>
              {e.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function CourseReader() {
  const target = useLabStore((s) => s.course);
  const close = useLabStore((s) => s.closeCourse);
  const entries = useMemo(() => courseEntries(ruleEntries(), labs), []);
  const [confirmLab, setConfirmLab] = useState<string | null>(null);
  const titleId = useId();
  const slug = linkSlug(target ?? '');
  const known = slug === '' || entries.some((e) => e.slug === slug);

  // Land on the heading the link names (and again when another link is followed inside the reader).
  useEffect(() => {
    const heading = slug ? document.getElementById(`course-${slug}`) : null;
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [slug, target]);

  const start = (labId: string) => {
    const lab = labById(labId);
    if (!lab) return;
    close();
    void beginLab(lab);
  };
  const tryLab = (labId: string) => (workAtRisk() ? setConfirmLab(labId) : start(labId));

  return (
    <ModalDialog
      labelledBy={titleId}
      testId="course-reader"
      onCancel={close}
      onBackdrop={close}
      className={`${modalFrame} flex h-[min(100dvh,60rem)] max-h-dvh w-[min(72rem,100vw)] max-w-full flex-col overflow-hidden`}
    >
      <header className="flex shrink-0 items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-6 dark:border-slate-700">
        <div className="min-w-0">
          <p className={eyebrow}>Course</p>
          <h2 id={titleId} className="text-xl font-bold text-slate-900 sm:text-2xl dark:text-white">
            EC2 fundamentals
          </h2>
        </div>
        <DialogCloseButton onClose={close} label="Close the course" title="Close (Esc)" className={`rounded-md p-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`} />
      </header>
      <div className="flex min-h-0 flex-1">
        <Contents entries={entries} />
        <div className="min-w-0 flex-1 overflow-y-auto px-4 py-4 sm:px-6" data-testid="course-body">
          {!known && (
            <p role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-base text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
              The course has no section “{slug}”; here is all of it.
            </p>
          )}
          {entries.map((e) => (
            <Section key={e.slug} entry={e} onTry={tryLab} />
          ))}
        </div>
      </div>
      {confirmLab && (
        <ConfirmDialog
          options={{
            title: 'Start this lab?',
            body: <p>The lab replaces what is on the canvas with its own start. Your work is kept aside in this browser: “Back to your work” brings it back.</p>,
            confirm: 'Start the lab',
          }}
          onCancel={() => setConfirmLab(null)}
          onConfirm={() => {
            const id = confirmLab;
            setConfirmLab(null);
            start(id);
          }}
        />
      )}
    </ModalDialog>
  );
}

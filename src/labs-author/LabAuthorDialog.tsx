import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { copyText } from '../ui/clipboard';
import { CopyField, FileOpenButton } from '../ui/form-parts';
import { DialogCloseButton, ModalDialog, modalFrame } from '../ui/ModalDialog';
import { SECTIONS, type Section } from '../engine';
import {
  AUTHORED_LIMITS,
  authoredLabFile,
  authoredLabFileName,
  checkAuthoredLab,
  encodeAuthoredLab,
  parseAuthoredLabFile,
  toLab,
  MAX_FILE_BYTES,
  type AuthoredLab,
} from '../labs/authoring';
import { encodeWith, scenarioOfLab, shareUrl } from '../share/build-share';
import { useShareBase } from '../share/ShareAddress';
import { downloadText } from '../share/files';
import { useLabStore } from '../store/store';
import { draftToDoc, missing, useDraft, type Draft, type DraftStart } from './draft';
import { clearSavedDraft, readSavedDraft, worldOfStart } from './draft-storage';
import { startAuthoredLab } from './open-labdoc';
import { StepEditor } from './StepEditor';
import { button, card, field, hint, label, primary } from './ui';
import { resourceCounts } from './world-options';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** The start of the draft as the document carries it. */
function startOf(draft: Draft): { ok: true; start: AuthoredLab['start'] } | { ok: false; message: string } {
  const start = draft.start;
  if (!start) return { ok: false, message: 'no-start: the start is still being captured; try again in a moment.' };
  if (!start.start) return { ok: false, message: start.problem ?? 'too-large: the canvas is too large to be a lab’s start.' };
  return { ok: true, start: start.start };
}

/** The canvas now as a lab's start: the scenario of the lab (without guided-lab progress or camera), packed. */
async function captureCanvas(): Promise<DraftStart> {
  const { lab: _lab, camera: _camera, ...scenario } = await scenarioOfLab();
  const encoded = encodeWith(scenario, '', '');
  return encoded.ok
    ? { origin: 'canvas', start: encoded.fragment, world: scenario.world }
    : { origin: 'canvas', problem: `${encoded.code}: ${encoded.message}`, world: scenario.world };
}

/** The document now, checked; or why it cannot be exported yet. */
function buildDoc(draft: Draft): { ok: true; doc: AuthoredLab } | { ok: false; message: string } {
  const gaps = missing(draft);
  if (gaps.length) return { ok: false, message: `incomplete: the lab still needs ${gaps.slice(0, 3).join(', ')}${gaps.length > 3 ? `, and ${gaps.length - 3} more` : ''}.` };
  const start = startOf(draft);
  if (!start.ok) return start;
  const doc = draftToDoc(draft, start.start);
  const checked = checkAuthoredLab(doc);
  return checked.ok ? { ok: true, doc } : { ok: false, message: `${checked.error.code}: ${checked.error.message}` };
}

function SectionPicker({ value, onChange }: { value: Section[]; onChange: (sections: Section[]) => void }) {
  const chosen = new Set(value);
  return (
    <fieldset>
      <legend className={label}>
        Course sections <span className="font-normal text-slate-600 dark:text-slate-400">({value.length} chosen)</span>
      </legend>
      <div className="max-h-52 overflow-y-auto rounded-lg border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-950" data-testid="author-sections">
        {SECTIONS.map((section) => (
          <label key={section} className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-base hover:bg-slate-100 dark:hover:bg-slate-800">
            <input
              type="checkbox"
              className="mt-1 size-4 accent-sky-700"
              checked={chosen.has(section)}
              disabled={!chosen.has(section) && value.length >= AUTHORED_LIMITS.sections}
              onChange={(e) => onChange(e.target.checked ? SECTIONS.filter((s) => chosen.has(s) || s === section) : value.filter((s) => s !== section))}
            />
            <span>{section}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * "Make a lab from this scenario": title, summary, time, course sections, the start (the canvas), steps with
 * instructions, hints, why, and goals from the builder with a live preview; export as a link or a file, import a
 * file, or try it now. A native modal <dialog>; loaded on first use.
 */
export default function LabAuthorDialog({ onClose }: { onClose: () => void }) {
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const draft = useDraft((s) => s.draft);
  const { update, setStart, addStep, load, reset, restore } = useDraft.getState();
  const world = useLabStore((s) => s.world);
  const sessionLog = useLabStore((s) => s.sessionLog);
  const history = useMemo(() => sessionLog?.entries ?? [], [sessionLog]);
  const [link, setLink] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [capturing, setCapturing] = useState(false);

  const capture = () => {
    setCapturing(true);
    captureCanvas().then(
      (start) => {
        setStart(start);
        setCapturing(false);
      },
      () => {
        setCapturing(false);
        setNotice({ kind: 'error', text: 'capture-failed: the canvas could not be captured as the start.' });
      },
    );
  };

  const begin = () => {
    if (!useDraft.getState().draft.start) capture();
    if (useDraft.getState().draft.steps.length === 0) addStep();
  };

  useEffect(() => {
    if (useDraft.getState().restored) return begin();
    const saved = readSavedDraft();
    if (!saved) {
      reset();
      return begin();
    }
    let live = true;
    const { start, origin, ...rest } = saved;
    void (start ? worldOfStart(start) : Promise.resolve(undefined)).then((startWorld) => {
      if (!live) return;
      restore(rest, start && startWorld ? { origin, start, world: startWorld } : null);
      setNotice({ kind: 'ok', text: 'Your draft from earlier is back.' });
      begin();
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const [confirmNew, setConfirmNew] = useState(false);
  const startNew = () => {
    if (!confirmNew) return setConfirmNew(true);
    setConfirmNew(false);
    reset();
    clearSavedDraft();
    setNotice(null);
    capture();
    addStep();
  };

  // any change makes an earlier link stale
  useEffect(() => setLink(''), [draft]);

  const counts = useMemo(() => (draft.start ? resourceCounts(draft.start.world) : []), [draft.start]);
  const gaps = missing(draft);

  const base = useShareBase();
  const exportLink = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    try {
      const url = shareUrl(encodeAuthoredLab(built.doc), base.base);
      setLink(url);
      void copyText(url, linkRef.current, 'link').then((text) => setNotice({ kind: 'ok', text }));
    } catch (error) {
      setNotice({ kind: 'error', text: `too-large: ${error instanceof Error ? error.message : 'the lab does not fit in a link; save it as a file.'}` });
    }
  };

  const exportFile = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    downloadText(authoredLabFile(built.doc), authoredLabFileName(built.doc));
    setNotice({ kind: 'ok', text: `Saved ${authoredLabFileName(built.doc)}.` });
  };

  const tryIt = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    const made = toLab(built.doc);
    if (!made.ok) return setNotice({ kind: 'error', text: `${made.error.code}: ${made.error.message}` });
    onClose();
    void startAuthoredLab({ ok: true, doc: built.doc, lab: made.lab, world: made.world, ...(made.layout ? { layout: made.layout } : {}) }, 'link');
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setNotice({ kind: 'error', text: `too-large: the file is larger than ${MAX_FILE_BYTES / 1024} KiB; a lab file is smaller.` });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setNotice({ kind: 'error', text: 'unreadable: the file could not be read.' });
    }
    const opened = parseAuthoredLabFile(text);
    if (!opened.ok) return setNotice({ kind: 'error', text: `${opened.error.code}: ${opened.error.message}` });
    load(opened.doc, opened.world);
    setNotice({ kind: 'ok', text: `Opened “${opened.doc.title}” for editing: its start and ${opened.doc.steps.length} step${opened.doc.steps.length === 1 ? '' : 's'}.` });
  };

  return (
    <ModalDialog
      labelledBy={`${ids}-title`}
      testId="lab-author"
      onCancel={onClose}
      initialFocus={titleRef}
      className={`${modalFrame} max-h-[96vh] w-[min(84rem,97vw)]`}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
        <div>
          <h2 id={`${ids}-title`} className="text-xl font-bold">
            Make a lab from this scenario
          </h2>
          <p className={hint}>Your draft is saved in this browser: close the builder to try things on the canvas, then come back.</p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <button type="button" onClick={startNew} onBlur={() => setConfirmNew(false)} className={button}>
            {confirmNew ? 'Discard this draft? Click again' : 'Start a new lab'}
          </button>
          <DialogCloseButton onClose={onClose} label="Close the lab builder" className={button} />
        </div>
      </div>

      <div className="grid gap-6 px-5 py-4 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <div>
            <label htmlFor={`${ids}-name`} className={label}>
              Lab title
            </label>
            <input id={`${ids}-name`} ref={titleRef} className={field} value={draft.title} maxLength={AUTHORED_LIMITS.title} placeholder="e.g. A public IPv4 does not survive a stop" onChange={(e) => update({ title: e.target.value })} />
          </div>
          <div>
            <label htmlFor={`${ids}-summary`} className={label}>
              Summary <span className="font-normal text-slate-600 dark:text-slate-400">(two sentences for the lab list)</span>
            </label>
            <textarea id={`${ids}-summary`} className={`${field} min-h-20`} rows={3} value={draft.summary} maxLength={AUTHORED_LIMITS.summary} onChange={(e) => update({ summary: e.target.value })} />
          </div>
          <div>
            <label htmlFor={`${ids}-minutes`} className={label}>
              Minutes
            </label>
            <input
              id={`${ids}-minutes`}
              type="number"
              min={1}
              max={AUTHORED_LIMITS.minutesMax}
              className={`${field} w-28`}
              value={draft.minutes}
              onChange={(e) => update({ minutes: Math.min(AUTHORED_LIMITS.minutesMax, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
            />
          </div>
          <SectionPicker value={draft.sections} onChange={(sections) => update({ sections })} />

          <section className={card} aria-labelledby={`${ids}-start`} data-testid="author-start">
            <h3 id={`${ids}-start`} className="text-lg font-bold">
              Start
            </h3>
            {draft.start === null ? (
              <p className="text-base">Capturing the canvas…</p>
            ) : (
              <>
                <p className="text-base">
                  {draft.start.origin === 'canvas'
                    ? 'The learner starts from the canvas as it was when you began this lab (or last captured it):'
                    : 'The learner starts from the world of the imported lab file:'}
                </p>
                <ul className="mt-2 flex flex-wrap gap-2" data-testid="author-start-counts">
                  {counts.length === 0 && <li className={hint}>an empty region (no resources of yours)</li>}
                  {counts.map((c) => (
                    <li key={c.label} className="rounded-full bg-white px-2.5 py-0.5 text-base ring-1 ring-slate-300 dark:bg-slate-800 dark:ring-slate-600">
                      {c.count} {c.label}
                    </li>
                  ))}
                </ul>
                {draft.start.problem && (
                  <p role="alert" className="mt-2 font-medium text-red-800 dark:text-red-300">
                    {draft.start.problem}
                  </p>
                )}
              </>
            )}
            <button type="button" className={`${button} mt-3`} disabled={capturing || world === null} onClick={capture}>
              Use the canvas as it is now
            </button>
          </section>

          <section className={card} aria-labelledby={`${ids}-export`}>
            <h3 id={`${ids}-export`} className="text-lg font-bold">
              Share the lab
            </h3>
            {gaps.length > 0 && (
              <p className={`${hint} mt-1`} data-testid="author-missing">
                Still needed: {gaps.slice(0, 4).join(', ')}
                {gaps.length > 4 ? `, and ${gaps.length - 4} more` : ''}.
              </p>
            )}
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={exportLink} disabled={gaps.length > 0}>
                Copy link
              </button>
              <button type="button" className={button} onClick={exportFile} disabled={gaps.length > 0}>
                Download file
              </button>
              <button type="button" className={button} onClick={tryIt} disabled={gaps.length > 0}>
                Try it now
              </button>
              <FileOpenButton
                className={button}
                inputClassName="sr-only"
                focusableInput={false}
                inputLabel="Lab file to import"
                testId="author-import"
                onFile={(file) => void importFile(file)}
              >
                Import a file…
              </FileOpenButton>
            </div>
            {link && (
              <div className="mt-3">
                <label htmlFor={`${ids}-link`} className={label}>
                  Link ({link.length.toLocaleString('en-US')} characters)
                </label>
                <CopyField ref={linkRef} id={`${ids}-link`} value={link} testId="author-link" />
              </div>
            )}
            <p
              aria-live="polite"
              data-testid="author-notice"
              className={`mt-2 min-h-6 text-base font-medium ${notice?.kind === 'error' ? 'text-red-800 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}`}
            >
              {notice?.text}
            </p>
          </section>
        </div>

        <section aria-labelledby={`${ids}-steps`} className="flex min-w-0 flex-col gap-3">
          <div className="flex items-center justify-between gap-2">
            <h3 id={`${ids}-steps`} className="text-lg font-bold">
              Steps
            </h3>
            <button type="button" className={button} disabled={draft.steps.length >= AUTHORED_LIMITS.steps} onClick={addStep}>
              + Add a step
            </button>
          </div>
          <ol className="flex flex-col gap-2">
            {draft.steps.map((step, i) => (
              <StepEditor key={step.key} step={step} index={i} count={draft.steps.length} world={world} history={history} start={draft.start?.world ?? null} />
            ))}
          </ol>
          {draft.steps.length === 0 && <p className={hint}>No steps yet: add one.</p>}
        </section>
      </div>
    </ModalDialog>
  );
}

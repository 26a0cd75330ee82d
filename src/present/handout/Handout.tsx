import './handout.css';
import { useEffect, useMemo, useState } from 'react';
import { button, primary } from '../../ui/form-styles';
import { useLinkStatus, type PresenterNote } from '../../share/link-status';
import { sessionPresentation } from '../session-presentation';
import { HANDOUT_MAX_STEPS, handoutSteps, type HandoutStep } from './steps';

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function StepPage({ step, note }: { step: HandoutStep; note: PresenterNote | undefined }) {
  const src = useMemo(() => svgUrl(step.svg), [step.svg]);
  return (
    <section className="handout-step mb-8 border-b border-slate-300 pb-6" data-testid="handout-step">
      {note?.chapter && <p className="text-lg font-semibold text-sky-800 uppercase">{note.chapter}</p>}
      <h2 className={`text-xl font-bold ${step.refused ? 'text-rose-800' : ''}`}>{step.title}</h2>
      {step.lines.length > 0 && (
        <ul className="mt-1 list-disc pl-6 text-base">
          {step.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {note?.note && <p className="mt-2 border-l-4 border-sky-600 pl-3 text-base whitespace-pre-wrap italic">{note.note}</p>}
      <img src={src} alt={`The world after ${step.title}`} className="mt-3 max-h-[70vh] w-full object-contain" width={step.width} height={step.height} />
    </section>
  );
}

/**
 * "Print steps": the scenario's steps laid out for paper — the canvas after each step, its narration — printed with
 * the browser's own print dialog (print CSS hides the lab). Close returns to the lab.
 */
export default function Handout({ onClose }: { onClose: () => void }) {
  const title = useLinkStatus((s) => s.title);
  const notes = useLinkStatus((s) => s.notes);
  const stepNotes = useLinkStatus((s) => s.stepNotes);
  const [steps, setSteps] = useState<HandoutStep[] | null>(null);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    let live = true;
    void sessionPresentation().then((show) => {
      if (!live || !show) return;
      setTotal(show.length);
      setSteps(handoutSteps(show));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div role="dialog" aria-modal="true" aria-label="Handout" data-testid="handout" className="handout fixed inset-0 z-50 overflow-auto bg-white text-slate-900">
      <div className="handout-screen-only sticky top-0 flex flex-wrap items-center gap-3 border-b border-slate-300 bg-white px-6 py-3">
        <p className="flex-1 text-lg font-semibold">Handout: {steps ? `${steps.length - 1} steps` : 'laying out the steps…'}</p>
        <button type="button" className={primary} disabled={!steps} onClick={() => window.print()}>
          Print…
        </button>
        <button type="button" className={button} onClick={onClose}>
          Close
        </button>
      </div>
      <article className="mx-auto max-w-4xl px-6 py-6">
        <h1 className="text-3xl font-bold">{title || 'ec2-lab scenario'}</h1>
        {notes && <p className="mt-2 text-lg">{notes}</p>}
        {total > HANDOUT_MAX_STEPS && <p className="mt-2 text-base">The first {HANDOUT_MAX_STEPS} of {total} steps.</p>}
        <div className="mt-6">{steps?.map((step) => <StepPage key={step.index} step={step} note={step.index > 0 ? stepNotes[step.index - 1] : undefined} />)}</div>
      </article>
    </div>
  );
}

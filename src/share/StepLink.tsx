import { useId, useRef, useState } from 'react';
import { copyText } from '../ui/clipboard';
import { button, field } from '../ui/form-styles';
import { linkAtStep } from './follow-link';

/**
 * "Copy link at step N" in the Share dialog: the same link, opening at a step of its log (`&step=N`), for a class
 * to follow along from there. Only for a link that carries steps.
 */
export function StepLink({ url, total, initialStep, onCopied }: { url: string; total: number; initialStep: number; onCopied: (said: string) => void }) {
  const ids = useId();
  const [step, setStep] = useState(() => String(Math.max(1, Math.min(total, initialStep))));
  const linkRef = useRef<HTMLTextAreaElement>(null);
  if (!url || total < 1) return null;
  const n = Math.max(1, Math.min(total, Number.parseInt(step, 10) || 1));
  const link = linkAtStep(url, n);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="share-step-link">
      <label htmlFor={`${ids}-step`} className="text-base">
        Open at step
      </label>
      <input
        id={`${ids}-step`}
        inputMode="numeric"
        className={`${field} w-20`}
        value={step}
        onChange={(e) => setStep(e.target.value.replace(/\D/g, '').slice(0, 4))}
        aria-describedby={`${ids}-of`}
      />
      <span id={`${ids}-of`} className="text-base text-slate-700 dark:text-slate-300">
        of {total}
      </span>
      <button type="button" className={button} onClick={() => void copyText(link, linkRef.current, 'link').then(onCopied)}>
        Copy link at this step
      </button>
      <label htmlFor={`${ids}-url`} className="sr-only">
        Link at step {n}
      </label>
      {/* the end of the link, where the step is; the whole link is selected for Ctrl+C when copying is refused */}
      <textarea
        ref={linkRef}
        id={`${ids}-url`}
        readOnly
        rows={1}
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className={`${field} h-10 min-w-0 flex-1 basis-40 resize-none overflow-hidden font-mono text-sm whitespace-nowrap`}
        data-testid="share-step-url"
      />
    </div>
  );
}

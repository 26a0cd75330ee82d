import { useDragStore } from '../../store/attach-drag';

/**
 * While a card is dragged: how many targets EC2 would accept, and for the one under the pointer what a drop would
 * do — or the engine's refusal, code and message. Announced politely to screen readers.
 */
export function DropStatus() {
  const sourceId = useDragStore((s) => s.sourceId);
  const verdicts = useDragStore((s) => s.verdicts);
  const hoverId = useDragStore((s) => s.hoverId);
  if (!sourceId) return <div role="status" aria-live="polite" className="sr-only" />;
  const verdict = hoverId ? verdicts.get(hoverId) : undefined;
  const valid = [...verdicts.values()].filter((v) => v.ok).length;
  let text;
  let tone = 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white';
  if (!verdict) {
    text = (
      <>
        Drop <span className="font-mono">{sourceId}</span> on a green target: {valid} of {verdicts.size} accepted by EC2.
      </>
    );
  } else if (verdict.ok && verdict.action.type === 'elasticloadbalancing:RegisterTargets') {
    tone = 'border-emerald-600 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50';
    text = (
      <>
        Release to register <span className="font-mono">{sourceId}</span> in target group{' '}
        <span className="font-mono">{hoverId?.split('/')[1] ?? hoverId}</span>.
      </>
    );
  } else if (verdict.ok) {
    tone = 'border-emerald-600 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50';
    text = (
      <>
        Release to attach <span className="font-mono">{sourceId}</span> to <span className="font-mono">{hoverId}</span>.
      </>
    );
  } else {
    tone = 'border-rose-600 bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-50';
    text = (
      <>
        <span className="font-mono font-bold">{verdict.code}</span>
        {verdict.scope ? <span className="font-semibold"> ({verdict.scope})</span> : null}: {verdict.message}
      </>
    );
  }
  return (
    // The whole sentence shows (it wraps; nothing is clipped): the code and the reason are the lesson.
    <div className="pointer-events-none absolute inset-x-0 bottom-4 z-10 flex justify-center px-4">
      <p
        role="status"
        aria-live="polite"
        className={`min-h-[4.25rem] w-[min(42rem,100%)] rounded-xl border-2 px-4 py-2 text-base break-words shadow-lg ${tone}`}
      >
        {text}
      </p>
    </div>
  );
}

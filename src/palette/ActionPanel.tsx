import { useEffect, useRef, useState } from 'react';
import { ACTION_LIST, type Action, type Result } from '../engine';
import { BackIcon } from '../ui/icons';
import { ExplanationCard } from '../panels/ExplanationCard';
import { useLabStore } from '../store/store';
import { ActionForm } from '../commands/forms/ActionForm';
import { JsonParamsForm } from '../commands/forms/JsonParamsForm';
import { formSpec } from '../commands/forms/specs';
import { createdIdOf } from '../commands/actions';
import { actionLabel } from '../commands/labels';

/** One engine action inside the palette: its form (or the JSON editor), the refusal if AWS said no, a read's answer. */
export function ActionPanel({ type }: { type: string }) {
  const info = ACTION_LIST.find((a) => a.type === type);
  const spec = formSpec(type);
  const refusal = useLabStore((s) => s.refusal);
  const dismissRefusal = useLabStore((s) => s.dismissRefusal);
  const [last, setLast] = useState<Result | null>(null);
  /** Set when the learner switched the form to the JSON editor: the parameters the form had. */
  const [asJson, setAsJson] = useState<Record<string, unknown> | null>(null);

  const submit = (action: Action) => {
    const state = useLabStore.getState();
    const result = state.dispatch(action);
    if (!result) return;
    setLast(result);
    if (result.ok && !info?.read) {
      const id = createdIdOf(type, result.response);
      if (id) state.select(id);
      state.closePalette();
    }
  };

  const shownRefusal = last && !last.ok && refusal?.error === last.error ? refusal : null;
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (last) answerRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [last]);

  return (
    <div className="flex min-h-0 flex-col">
      <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <button
          type="button"
          onClick={() => useLabStore.getState().openPalette()}
          aria-label="Back to all commands"
          title="Back to all commands"
          className="mt-0.5 rounded-md p-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <BackIcon />
        </button>
        <div className="min-w-0">
          <h2 className="text-xl font-bold text-slate-900 dark:text-white">{actionLabel(type)}</h2>
          <p className="text-base text-slate-700 dark:text-slate-300">
            <code className="text-sm text-slate-600 dark:text-slate-400">{type}</code>
            {info && <> — {info.summary}</>}
          </p>
        </div>
      </header>
      <div className="relative min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-4">
        {!info ? (
          <p className="text-base">The simulation has no action called {type}.</p>
        ) : spec && !asJson ? (
          <ActionForm spec={spec} onSubmit={submit} onEditAsJson={setAsJson} />
        ) : (
          <JsonParamsForm type={type} onSubmit={submit} {...(asJson ? { initial: asJson } : {})} />
        )}
        <div ref={answerRef} className="scroll-mb-4">
          {shownRefusal && <ExplanationCard refusal={shownRefusal} onDismiss={dismissRefusal} />}
          {last?.ok && info?.read && (
            <section aria-label="Response">
              <h3 className="text-base font-semibold text-slate-900 dark:text-white">Response</h3>
              <pre className="mt-1 max-h-72 overflow-auto rounded-lg bg-slate-100 p-3 font-mono text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-100">
                {JSON.stringify(last.response, null, 2)}
              </pre>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Action } from '../../engine';
import { useLabStore } from '../../store/store';
import { controlClass, helpClass, labelClass, primaryButtonClass } from './fieldStyles';
import { SendAsFields } from './SendAsFields';

/** Parses the editor's text: a JSON object, or a sentence saying what is wrong. */
function parseParams(text: string): { ok: true; params: Record<string, unknown> } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, params: {} };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: 'Parameters must be a JSON object, like {"InstanceId": "i-…"}.' };
    }
    return { ok: true, params: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: `That is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * The request parameters as JSON (SDK v3 input shape), the region, and the account the request is made as: for
 * actions without a form of their own, and for any action when a learner wants every parameter (`initial`).
 */
export function JsonParamsForm({
  type,
  onSubmit,
  initial,
}: {
  type: string;
  onSubmit: (action: Action) => void;
  initial?: Record<string, unknown>;
}) {
  const world = useLabStore((s) => s.world);
  const [text, setText] = useState(initial && Object.keys(initial).length > 0 ? JSON.stringify(initial, null, 2) : '{\n  \n}');
  const [region, setRegion] = useState(world?.homeRegion ?? 'us-east-1');
  const [account, setAccount] = useState(world?.account ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(4, 4);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseParams(text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    onSubmit({
      type,
      params: parsed.params,
      ...(world && region !== world.homeRegion ? { region } : {}),
      ...(world && account && account !== world.account ? { account } : {}),
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={`Parameters for ${type}`}>
      <div>
        <label htmlFor={`${id}-params`} className={labelClass}>
          Parameters (JSON, as in the AWS SDK)
        </label>
        <textarea
          ref={ref}
          id={`${id}-params`}
          value={text}
          rows={7}
          spellCheck={false}
          aria-describedby={`${id}-help`}
          aria-invalid={problem !== null}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
          className={`${controlClass} font-mono`}
        />
        <p id={`${id}-help`} className={helpClass}>
          Ctrl+Enter sends it. Ids are in the inspector and the tree view.
        </p>
        <p aria-live="polite" className="mt-1 text-base font-medium text-rose-700 dark:text-rose-300">
          {problem}
        </p>
      </div>
      {world && (
        <SendAsFields id={id} world={world} region={region} onRegion={setRegion} account={account} onAccount={setAccount} />
      )}
      <div className="flex justify-end">
        <button type="submit" className={primaryButtonClass}>
          Send {type}
        </button>
      </div>
    </form>
  );
}

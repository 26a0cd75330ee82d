import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Action } from '../../engine';
import { useLabStore } from '../../store/store';
import type { FormContext } from '../defaults';
import { FormField } from './FormField';
import { primaryButtonClass, secondaryButtonClass } from './fieldStyles';
import { formAction, initialValues, recompute, type FieldValue, type FormSpec, type Values } from './specs';

/**
 * Renders any form spec; the values start from defaults computed from the world and the selection. `onEditAsJson`
 * offers the same request in the JSON editor (every SDK parameter, another region or account).
 */
export function ActionForm({
  spec,
  onSubmit,
  onEditAsJson,
}: {
  spec: FormSpec;
  onSubmit: (action: Action) => void;
  onEditAsJson?: (params: Record<string, unknown>) => void;
}) {
  const world = useLabStore((s) => s.world);
  const selection = useLabStore((s) => s.selection);
  const [ctx] = useState<FormContext | null>(() => (world ? { world, selection } : null));
  const [values, setValues] = useState<Values>(() => (ctx ? initialValues(spec, ctx) : {}));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  // Options follow the live world (after a refusal nothing changed; after an accepted read nothing either).
  const live: FormContext | null = world ? { world, selection } : ctx;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea, button[type="submit"]')?.focus();
  }, []);

  if (!live) return <p className="text-base">The simulation is still loading…</p>;

  const change = (name: string, value: FieldValue) => {
    const nextTouched = new Set(touched).add(name);
    setTouched(nextTouched);
    setValues(recompute(spec, live, { ...values, [name]: value }, name, nextTouched));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(formAction(spec, values));
  };

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" aria-label={spec.submitLabel}>
      {spec.fields.map((field) => (
        <FormField key={field.name} field={field} ctx={live} value={values[field.name] ?? ''} onChange={(v) => change(field.name, v)} />
      ))}
      {spec.fields.length === 0 && <p className="text-base text-slate-700 dark:text-slate-300">No parameters needed.</p>}
      <div className="flex flex-wrap justify-end gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          title="The same request as an AWS CLI v2 command line, copied to the clipboard"
          onClick={() =>
            void import('../../cli/to-cli').then(({ toCliCommand }) =>
              navigator.clipboard?.writeText(toCliCommand(formAction(spec, values))).catch(() => undefined),
            )
          }
        >
          Copy as AWS CLI
        </button>
        {onEditAsJson && (
          <button
            type="button"
            className={secondaryButtonClass}
            title="Every parameter of the request as JSON, with the region and the account it is sent as"
            onClick={() => onEditAsJson(formAction(spec, values).params)}
          >
            Edit as JSON…
          </button>
        )}
        <button type="submit" className={primaryButtonClass}>
          {spec.submitLabel}
        </button>
      </div>
    </form>
  );
}

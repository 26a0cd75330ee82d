import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Action } from '../../engine';
import { useLabStore } from '../../store/store';
import type { FormContext } from '../defaults';
import { controlClass, helpClass, labelClass, primaryButtonClass, secondaryButtonClass } from './fieldStyles';
import { formAction, initialValues, recompute, type FieldSpec, type FieldValue, type FormSpec, type Values } from './specs';

function Field({
  field,
  ctx,
  value,
  onChange,
}: {
  field: FieldSpec;
  ctx: FormContext;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const describedBy = field.help ? helpId : undefined;
  const help = field.help && (
    <p id={helpId} className={helpClass}>
      {field.help}
    </p>
  );

  if (field.kind === 'checkbox') {
    return (
      <div>
        <label className="flex items-center gap-2.5 text-base font-medium text-slate-900 dark:text-white">
          <input
            type="checkbox"
            name={field.name}
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.checked)}
            className="size-5 accent-sky-700 focus-visible:outline-2 focus-visible:outline-sky-600"
          />
          {field.label}
        </label>
        {help}
      </div>
    );
  }

  if (field.kind === 'select') {
    const options = field.options?.(ctx) ?? [];
    const none = options.length === 0;
    return (
      <div>
        <label htmlFor={id} className={labelClass}>
          {field.label}
        </label>
        <select
          id={id}
          name={field.name}
          value={String(value)}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          className={controlClass}
        >
          {(field.optional || none) && <option value="">{none && !field.optional ? '(none yet)' : '— none —'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {help}
      </div>
    );
  }

  const listId = field.suggestions ? `${id}-list` : undefined;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {field.label}
      </label>
      <input
        id={id}
        name={field.name}
        type={field.kind === 'number' ? 'number' : 'text'}
        inputMode={field.kind === 'number' ? 'numeric' : undefined}
        value={String(value)}
        list={listId}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        className={`${controlClass} ${field.kind === 'text' ? 'font-mono' : ''}`}
      />
      {field.suggestions && (
        <datalist id={listId}>
          {field.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {help}
    </div>
  );
}

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
        <Field key={field.name} field={field} ctx={live} value={values[field.name] ?? ''} onChange={(v) => change(field.name, v)} />
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

import { useId, type ReactNode } from 'react';
import type { FormContext } from '../defaults';
import { controlClass, helpClass, labelClass } from './fieldStyles';
import type { FieldSpec, FieldValue } from './specs';
import { checkbox } from '../../ui/form-styles';

interface Props {
  field: FieldSpec;
  ctx: FormContext;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
}

/** What each kind of field is given: its id, its help's id (when it has help) and the help paragraph. */
interface Parts extends Props {
  id: string;
  describedBy: string | undefined;
  help: ReactNode;
}

/** One field of an action form: a checkbox, a select of options from the world, or a text or number box. */
export function FormField(props: Props) {
  const id = useId();
  const { field } = props;
  const helpId = `${id}-help`;
  const describedBy = field.help ? helpId : undefined;
  const help = field.help && (
    <p id={helpId} className={helpClass}>
      {field.help}
    </p>
  );
  const parts = { ...props, id, describedBy, help };
  if (field.kind === 'checkbox') return <CheckboxField {...parts} />;
  if (field.kind === 'select') return <SelectField {...parts} />;
  return <TextField {...parts} />;
}

function CheckboxField({ field, value, onChange, describedBy, help }: Parts) {
  return (
    <div>
      <label className="flex items-center gap-2.5 text-base font-medium text-slate-900 dark:text-white">
        <input
          type="checkbox"
          name={field.name}
          checked={value === true}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.checked)}
          className={checkbox}
        />
        {field.label}
      </label>
      {help}
    </div>
  );
}

function SelectField({ field, ctx, value, onChange, id, describedBy, help }: Parts) {
  const options = field.options?.(ctx) ?? [];
  const none = options.length === 0;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {field.label}
      </label>
      <select id={id} name={field.name} value={String(value)} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} className={controlClass}>
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

function TextField({ field, value, onChange, id, describedBy, help }: Parts) {
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

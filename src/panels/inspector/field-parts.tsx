/** What every inspector body shares: the button styles and how one field's value is shown. */
import type { Field } from './model';

const button =
  'rounded-lg border px-2.5 py-0.5 text-base font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
export const plain = `${button} border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700`;
export const danger = `${button} border-rose-300 bg-white text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:bg-slate-800 dark:text-rose-200 dark:hover:bg-rose-950`;

/** A field's value: a list when it has several, monospaced for ids and addresses. */
function Value({ field }: { field: Field }) {
  const mono = field.mono ? 'font-mono text-[15px]' : '';
  if (Array.isArray(field.value)) {
    return (
      <ul className={`break-words ${mono}`}>
        {field.value.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    );
  }
  return <span className={`break-all ${mono}`}>{field.value}</span>;
}

/** The fields as a definition list: label, then value. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="mt-4 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-base">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{field.label}</dt>
          <dd className="text-slate-900 dark:text-slate-100" data-field={field.label}>
            <Value field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

import type { World } from '../engine';
import { COLLECTIONS, collectionDef, type GoalScope, type GoalSpec, type ResourceGoalSpec } from '../labs/authoring';
import { ConditionRow, condition } from './ConditionRow';
import { removeAt, replaceAt } from './list-edit';
import { field, hint, label, select, smallButton } from './ui';
import { regionOptions, subnetOptions, vpcOptions, zoneOptions } from './world-options';

const ANY: Record<keyof GoalScope, string> = { region: 'any Region', az: 'any AZ', vpcId: 'any VPC', subnetId: 'any subnet' };

function ScopePicker({ spec, world, prefix, onChange }: { spec: ResourceGoalSpec; world: World | null; prefix: string; onChange: (scope: GoalScope) => void }) {
  const def = collectionDef(spec.collection);
  const scope = spec.scope ?? {};
  if (!def || !world) return null;
  const set = (key: keyof GoalScope, value: string) => {
    const next: GoalScope = { ...scope };
    if (value) next[key] = value;
    else delete next[key];
    // a narrower choice that no longer fits the wider one is dropped
    if (key === 'region') {
      delete next.az;
      delete next.vpcId;
      delete next.subnetId;
    }
    if ((key === 'az' || key === 'vpcId') && next.subnetId) {
      const fits = subnetOptions(world, next).some((o) => o.value === next.subnetId);
      if (!fits) delete next.subnetId;
    }
    onChange(next);
  };
  const pickers: { key: keyof GoalScope; label: string; options: { value: string; label: string }[] }[] = [
    { key: 'region', label: 'Region', options: regionOptions(world) },
    { key: 'az', label: 'Availability Zone', options: zoneOptions(world, scope.region) },
    { key: 'vpcId', label: 'VPC', options: vpcOptions(world, scope.region) },
    { key: 'subnetId', label: 'Subnet', options: subnetOptions(world, scope) },
  ];
  return (
    <fieldset className="grid gap-2 sm:grid-cols-2">
      <legend className={`${label} mb-2`}>Where</legend>
      {pickers
        .filter((p) => def.scopes.includes(p.key))
        .map((p) => (
          <label key={p.key} className="flex flex-col gap-1 text-base">
            <span className="text-slate-700 dark:text-slate-300">{p.label}</span>
            <select aria-label={`${prefix} ${p.label}`} className={select} value={scope[p.key] ?? ''} onChange={(e) => set(p.key, e.target.value)}>
              <option value="">{ANY[p.key]}</option>
              {p.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
    </fieldset>
  );
}

/** A count of resources (0 to 1000), empty for "no bound". */
function CountInput({
  label: text,
  ariaLabel,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  ariaLabel: string;
  placeholder: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <label className="flex flex-col gap-1 text-base">
      <span className="text-slate-700 dark:text-slate-300">{text}</span>
      <input
        type="number"
        min={0}
        max={1000}
        className={`${field} w-28`}
        aria-label={ariaLabel}
        placeholder={placeholder}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </label>
  );
}

/** The kind of resource a goal counts; choosing another starts its conditions again (the scope that fits stays). */
function CollectionSelect({ spec, prefix, onChange }: { spec: ResourceGoalSpec; prefix: string; onChange: (s: GoalSpec) => void }) {
  return (
    <label className="flex flex-col gap-1">
      <span className={label}>Kind of resource</span>
      <select
        aria-label={`${prefix} kind of resource`}
        className={select}
        value={spec.collection}
        onChange={(e) => {
          const next = collectionDef(e.target.value);
          if (!next) return;
          const first = next.properties[0];
          const scope = Object.fromEntries(Object.entries(spec.scope ?? {}).filter(([k]) => next.scopes.includes(k as never)));
          onChange({
            kind: 'resource',
            collection: next.key,
            where: first ? [condition(first)] : [],
            ...(Object.keys(scope).length ? { scope } : {}),
          });
        }}
      >
        {COLLECTIONS.map((c) => (
          <option key={c.key} value={c.key}>
            {c.noun}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A resource goal: the kind of resource, its conditions, where, and how many. */
export function ResourceFields({ spec, world, prefix, onChange }: { spec: ResourceGoalSpec; world: World | null; prefix: string; onChange: (s: GoalSpec) => void }) {
  const def = collectionDef(spec.collection);
  const min = spec.count?.min;
  const max = spec.count?.max;
  const setCount = (next: { min?: number; max?: number }) => {
    const count: { min?: number; max?: number } = {};
    if (next.min !== undefined && Number.isFinite(next.min)) count.min = Math.max(0, Math.round(next.min));
    if (next.max !== undefined && Number.isFinite(next.max)) count.max = Math.max(0, Math.round(next.max));
    const { count: _, ...rest } = spec;
    onChange(count.min === undefined && count.max === undefined ? rest : { ...rest, count });
  };
  return (
    <div className="flex flex-col gap-3">
      <CollectionSelect spec={spec} prefix={prefix} onChange={onChange} />
      <div className="flex flex-col gap-2">
        <span className={label}>Whose…</span>
        {spec.where.length === 0 && <p className={hint}>Any {def?.noun ?? 'resource'} counts.</p>}
        {spec.where.map((_, i) => (
          <ConditionRow
            key={i}
            spec={spec}
            index={i}
            world={world}
            prefix={prefix}
            onChange={(c) => onChange({ ...spec, where: replaceAt(spec.where, i, c) })}
            onRemove={() => onChange({ ...spec, where: removeAt(spec.where, i) })}
          />
        ))}
        <div>
          <button
            type="button"
            className={smallButton}
            disabled={spec.where.length >= 8 || !def?.properties[0]}
            onClick={() => {
              const used = new Set(spec.where.map((c) => c.path));
              const next = def?.properties.find((p) => !used.has(p.path)) ?? def?.properties[0];
              if (next) onChange({ ...spec, where: [...spec.where, condition(next)] });
            }}
          >
            + Add a condition
          </button>
        </div>
      </div>
      <ScopePicker spec={spec} world={world} prefix={prefix} onChange={(scope) => {
        const { scope: _, ...rest } = spec;
        onChange(Object.keys(scope).length ? { ...rest, scope } : rest);
      }} />
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className={`${label} mb-2`}>How many</legend>
        <CountInput label="At least" ariaLabel={`${prefix} at least`} placeholder="1" value={min} onChange={(n) => setCount({ min: n, max })} />
        <CountInput label="At most" ariaLabel={`${prefix} at most`} placeholder="any" value={max} onChange={(n) => setCount({ min, max: n })} />
        <p className={`${hint} pb-2`}>0 at most: “no such resource”.</p>
      </fieldset>
    </div>
  );
}

import { useId, useMemo } from 'react';
import { ACTION_LIST, RULES, type World } from '../engine';
import {
  checkGoalSpec,
  COLLECTIONS,
  collectionDef,
  compileGoal,
  goalSpecSchema,
  namesIn,
  OPERATORS_FOR,
  propertyDef,
  VALUELESS,
  type Condition,
  type GoalScope,
  type GoalSpec,
  type Operator,
  type PropertyDef,
  type ResourceGoalSpec,
} from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';
import { removeAt, replaceAt } from './list-edit';
import { field, hint, label, select, smallButton } from './ui';
import { regionOptions, subnetOptions, valuesInWorld, vpcOptions, zoneOptions } from './world-options';

const KINDS: { value: GoalSpec['kind']; label: string }[] = [
  { value: 'resource', label: 'Something in the world (a resource)' },
  { value: 'refused', label: 'The learner saw a refusal' },
  { value: 'action', label: 'The learner sent an action' },
];

const OP_LABEL: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  exists: 'is set',
  missing: 'is not set',
  contains: 'contains',
  gte: 'is at least',
  lte: 'is at most',
};

const ANY: Record<keyof GoalScope, string> = { region: 'any Region', az: 'any AZ', vpcId: 'any VPC', subnetId: 'any subnet' };

const ACTION_TYPES = ACTION_LIST.map((a) => a.type).sort();
/** One <option> per action type, for the action selects. */
const actionOptions = ACTION_TYPES.map((t) => (
  <option key={t} value={t}>
    {t}
  </option>
));
const REFUSAL_CODES = [...new Map(Object.values(RULES).map((r) => [r.code, r.title])).entries()].sort((a, b) => a[0].localeCompare(b[0]));

function defaultValue(property: PropertyDef, op: Operator): Condition['value'] {
  if (VALUELESS.has(op)) return undefined;
  if (property.type === 'boolean') return true;
  if (property.type === 'number') return 1;
  if (property.type === 'enum') return property.values?.[0] ?? '';
  return '';
}

function condition(property: PropertyDef, op: Operator = OPERATORS_FOR[property.type][0]!): Condition {
  const value = defaultValue(property, op);
  return value === undefined ? { path: property.path, op } : { path: property.path, op, value };
}

/** A new goal of a kind, with sensible defaults. */
function goalOfKind(kind: GoalSpec['kind']): GoalSpec {
  if (kind === 'refused') return { kind, code: 'InvalidVolume.ZoneMismatch', actionType: 'ec2:AttachVolume' };
  if (kind === 'action') return { kind, type: 'ec2:StopInstances' };
  return { kind: 'resource', collection: 'instances', where: [{ path: 'state', op: 'eq', value: 'running' }] };
}

/** Whether a goal is met now, or what is wrong with it. */
export function previewGoal(
  spec: GoalSpec,
  world: World | null,
  history: readonly HistoryEntry[],
  start?: World | null,
): { label: string; met?: boolean; metAtStart?: boolean; problem?: string } {
  const shape = goalSpecSchema.safeParse(spec);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return { label: '', problem: `${issue?.path.join('.') || 'goal'}: ${issue?.message ?? 'not complete'}` };
  }
  const problem = checkGoalSpec(spec);
  if (problem) return { label: '', problem };
  const goal = compileGoal(spec, world ? namesIn(world) : undefined);
  const test = (w: World, h: readonly HistoryEntry[]) => {
    try {
      return goal.test({ world: w, history: h });
    } catch {
      return false;
    }
  };
  return {
    label: goal.label,
    ...(world ? { met: test(world, history) } : {}),
    ...(start ? { metAtStart: test(start, []) } : {}),
  };
}

function ConditionRow({
  spec,
  index,
  world,
  prefix,
  onChange,
  onRemove,
}: {
  spec: ResourceGoalSpec;
  index: number;
  world: World | null;
  prefix: string;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const c = spec.where[index]!;
  const def = collectionDef(spec.collection);
  const property = propertyDef(spec.collection, c.path);
  const ops = property ? OPERATORS_FOR[property.type] : [];
  const suggestions = useMemo(
    () => (world && property && (property.type === 'text' || property.type === 'list') ? valuesInWorld(world, spec.collection, property) : []),
    [world, property, spec.collection],
  );
  const name = `${prefix} condition ${index + 1}`;
  return (
    <div className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,0.8fr)_minmax(0,1.2fr)_auto] sm:items-center" data-testid="goal-condition">
      <select
        aria-label={`${name}: property`}
        className={select}
        value={c.path}
        onChange={(e) => {
          const next = propertyDef(spec.collection, e.target.value);
          if (next) onChange(condition(next));
        }}
      >
        {def?.properties.map((p) => (
          <option key={p.path} value={p.path}>
            {p.label}
          </option>
        ))}
      </select>
      {property?.type === 'boolean' ? (
        <select
          aria-label={`${name}: value`}
          className={`${select} sm:col-span-2`}
          value={String(c.op === 'neq' ? !c.value : c.value)}
          onChange={(e) => onChange({ path: c.path, op: 'eq', value: e.target.value === 'true' })}
        >
          <option value="true">{property.yes ?? 'yes'}</option>
          <option value="false">{property.no ?? 'no'}</option>
        </select>
      ) : (
        <>
          <select
            aria-label={`${name}: operator`}
            className={select}
            value={c.op}
            onChange={(e) => {
              const op = e.target.value as Operator;
              if (!property) return;
              const keep = !VALUELESS.has(op) && c.value !== undefined;
              onChange(keep ? { ...c, op } : condition(property, op));
            }}
          >
            {ops.map((op) => (
              <option key={op} value={op}>
                {property?.type === 'list' && op === 'contains' ? 'includes' : OP_LABEL[op]}
              </option>
            ))}
          </select>
          {VALUELESS.has(c.op) ? (
            <span className={hint}>—</span>
          ) : property?.type === 'enum' ? (
            <select aria-label={`${name}: value`} className={select} value={String(c.value)} onChange={(e) => onChange({ ...c, value: e.target.value })}>
              {property.values?.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          ) : property?.type === 'number' ? (
            <input
              aria-label={`${name}: value`}
              type="number"
              className={field}
              value={typeof c.value === 'number' ? c.value : ''}
              onChange={(e) => onChange({ ...c, value: e.target.value === '' ? 0 : Number(e.target.value) })}
            />
          ) : (
            <>
              <input
                aria-label={`${name}: value`}
                className={field}
                list={`${id}-values`}
                value={typeof c.value === 'string' ? c.value : ''}
                maxLength={200}
                onChange={(e) => onChange({ ...c, value: e.target.value })}
              />
              <datalist id={`${id}-values`}>
                {suggestions.map((v) => (
                  <option key={v} value={v} />
                ))}
              </datalist>
            </>
          )}
        </>
      )}
      <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove ${name}`}>
        Remove
      </button>
    </div>
  );
}

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

function ResourceFields({ spec, world, prefix, onChange }: { spec: ResourceGoalSpec; world: World | null; prefix: string; onChange: (s: GoalSpec) => void }) {
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

/** One goal of a step: its kind, its fields, and whether it is met in the world on the canvas now. */
export function GoalBuilder({
  spec,
  index,
  world,
  history,
  start,
  onChange,
  onRemove,
}: {
  spec: GoalSpec;
  index: number;
  world: World | null;
  history: readonly HistoryEntry[];
  /** The lab's starting world: a goal already met there would make its step done before the learner begins. */
  start: World | null;
  onChange: (spec: GoalSpec) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const prefix = `Goal ${index + 1}`;
  const preview = useMemo(() => previewGoal(spec, world, history, start), [spec, world, history, start]);
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-950" data-testid="goal-builder">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h4 id={`${id}-h`} className="text-base font-bold">
          {prefix}
        </h4>
        <div className="flex items-center gap-2">
          <select aria-label={`${prefix} type`} className={`${select} w-auto`} value={spec.kind} onChange={(e) => onChange(goalOfKind(e.target.value as GoalSpec['kind']))}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove goal ${index + 1}`}>
            Remove
          </button>
        </div>
      </div>

      {spec.kind === 'resource' && <ResourceFields spec={spec} world={world} prefix={prefix} onChange={onChange} />}
      {spec.kind === 'refused' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1">
            <span className={label}>AWS error code</span>
            <input aria-label={`${prefix} error code`} className={field} list={`${id}-codes`} value={spec.code} maxLength={80} onChange={(e) => onChange({ ...spec, code: e.target.value.trim() })} />
            <datalist id={`${id}-codes`}>
              {REFUSAL_CODES.map(([code, title]) => (
                <option key={code} value={code}>
                  {title}
                </option>
              ))}
            </datalist>
          </label>
          <label className="flex flex-col gap-1">
            <span className={label}>Refused action</span>
            <select
              aria-label={`${prefix} refused action`}
              className={select}
              value={spec.actionType ?? ''}
              onChange={(e) => {
                const { actionType: _, ...rest } = spec;
                onChange(e.target.value ? { ...rest, actionType: e.target.value } : rest);
              }}
            >
              <option value="">any action</option>
              {actionOptions}
            </select>
          </label>
        </div>
      )}
      {spec.kind === 'action' && (
        <label className="flex flex-col gap-1">
          <span className={label}>Action sent and accepted</span>
          <select aria-label={`${prefix} action`} className={select} value={spec.type} onChange={(e) => onChange({ ...spec, type: e.target.value })}>
            {actionOptions}
          </select>
        </label>
      )}

      <div className="mt-3 flex flex-wrap items-start justify-between gap-2 rounded-lg bg-slate-100 px-3 py-2 dark:bg-slate-800" data-testid="goal-preview">
        {preview.problem ? (
          <p className="text-base font-medium text-red-800 dark:text-red-300" role="status">
            Not complete: {preview.problem}
          </p>
        ) : (
          <>
            <p className="min-w-0 flex-1 text-base">
              <span className="text-slate-600 dark:text-slate-400">The learner reads: </span>
              <span className="font-semibold" data-testid="goal-label">
                {preview.label}
              </span>
            </p>
            {preview.met !== undefined && (
              <span
                data-testid="goal-met"
                data-met={preview.met}
                className={`shrink-0 rounded-full px-2.5 py-0.5 text-base font-semibold ${
                  preview.met
                    ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
                    : 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100'
                }`}
              >
                {spec.kind === 'resource'
                  ? preview.met
                    ? '✓ Met on the canvas now'
                    : 'Not met on the canvas now'
                  : preview.met
                    ? '✓ Seen in your session'
                    : 'Not seen in your session yet'}
              </span>
            )}
          </>
        )}
      </div>
      {preview.metAtStart && (
        <p role="note" data-testid="goal-met-at-start" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          Already met in the lab’s start: this step would be done before the learner begins. Change the goal, or the start.
        </p>
      )}
    </section>
  );
}

import { useId, useMemo } from 'react';
import { ACTION_LIST, RULES, type World } from '../engine';
import { EDITABLE_KINDS, type GoalSpec } from '../labs/authoring';
import type { HistoryEntry } from '../labs/types';
import { previewGoal } from './goal-preview';
import { ResourceFields } from './ResourceFields';
import { field, label, select, smallButton } from './ui';

const KINDS: { value: GoalSpec['kind']; label: string }[] = [
  { value: 'resource', label: 'Something in the world (a resource)' },
  { value: 'refused', label: 'The learner saw a refusal' },
  { value: 'action', label: 'The learner sent an action' },
];

const ACTION_TYPES = ACTION_LIST.map((a) => a.type).sort();
/** One <option> per action type, for the action selects. */
const actionOptions = ACTION_TYPES.map((t) => (
  <option key={t} value={t}>
    {t}
  </option>
));
const REFUSAL_CODES = [...new Map(Object.values(RULES).map((r) => [r.code, r.title])).entries()].sort((a, b) => a[0].localeCompare(b[0]));

/** A new goal of a kind, with sensible defaults. */
function goalOfKind(kind: GoalSpec['kind']): GoalSpec {
  if (kind === 'refused') return { kind, code: 'InvalidVolume.ZoneMismatch', actionType: 'ec2:AttachVolume' };
  if (kind === 'action') return { kind, type: 'ec2:StopInstances' };
  return { kind: 'resource', collection: 'instances', where: [{ path: 'state', op: 'eq', value: 'running' }] };
}

type Refused = Extract<GoalSpec, { kind: 'refused' }>;
type Sent = Extract<GoalSpec, { kind: 'action' }>;

/** A refusal goal: the AWS error code (with every code the rules know offered) and, optionally, the action refused. */
function RefusedFields({ spec, prefix, onChange }: { spec: Refused; prefix: string; onChange: (spec: GoalSpec) => void }) {
  const id = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="flex flex-col gap-1">
        <span className={label}>AWS error code</span>
        <input aria-label={`${prefix} error code`} className={field} list={`${id}-codes`} value={spec.code ?? ''} maxLength={80} onChange={(e) => onChange({ ...spec, code: e.target.value.trim() })} />
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
  );
}

/** An action goal: the action type the learner sent and AWS accepted. */
function ActionFields({ spec, prefix, onChange }: { spec: Sent; prefix: string; onChange: (spec: GoalSpec) => void }) {
  return (
    <label className="flex flex-col gap-1">
      <span className={label}>Action sent and accepted</span>
      <select aria-label={`${prefix} action`} className={select} value={spec.type} onChange={(e) => onChange({ ...spec, type: e.target.value })}>
        {actionOptions}
      </select>
    </label>
  );
}

/**
 * A goal kind the form cannot edit yet (from a built-in lab: an event, a DNS answer, a named check…): shown as its JSON,
 * kept as it is when the lab is exported, and replaceable by picking an editable kind above.
 */
function ReadOnlyFields({ spec, prefix }: { spec: GoalSpec; prefix: string }) {
  return (
    <div data-testid="goal-read-only">
      <p className="text-base text-slate-700 dark:text-slate-300">
        A built-in goal of kind <strong>{spec.kind}</strong>: the form cannot edit it yet, and it is kept as it is. Pick
        another kind above to replace it.
      </p>
      <pre aria-label={`${prefix} as JSON`} className="mt-2 max-h-40 overflow-auto rounded-md bg-slate-100 p-2 text-sm break-all whitespace-pre-wrap dark:bg-slate-800">
        {JSON.stringify(spec, null, 2)}
      </pre>
    </div>
  );
}

/** What the learner reads for the goal, and whether it is met on the canvas now (or what is wrong with it). */
function PreviewBox({ spec, preview }: { spec: GoalSpec; preview: ReturnType<typeof previewGoal> }) {
  return (
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
            {!EDITABLE_KINDS.has(spec.kind) && <option value={spec.kind}>Built-in goal ({spec.kind})</option>}
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
      {spec.kind === 'refused' && <RefusedFields spec={spec} prefix={prefix} onChange={onChange} />}
      {spec.kind === 'action' && <ActionFields spec={spec} prefix={prefix} onChange={onChange} />}
      {!EDITABLE_KINDS.has(spec.kind) && <ReadOnlyFields spec={spec} prefix={prefix} />}
      <PreviewBox spec={spec} preview={preview} />
      {preview.metAtStart && (
        <p role="note" data-testid="goal-met-at-start" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-base text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          Already met in the lab’s start: this step would be done before the learner begins. Change the goal, or the start.
        </p>
      )}
    </section>
  );
}

import { useId, useMemo, useState, type ComponentType } from 'react';
import { openAttachMenu } from '../../store/attach-drag';
import { attachSource } from '../../view-model/attach-targets';
import { KIND_ICONS, type IconProps } from '../../icons';
import { useLabStore } from '../../store/store';
import { ConnectButton } from './ConnectButton';
import { NameTagEditor, StatusChecksList, selectionName } from './NameAndChecks';
import { ScalingDetails } from './ScalingDetails';
import { resolveScaling } from './scaling-model';
import { danger, FieldList, plain } from './field-parts';
import {
  KIND_LABEL,
  TYPE_SUGGESTIONS,
  buttonsOf,
  changeTypeAction,
  describeActions,
  fieldsOf,
  resolveSelection,
  type ResourceKind,
  type Selected,
} from './model';

const ICONS: Record<ResourceKind, ComponentType<IconProps>> = KIND_ICONS;

/** An on/off setting that is an engine attribute: flipping it dispatches the Modify* action. */
function Switch({ label, on, onToggle }: { label: string; on: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={onToggle}
      className="mt-2 flex w-full items-center justify-between gap-3 rounded-lg px-1 py-0.5 text-left text-base text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <span>{label}</span>
      <span
        aria-hidden="true"
        className={`relative inline-flex h-6 w-11 shrink-0 rounded-full transition-colors ${on ? 'bg-sky-600' : 'bg-slate-400 dark:bg-slate-600'}`}
      >
        <span className={`absolute top-0.5 size-5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-5.5' : 'translate-x-0.5'}`} />
      </span>
    </button>
  );
}

function ChangeType({ sel }: { sel: Selected }) {
  const current = useLabStore((s) => s.world?.instances.get(sel.id)?.instanceType ?? '');
  const [value, setValue] = useState(current);
  const id = useId();
  return (
    <form
      className="mt-2 flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) useLabStore.getState().dispatch(changeTypeAction(sel, value.trim()));
      }}
    >
      <label className="min-w-0 flex-1 text-base">
        <span className="block text-slate-700 dark:text-slate-300">Instance type</span>
        <input
          list={`${id}-types`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1 font-mono text-base dark:border-slate-600 dark:bg-slate-800"
        />
        <datalist id={`${id}-types`}>
          {TYPE_SUGGESTIONS.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </label>
      <button type="submit" className={plain}>
        Change type
      </button>
    </form>
  );
}

/** The inspector's body for one selection: heading, action buttons, then the Describe output as a readable list. */
export default function InspectorDetails({ selection }: { selection: string }) {
  const scaling = useLabStore((s) => (s.world ? resolveScaling(s.world, selection)?.kind : undefined));
  return scaling ? <ScalingDetails selection={selection} /> : <ResourceDetails selection={selection} />;
}

function ResourceDetails({ selection }: { selection: string }) {
  const world = useLabStore((s) => s.world);
  const dryRun = useLabStore((s) => s.dryRun);
  const dispatch = useLabStore((s) => s.dispatch);
  const sel = useMemo(() => (world ? resolveSelection(world, selection) : undefined), [world, selection]);
  const fields = useMemo(() => {
    if (!world || !sel) return [];
    const responses = describeActions(sel, world).map((a) => {
      const r = dryRun(a);
      return r?.ok ? r.response : undefined;
    });
    return fieldsOf(sel, responses, world);
  }, [world, sel, dryRun]);
  if (!world || !sel) return null;
  const Icon = ICONS[sel.kind];
  const buttons = buttonsOf(sel, world);
  const attachable = attachSource(world, selection);
  const headingId = `inspector-heading`;
  const name = selectionName(world, sel);

  return (
    <section aria-labelledby={headingId} className="px-4 py-3">
      <div className="flex items-center gap-3">
        <Icon className="size-10 shrink-0" />
        <div className="min-w-0">
          <p className="text-[15px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{KIND_LABEL[sel.kind]}</p>
          <h2 id={headingId} className="text-lg font-bold break-all text-slate-900 dark:text-white">
            {name ? (
              <>
                {name}
                <span className="block font-mono text-[15px] font-medium text-slate-600 dark:text-slate-300">{sel.id}</span>
              </>
            ) : (
              <span className="font-mono">{sel.id}</span>
            )}
          </h2>
        </div>
      </div>
      {(buttons.length > 0 || attachable) && (
        <div role="group" aria-label="Actions" className="mt-3 flex flex-wrap gap-2">
          {attachable && (
            <button type="button" className={plain} onClick={() => openAttachMenu(selection)} aria-keyshortcuts="A">
              {attachable.kind === 'instance' ? 'Register in target group…' : 'Attach to…'}
            </button>
          )}
          {buttons
            .filter((b) => b.on === undefined)
            .map((b) => (
              <button key={b.label} type="button" className={b.danger ? danger : plain} onClick={() => dispatch(b.action)}>
                {b.label}
              </button>
            ))}
        </div>
      )}
      {buttons
        .filter((b) => b.on !== undefined)
        .map((b) => (
          <Switch key={b.label} label={b.label} on={b.on!} onToggle={() => dispatch(b.action)} />
        ))}
      <NameTagEditor key={`name:${sel.id}:${name ?? ''}`} sel={sel} world={world} />
      {sel.kind === 'instance' && <ConnectButton instanceId={sel.id} />}
      {sel.kind === 'instance' && <ChangeType key={sel.id} sel={sel} />}
      <StatusChecksList sel={sel} world={world} />
      <FieldList fields={fields} />
    </section>
  );
}

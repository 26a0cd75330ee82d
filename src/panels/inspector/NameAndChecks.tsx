import { useId, useState } from 'react';
import { nameTag } from '../../view-model/world-index';
import { CHECK_MARK, instanceChecks } from '../../view-model/status-checks';
import { indexWorld } from '../../view-model/world-index';
import type { World } from '../../engine';
import { useLabStore } from '../../store/store';
import type { Selected } from './model';

const TAGGABLE = new Set(['instance', 'eni', 'volume', 'eip', 'subnet', 'vpc', 'igw', 'snapshot', 'image']);

/** The resource object behind a selection, when it carries tags. */
function tagged(world: World, sel: Selected): { tags: { Key: string; Value: string }[]; ownerId: string } | undefined {
  if (!TAGGABLE.has(sel.kind)) return undefined;
  return (
    world.instances.get(sel.id) ??
    world.networkInterfaces.get(sel.id) ??
    world.volumes.get(sel.id) ??
    world.addresses.get(sel.id) ??
    world.subnets.get(sel.id) ??
    world.vpcs.get(sel.id) ??
    world.internetGateways.get(sel.id) ??
    world.snapshots.get(sel.id) ??
    world.images.get(sel.id)
  );
}

/** The selection's Name tag, if any (the inspector's heading shows it first). */
export function selectionName(world: World, sel: Selected): string | undefined {
  const r = tagged(world, sel);
  return r ? nameTag(r) : undefined;
}

/** Edit the Name tag: ec2:CreateTags (an empty name: ec2:DeleteTags), through the engine like every change. */
export function NameTagEditor({ sel, world }: { sel: Selected; world: World }) {
  const resource = tagged(world, sel);
  const current = resource ? (nameTag(resource) ?? '') : '';
  const [value, setValue] = useState(current);
  const id = useId();
  if (!resource || resource.ownerId !== world.account) return null;
  const submit = () => {
    const name = value.trim();
    if (name === current) return;
    const action = name
      ? { type: 'ec2:CreateTags', params: { Resources: [sel.id], Tags: [{ Key: 'Name', Value: name }] }, region: sel.region }
      : { type: 'ec2:DeleteTags', params: { Resources: [sel.id], Tags: [{ Key: 'Name' }] }, region: sel.region };
    useLabStore.getState().dispatch(action);
  };
  return (
    <form
      className="mt-2 flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="min-w-0 flex-1 text-base">
        <span className="block text-slate-700 dark:text-slate-300">Name tag</span>
        <input
          id={id}
          value={value}
          maxLength={256}
          placeholder="e.g. web"
          onChange={(e) => setValue(e.target.value)}
          className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1 text-base dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
      <button
        type="submit"
        className="rounded-lg border border-slate-300 bg-white px-2.5 py-0.5 text-base font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        Rename
      </button>
    </form>
  );
}

const VALUE_STYLE = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  impaired: 'font-semibold text-rose-800 dark:text-rose-300',
  initializing: 'text-amber-800 dark:text-amber-300',
  'not-applicable': 'text-slate-600 dark:text-slate-400',
} as const;

/** An instance's system, instance and attached-EBS checks, each with what it watches (and, impaired, what to do). */
export function StatusChecksList({ sel, world }: { sel: Selected; world: World }) {
  const instance = world.instances.get(sel.id);
  if (sel.kind !== 'instance' || !instance) return null;
  const checks = instanceChecks(instance, indexWorld(world).volumesByInstance.get(instance.id) ?? []);
  return (
    <section aria-label="Status checks" className="mt-3 rounded-lg border border-slate-200 p-2 dark:border-slate-700">
      <h3 className="text-base font-semibold text-slate-900 dark:text-white">Status checks</h3>
      <ul className="mt-1 space-y-1.5 text-base">
        {checks.map((c) => (
          <li key={c.name} data-check={c.name}>
            <span className={VALUE_STYLE[c.value]}>
              {CHECK_MARK[c.value]} {c.label}: {c.value}
            </span>
            <span className="block text-slate-700 dark:text-slate-300">{c.meaning}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

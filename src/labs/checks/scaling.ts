import type { Check } from './check';
import { describe, type World } from '../../engine';
import { eventSeen, goal } from '../goals';
import type { HistoryEntry } from '../types';

function units(world: World, type: string | undefined): number {
  if (!type) return 0;
  return describe(world, 'sim:ParseInstanceType', { InstanceType: type })?.NormalizationFactor ?? 0;
}

/** Instances the learner resized. */
function resized(history: readonly HistoryEntry[]): Set<string> {
  return new Set(
    history.flatMap((h) => h.events.filter((e) => e.type === 'instance-resized' && e.resourceId).map((e) => e.resourceId as string)),
  );
}

/** Some instance type has at least three running instances spread over two or more AZs. */
function scaledOut(world: World): boolean {
  const byType = new Map<string, { ids: Set<string>; zones: Set<string> }>();
  for (const i of world.instances.values()) {
    if (i.state !== 'running') continue;
    const group = byType.get(i.instanceType) ?? { ids: new Set<string>(), zones: new Set<string>() };
    group.ids.add(i.id);
    group.zones.add(i.az);
    byType.set(i.instanceType, group);
  }
  return [...byType.values()].some((g) => g.ids.size >= 3 && g.zones.size >= 2);
}

export const scalingChecks = {
  "scaling/changed-instance-bigger-size": (eventSeen('instance-resized', {
          label: 'You changed an instance to a bigger size',
          where: (e, _h, { world }) => units(world, e.to) > units(world, e.from),
        })).test,
  "scaling/resized-instance-running-again": (goal('The resized instance is running again', ({ world, history }) => {
          const ids = resized(history);
          return world.instances.values().some((i) => ids.has(i.id) && i.state === 'running');
        })).test,
  "scaling/three-running-instances-same-type-spread": (goal('Three running instances of the same type, spread over at least two AZs', ({ world }) => scaledOut(world))).test,
} satisfies Record<string, Check>;

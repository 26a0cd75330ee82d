import type { World } from '../engine';

type PowerAction = 'ec2:StartInstances' | 'ec2:StopInstances';

/**
 * What the toolbar's "Stop / start…" opens: Start for a selected instance that is stopped (or stopping), Stop for
 * one that runs. Without an instance selected: Start when every live instance is stopped, else Stop.
 */
export function powerActionFor(world: World | null, selection: string | null): PowerAction {
  if (!world) return 'ec2:StopInstances';
  const selected = selection ? world.instances.get(selection) : undefined;
  const down = (state: string) => state === 'stopped' || state === 'stopping';
  if (selected) return down(selected.state) ? 'ec2:StartInstances' : 'ec2:StopInstances';
  const live = world.instances.values().filter((i) => i.state !== 'terminated' && i.state !== 'shutting-down');
  return live.length > 0 && live.every((i) => down(i.state)) ? 'ec2:StartInstances' : 'ec2:StopInstances';
}

export function powerLabel(world: World | null, selection: string | null): string {
  const selected = selection && world ? world.instances.get(selection) : undefined;
  if (!selected) return 'Stop / start…';
  return powerActionFor(world, selection) === 'ec2:StartInstances' ? 'Start instance…' : 'Stop instance…';
}

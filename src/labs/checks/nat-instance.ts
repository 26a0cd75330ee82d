import type { Check } from './check';
import { primaryInterfaceOf, type World } from '../../engine';
import { goal, instancesWhere, instanceWith, responseSeen, routeTableOf } from '../goals';
import type { GoalContext } from '../types';

/** The subnet's route table sends 0.0.0.0/0 to an internet gateway. */
function routedToInternet(world: World, subnetId: string): boolean {
  return !!routeTableOf(world, subnetId)?.routes.some((r) => r.destination === '0.0.0.0/0' && r.gatewayId?.startsWith('igw-'));
}

/** A route table used by some subnet sends 0.0.0.0/0 to an interface whose source/destination check is off. */
function routedThroughNat({ world }: GoalContext): boolean {
  return world.routeTables.values().some((table) => {
    if (table.subnetIds.length === 0 && !table.main) return false;
    const route = table.routes.find((r) => r.destination === '0.0.0.0/0');
    if (!route) return false;
    const eni = route.networkInterfaceId
      ? world.networkInterfaces.get(route.networkInterfaceId)
      : route.instanceId
        ? primaryInterfaceOf(world, route.instanceId)
        : undefined;
    return !!eni && !eni.sourceDestCheck;
  });
}

function natCandidates(world: World) {
  return instancesWhere(world, { state: 'running', publicIp: true, where: (i, w) => routedToInternet(w, i.subnetId) });
}

export const natInstanceChecks = {
  "nat-instance/instance-public-ipv4-runs-subnet-routed": (goal('An instance with a public IPv4 runs in a subnet routed to the internet gateway', ({ world }) => natCandidates(world).length > 0)).test,
  "nat-instance/public-instance-has-source-destination-check": (instanceWith(
          { state: 'running', publicIp: true, where: (i, w) => primaryInterfaceOf(w, i.id)?.sourceDestCheck === false },
          { label: 'A public instance has its source/destination check turned off' },
        )).test,
  "nat-instance/subnets-route-table-sends-0-0": (goal('A subnet’s route table sends 0.0.0.0/0 to an interface with the check turned off', routedThroughNat)).test,
  "nat-instance/inside-instance-public-ipv4-only-private": (responseSeen(
          'sim:GuestInterfaces',
          (r, entry, { world }) =>
            (r.Interfaces?.length ?? 0) > 0 && instancesWhere(world, { publicIp: true }).some((i) => i.id === entry.action.params?.InstanceId),
          'Inside an instance with a public IPv4 you saw only private addresses',
        )).test,
} satisfies Record<string, Check>;

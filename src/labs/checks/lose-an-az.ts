import type { Check } from './check';
import { goal, responseSeen } from '../goals';
import { groupZones, healthyTargets, healthyZones } from '../catalogue/scaling-blocks';

/** The drill's bar: healthy targets kept through the failure. */
const N = 2;

export const loseAnAzChecks = {
  "lose-an-az/while-zone-down-every-request-answered": (responseSeen(
          'sim:SendTraffic',
          (r, _h, { history }) => {
            const lost = history.filter((h) => h.ok && h.action.type === 'sim:FailAvailabilityZone').map((h) => String(h.action.params?.AvailabilityZone));
            const zones = Object.keys(r.ByZone ?? {});
            return lost.length > 0 && r.Responses?.['200'] === r.Requests && Object.keys(r.ByTarget ?? {}).length >= N && zones.every((z) => !lost.includes(z));
          },
          `While the zone was down, every request was answered 200 by at least ${N} servers outside it`,
        )).test,
  "lose-an-az/no-zone-down": (goal('No zone is down', ({ world }) => world.zoneFailures.size === 0)).test,
  "lose-an-az/group-spans-two-azs-again": (goal('The group spans two AZs again', ({ world }) => groupZones(world).size >= 2)).test,
  "lose-an-az/least-2-healthy-targets-two-azs": (goal(`At least ${N} healthy targets, in two AZs`, ({ world }) => healthyTargets(world).length >= N && healthyZones(world).size >= 2)).test,
} satisfies Record<string, Check>;

import { actionSeen, eventSeen, goal, responseSeen } from '../goals';
import { defineLab } from '../runner';
import { advance, findAmazonAmi, findDefaultSubnet } from './common';
import { createAlb, createGroup, createTemplate, findVpc, groupZones, healthyTargets, healthyZones, sendTraffic } from './scaling-blocks';

/** The drill's bar: healthy targets kept through the failure. */
const N = 2;

export const loseAnAz = defineLab({
  id: 'lose-an-az',
  title: 'Lose an AZ and keep serving',
  sections: ['Horizontal Scaling'],
  summary: ['A graded drill: an Availability Zone fails under your web tier.', `Keep at least ${N} healthy targets and every request answered.`],
  minutes: 10,
  start: {
    defaultVpc: true,
    actions: [
      findAmazonAmi(),
      findVpc(),
      findDefaultSubnet('us-east-1a', 'subnetA'),
      findDefaultSubnet('us-east-1b', 'subnetB'),
      createTemplate(),
      ...createAlb(['subnetA', 'subnetB']),
      createGroup(['subnetA', 'subnetB'], { min: 2, desired: 2 }),
      advance(60),
    ],
  },
  steps: [
    {
      id: 'fail',
      title: 'Lose us-east-1a',
      instruction: 'Fail the Availability Zone us-east-1a.',
      goals: [actionSeen('sim:FailAvailabilityZone', { label: 'You failed an Availability Zone' })],
      hints: [
        'Click the zone us-east-1a on the canvas (or the load balancer) and look at the inspector\'s buttons.',
        'Fail this Availability Zone in the zone\'s inspector, or Fail us-east-1a in the load balancer\'s; the palette has Fail an Availability Zone too.',
      ],
      why: 'An AZ is a failure domain: power, network or cooling can take all of it at once. Everything in it stops answering together.',
      solution: [{ type: 'sim:FailAvailabilityZone', params: { AvailabilityZone: 'us-east-1a' }, note: 'Fail us-east-1a.' }],
    },
    {
      id: 'recover-capacity',
      title: 'Keep serving',
      instruction: `Let time pass while the zone is down, then send traffic: at least ${N} servers outside the lost zone must answer every request.`,
      goals: [
        eventSeen('scaling-activity', {
          label: 'Auto Scaling replaced the capacity lost with the zone',
          where: (e) => String(e.data?.cause ?? '').includes('status check failure'),
        }),
        responseSeen(
          'sim:SendTraffic',
          (r, _h, { history }) => {
            const lost = history.filter((h) => h.ok && h.action.type === 'sim:FailAvailabilityZone').map((h) => String(h.action.params?.AvailabilityZone));
            const zones = Object.keys(r.ByZone ?? {});
            return lost.length > 0 && r.Responses?.['200'] === r.Requests && Object.keys(r.ByTarget ?? {}).length >= N && zones.every((z) => !lost.includes(z));
          },
          `While the zone was down, every request was answered 200 by at least ${N} servers outside it`,
        ),
      ],
      hints: ['sim:AdvanceTime: the load balancer marks the lost target unhealthy after two failed checks.', 'The Auto Scaling group replaces it in the other AZ on its next cycle; give it 90 seconds.'],
      why: 'The load balancer stops sending to the lost zone once its targets fail health checks; Auto Scaling replaces the capacity in the zones that remain. Spread over AZs, the service survives.',
      solution: [advance(90, 'Let health checks fail and Auto Scaling relaunch in us-east-1b.'), sendTraffic({}, 'Send 1,000 requests while us-east-1a is down.')],
    },
    {
      id: 'rebalance',
      title: 'Restore and rebalance',
      instruction: 'Restore us-east-1a and let the group rebalance its zones.',
      goals: [
        actionSeen('sim:RestoreAvailabilityZone', { label: 'You restored the zone' }),
        goal('No zone is down', ({ world }) => world.zoneFailures.size === 0),
        goal('The group spans two AZs again', ({ world }) => groupZones(world).size >= 2),
        goal(`At least ${N} healthy targets, in two AZs`, ({ world }) => healthyTargets(world).length >= N && healthyZones(world).size >= 2),
      ],
      hints: ['sim:RestoreAvailabilityZone with AvailabilityZone: "us-east-1a".', 'Advance a couple of minutes: rebalancing launches first, then terminates.'],
      why: 'After a recovery Auto Scaling launches in the emptier zone before it terminates in the fuller one, so capacity never dips while the group regains its spread.',
      solution: [{ type: 'sim:RestoreAvailabilityZone', params: { AvailabilityZone: 'us-east-1a' }, note: 'Bring us-east-1a back.' }, advance(120)],
    },
  ],
});

import { builtInLab } from '../authoring/built-in';
import { advance } from './common';
import { sendTraffic, webTierStart } from './scaling-blocks';

/** The drill's bar: healthy targets kept through the failure. */
const N = 2;

export const loseAnAz = builtInLab({
  id: 'lose-an-az',
  title: 'Lose an AZ and keep serving',
  sections: ['Horizontal Scaling'],
  summary: ['A graded drill: an Availability Zone fails under your web tier.', `Keep at least ${N} healthy targets and every request answered.`],
  minutes: 10,
  start: webTierStart({ min: 2, desired: 2 }),
  steps: [
    {
      id: 'fail',
      title: 'Lose us-east-1a',
      instruction: 'Fail the Availability Zone us-east-1a.',
      goals: [{ kind: 'action', type: 'sim:FailAvailabilityZone', label: 'You failed an Availability Zone' }],
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
        { kind: 'event', type: 'scaling-activity', label: 'Auto Scaling replaced the capacity lost with the zone',
          cause: 'status check failure' },
        { kind: 'check', check: 'lose-an-az/while-zone-down-every-request-answered', label: "While the zone was down, every request was answered 200 by at least 2 servers outside it" },
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
        { kind: 'action', type: 'sim:RestoreAvailabilityZone', label: 'You restored the zone' },
        { kind: 'check', check: 'lose-an-az/no-zone-down', label: "No zone is down" },
        { kind: 'check', check: 'lose-an-az/group-spans-two-azs-again', label: "The group spans two AZs again" },
        { kind: 'check', check: 'lose-an-az/least-2-healthy-targets-two-azs', label: "At least 2 healthy targets, in two AZs" },
      ],
      hints: ['sim:RestoreAvailabilityZone with AvailabilityZone: "us-east-1a".', 'Advance a couple of minutes: rebalancing launches first, then terminates.'],
      why: 'After a recovery Auto Scaling launches in the emptier zone before it terminates in the fuller one, so capacity never dips while the group regains its spread.',
      solution: [{ type: 'sim:RestoreAvailabilityZone', params: { AvailabilityZone: 'us-east-1a' }, note: 'Bring us-east-1a back.' }, advance(120)],
    },
  ],
});

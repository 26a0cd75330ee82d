import { builtInLab } from '../authoring/built-in';
import { advance } from './common';
import { sendTraffic, webTierStart } from './scaling-blocks';

const stickiness = (value: 'true' | 'false') => ({
  type: 'elasticloadbalancing:ModifyTargetGroupAttributes',
  params: { TargetGroupArn: { ref: 'tg' }, Attributes: [{ Key: 'stickiness.enabled', Value: value }] },
  note: `Turn stickiness ${value === 'true' ? 'on' : 'off'} for the target group.`,
});

export const sessions = builtInLab({
  id: 'sessions',
  title: 'Sessions are everything',
  sections: ['Horizontal Scaling'],
  summary: ['An app that keeps sessions in memory logs users out behind a load balancer.', 'Fix it with stickiness, then properly: sessions kept off-host.'],
  minutes: 12,
  start: webTierStart({ min: 1, desired: 2 }),
  steps: [
    {
      id: 'memory',
      title: 'Sessions in memory',
      instruction: 'Send 1,000 requests from 100 users to the load balancer. The app keeps each session in the memory of the server that created it.',
      goals: [
        { kind: 'check', check: 'sessions/sessions-lost-round-robin-memory-sessions', label: "You saw sessions lost with round-robin and in-memory sessions" },
      ],
      hints: ['sim:SendTraffic with Requests: 1000 and Users: 100.', 'Look at SessionsLost in the answer.'],
      why: 'Round robin sends a user’s next request to another server, which has never heard of the session: the user is logged out. A stateful server cannot simply be copied.',
      solution: [sendTraffic({ Users: 100 })],
    },
    {
      id: 'sticky',
      title: 'Stickiness',
      instruction: 'Turn on stickiness for the target group and send traffic again.',
      goals: [{ kind: 'check', check: 'sessions/stickiness-no-session-lost', label: "With stickiness no session was lost" }],
      hints: ['Stickiness is a target group attribute.', 'elasticloadbalancing:ModifyTargetGroupAttributes with Attributes: [{ Key: "stickiness.enabled", Value: "true" }], then sim:SendTraffic again.'],
      why: 'The load balancer’s cookie pins each user to one server, so the in-memory session is always there — as long as that server lives.',
      solution: [stickiness('true'), sendTraffic({ Users: 100 })],
    },
    {
      id: 'scale-in',
      title: 'Scale in',
      instruction: 'Lower the group’s desired capacity to 1 and send traffic again.',
      goals: [{ kind: 'check', check: 'sessions/scaling-lost-sessions-server-went-away', label: "Scaling in lost the sessions of the server that went away" }],
      hints: ['Scaling in is a change of desired capacity.', 'autoscaling:SetDesiredCapacity with DesiredCapacity: 1, then sim:SendTraffic with Users: 100.'],
      why: 'Stickiness hides the problem until a server leaves: scale-in, a failure, a deployment. Every session it held is gone.',
      solution: [{ type: 'autoscaling:SetDesiredCapacity', params: { AutoScalingGroupName: 'web', DesiredCapacity: 1 }, note: 'Scale in to one server.' }, sendTraffic({ Users: 100 })],
    },
    {
      id: 'off-host',
      title: 'Sessions off-host',
      instruction: 'Scale back out to 2, turn stickiness off, and send traffic from an app that keeps its sessions off-host (SessionStore: "off-host").',
      goals: [
        { kind: 'check', check: 'sessions/stickiness-off', label: "Stickiness is off" },
        { kind: 'check', check: 'sessions/off-host-sessions-nothing-lost-across', label: "Off-host sessions: nothing lost across two servers" },
      ],
      hints: ['SetDesiredCapacity 2, then ModifyTargetGroupAttributes stickiness.enabled false.', 'sim:SendTraffic with SessionStore: "off-host".'],
      why: 'With the session in a shared store (a database, a cache), servers are stateless: any of them can answer any request, and they can come and go freely. Sessions are everything.',
      solution: [
        { type: 'autoscaling:SetDesiredCapacity', params: { AutoScalingGroupName: 'web', DesiredCapacity: 2 }, note: 'Scale back out.' },
        stickiness('false'),
        advance(30),
        sendTraffic({ Users: 100, SessionStore: 'off-host' }),
      ],
    },
  ],
});

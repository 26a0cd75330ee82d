import type { Check } from './check';
import { goal, responseSeen } from '../goals';
import { groupZones } from '../catalogue/scaling-blocks';
import { admittingRule } from '../../engine/net/sg-rules';
import { CLIENT_IP } from '../../engine/net/reachability';

export const scaleOutAlbChecks = {
  "scale-out-alb/launch-template-ami-exists": (goal('A launch template with an AMI exists', ({ world }) => world.launchTemplates.values().some((t) => t.versions.some((v) => v.data.ImageId !== undefined)))).test,
  "scale-out-alb/alb-enabled-two-azs": (goal('An ALB is enabled in two AZs', ({ world }) => world.loadBalancers.values().some((lb) => new Set(lb.subnets.map((s) => s.az)).size >= 2))).test,
  "scale-out-alb/listener-forwards-target-group": (goal('A listener forwards to a target group', ({ world }) => world.listeners.size > 0)).test,
  "scale-out-alb/alb-admits-port-80-internet": (goal("The ALB's security group allows port 80 from the internet", ({ world }) => world.loadBalancers.values().some((lb) => admittingRule(world, lb.securityGroups, { protocol: 'tcp', port: 80, sourceIp: CLIENT_IP }) !== undefined))).test,
  "scale-out-alb/group-runs-least-2-instances": (goal('A group runs at least 2 instances', ({ world }) => world.autoScalingGroups.values().some((g) => g.instances.length >= 2))).test,
  "scale-out-alb/instances-are-spread-over-two-azs": (goal('Its instances are spread over two AZs', ({ world }) => groupZones(world).size >= 2)).test,
  "scale-out-alb/group-registers-instances-target-group": (goal('The group registers its instances with the target group', ({ world }) => world.targetGroups.values().some((tg) => tg.targets.length >= 2))).test,
  "scale-out-alb/every-request-answered-200-spread-over": (responseSeen('sim:SendTraffic', (r) => r.Responses?.['200'] === r.Requests && Object.keys(r.ByTarget ?? {}).length >= 2, 'Every request answered 200, spread over at least two servers')).test,
} satisfies Record<string, Check>;

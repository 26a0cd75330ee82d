import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { queryService } from '../elbv2/common';
import { mustFindGroup } from './common';
import { attachTargetGroups, detachTargetGroups, MAX_TARGET_GROUPS } from './attachments';

/**
 * AttachTrafficSources / DetachTrafficSources / DescribeTrafficSources: the newer API for what
 * Attach/DetachLoadBalancerTargetGroups do (S36), with the same effect — the group registers its members with an
 * attached target group and drains them from a detached one. The lab models `elbv2` traffic sources (target groups
 * of Application and Network Load Balancers); Classic Load Balancers and VPC Lattice are refused by name.
 */

const TYPES = ['elb', 'elbv2', 'vpc-lattice'];

function trafficSourceArns(p: Params): string[] {
  const list = p.optObjList('TrafficSources') ?? [];
  if (list.length === 0) refuse('elb.request.invalid', 'The request must contain the parameter TrafficSources', { scope: { kind: 'parameter', to: 'TrafficSources' } });
  if (list.length > MAX_TARGET_GROUPS) refuse('asg.target-group.invalid', `At most ${MAX_TARGET_GROUPS} traffic sources can be given per call.`, { scope: { kind: 'quota', to: 'TrafficSources' } });
  return list.map((source, i) => {
    const type = source.optStr('Type') ?? 'elbv2';
    if (type !== 'elbv2') {
      const known = TYPES.includes(type);
      refuse('asg.traffic-source.type', `${known ? `Traffic sources of type '${type}' are not modelled by the lab` : `'${type.slice(0, 40)}' is not a traffic source type`}; use Type elbv2 with a target group ARN.`, {
        scope: { kind: 'parameter', to: `TrafficSources.${i + 1}.Type` },
      });
    }
    return source.str('Identifier');
  });
}

function attachTrafficSources(tx: Tx, p: Params) {
  attachTargetGroups(tx, mustFindGroup(tx, p.str('AutoScalingGroupName')), trafficSourceArns(p));
  return {};
}

function detachTrafficSources(tx: Tx, p: Params) {
  detachTargetGroups(tx, mustFindGroup(tx, p.str('AutoScalingGroupName')), trafficSourceArns(p));
  return {};
}

/** `InService` once a member passed the target group's health check, `Added` while all are registered but none has. */
function describeTrafficSources(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const type = p.optStr('TrafficSourceType');
  if (type !== undefined && !TYPES.includes(type)) refuse('asg.traffic-source.type', `'${type.slice(0, 40)}' is not a traffic source type.`, { scope: { kind: 'parameter', to: 'TrafficSourceType' } });
  const members = new Set(g.instances.map((m) => m.instanceId));
  const sources = type !== undefined && type !== 'elbv2' ? [] : g.targetGroupArns;
  return {
    TrafficSources: sources.map((arn) => {
      const healthy = tx.get('targetGroups', arn)?.targets.some((t) => members.has(t.id) && t.state === 'healthy') ?? false;
      return { TrafficSource: arn, State: healthy ? 'InService' : 'Added', Identifier: arn, Type: 'elbv2' };
    }),
  };
}

export const TRAFFIC_SOURCE_ACTIONS = defineActions([
  {
    type: 'autoscaling:AttachTrafficSources',
    summary: 'Attach traffic sources (elbv2 target groups of the group’s VPC): its members are registered with them.',
    run: queryService(attachTrafficSources),
  },
  {
    type: 'autoscaling:DetachTrafficSources',
    summary: 'Detach traffic sources: the group’s members are deregistered (draining) from them.',
    run: queryService(detachTrafficSources),
  },
  {
    type: 'autoscaling:DescribeTrafficSources',
    summary: 'List a group’s traffic sources with their state (Added, InService).',
    run: queryService(describeTrafficSources),
    read: true,
  },
]);

import type { AutoScalingGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { queryService } from '../elbv2/common';
import { deregisterTarget, registerTarget } from '../elbv2/target-groups';
import { activeMembers, mustFindGroup } from './common';
import { groupVpc, memberGroup, readTargetGroups } from './groups';

/**
 * Attaching target groups to a running group (S36) and reporting an instance's health by hand (S28): the group
 * registers its members with a target group it is given, deregisters them (draining) from one it leaves, and
 * replaces a member marked Unhealthy on its next cycle.
 */

export const MAX_TARGET_GROUPS = 10;

function targetGroupArns(p: Params): string[] {
  const arns = p.strList('TargetGroupARNs');
  if (arns.length > MAX_TARGET_GROUPS) refuse('asg.target-group.invalid', `At most ${MAX_TARGET_GROUPS} target groups can be given per call.`, { scope: { kind: 'quota', to: 'TargetGroupARNs' } });
  return arns;
}

/** Attach target groups of the group's VPC and register its members with the new ones (S36). */
export function attachTargetGroups(tx: Tx, g: AutoScalingGroup, requested: string[]): void {
  const arns = readTargetGroups(tx, requested, groupVpc(tx, g));
  const added = arns.filter((arn, i) => !g.targetGroupArns.includes(arn) && arns.indexOf(arn) === i);
  tx.update('autoScalingGroups', g.id, { targetGroupArns: [...g.targetGroupArns, ...added] });
  for (const arn of added) for (const m of activeMembers(g)) registerTarget(tx, arn, m.instanceId);
}

/** Detach target groups; the group's members drain from them (S36, S13). */
export function detachTargetGroups(tx: Tx, g: AutoScalingGroup, arns: string[]): void {
  const leaving = g.targetGroupArns.filter((arn) => arns.includes(arn));
  tx.update('autoScalingGroups', g.id, { targetGroupArns: g.targetGroupArns.filter((arn) => !arns.includes(arn)) });
  for (const arn of leaving) for (const m of g.instances) deregisterTarget(tx, arn, m.instanceId);
}

function attachLoadBalancerTargetGroups(tx: Tx, p: Params) {
  attachTargetGroups(tx, mustFindGroup(tx, p.str('AutoScalingGroupName')), targetGroupArns(p));
  return {};
}

function detachLoadBalancerTargetGroups(tx: Tx, p: Params) {
  detachTargetGroups(tx, mustFindGroup(tx, p.str('AutoScalingGroupName')), targetGroupArns(p));
  return {};
}

function setInstanceHealth(tx: Tx, p: Params) {
  const instanceId = p.str('InstanceId');
  const status = p.enum('HealthStatus', ['Healthy', 'Unhealthy'] as const);
  const respectGrace = p.optBool('ShouldRespectGracePeriod') ?? true;
  const g = memberGroup(tx, instanceId);
  const m = g.instances.find((x) => x.instanceId === instanceId);
  if (!m) return {};
  // within the grace period, a caller that respects it changes nothing (S28)
  if (respectGrace && tx.now - m.launchedAt < g.healthCheckGracePeriod) return {};
  tx.update('autoScalingGroups', g.id, { instances: g.instances.map((x) => (x.instanceId === instanceId ? { ...x, healthStatus: status } : x)) });
  tx.event({ type: 'notice', message: `${g.name}: ${instanceId} was set ${status} by a user health check.`, resourceId: g.id });
  return {};
}

export const ATTACHMENT_ACTIONS = defineActions([
  {
    type: 'autoscaling:AttachLoadBalancerTargetGroups',
    summary: 'Attach target groups of the group’s VPC: its members are registered with them.',
    run: queryService(attachLoadBalancerTargetGroups),
  },
  {
    type: 'autoscaling:DetachLoadBalancerTargetGroups',
    summary: 'Detach target groups: its members are deregistered (draining) from them.',
    run: queryService(detachLoadBalancerTargetGroups),
  },
  { type: 'autoscaling:SetInstanceHealth', summary: 'Mark a member Healthy or Unhealthy; an Unhealthy one is replaced on the next cycle.', run: queryService(setInstanceHealth) },
]);

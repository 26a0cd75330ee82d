import type { AutoScalingGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { queryService } from '../elbv2/common';
import { activeMembers, at, findGroupByName, groupArn, mustFindGroup, readHealthCheckType, zonesOf } from './common';
import { reachDesired, removeMember } from './capacity';
import { readTags } from '../elbv2/load-balancers';
import { checkTemplateVpc, readLaunchTemplate, refuseUnsupportedSources } from './launch-source';

/** VPCZoneIdentifier: the SDK's comma-separated string (a list of ids is accepted too, for labs and forms). */
function zoneIdentifier(p: Params): string | undefined {
  return Array.isArray(p.raw.VPCZoneIdentifier) ? p.optStrList('VPCZoneIdentifier')?.join(',') : p.optStr('VPCZoneIdentifier');
}

function readSubnets(tx: Tx, text: string | undefined): { ids: string[]; vpcId: string } {
  const ids = (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) refuse('asg.subnets.invalid', 'At least one Availability Zone or VPC Subnet is required.', { scope: { kind: 'parameter', to: 'VPCZoneIdentifier' } });
  if (ids.length > 32) refuse('asg.subnets.invalid', 'At most 32 subnets can be given.', { scope: { kind: 'parameter', to: 'VPCZoneIdentifier' } });
  let vpcId = '';
  for (const id of ids) {
    const subnet = tx.find('subnets', id);
    if (!subnet) refuse('asg.subnets.invalid', `The subnet ID '${id.slice(0, 40)}' does not exist`, { resources: [id.slice(0, 40)] });
    if (vpcId && subnet.vpcId !== vpcId) {
      refuse('asg.subnets.invalid', `The subnets ${ids[0]} and ${id} are in different VPCs.`, { resources: [ids[0] ?? '', id], scope: { kind: 'vpc', from: vpcId, to: subnet.vpcId } });
    }
    vpcId = subnet.vpcId;
  }
  return { ids, vpcId };
}

export function readTargetGroups(tx: Tx, arns: string[], vpcId: string): string[] {
  for (const arn of arns) {
    const tg = tx.find('targetGroups', arn);
    if (!tg) refuse('asg.target-group.invalid', `The target group '${arn.slice(0, 200)}' does not exist.`, { resources: [arn.slice(0, 200)] });
    if (tg.vpcId !== vpcId) {
      refuse('asg.target-group.invalid', `Target group ${tg.name} is in ${tg.vpcId}, not in the group's VPC ${vpcId}.`, { resources: [arn], scope: { kind: 'vpc', from: tg.vpcId, to: vpcId } });
    }
  }
  return [...arns];
}

export function groupVpc(tx: Tx, g: AutoScalingGroup): string {
  const first = g.subnetIds[0];
  return (first ? tx.get('subnets', first)?.vpcId : undefined) ?? '';
}

function checkSizes(min: number, max: number, desired: number): void {
  if (max < min) refuse('asg.size.range', `Max bound, ${max}, must be greater than or equal to min bound, ${min}`, { scope: { kind: 'parameter', to: 'MaxSize' } });
  if (desired < min || desired > max) {
    refuse('asg.size.range', `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`, { scope: { kind: 'parameter', to: 'DesiredCapacity' } });
  }
}

function createAutoScalingGroup(tx: Tx, p: Params) {
  const name = p.str('AutoScalingGroupName');
  if (name.length > 255) refuse('elb.request.invalid', 'AutoScalingGroupName has at most 255 characters.');
  const launchTemplate = readLaunchTemplate(tx, p);
  const minSize = p.int('MinSize', 0, 1000);
  const maxSize = p.int('MaxSize', 0, 1000);
  const desired = p.optInt('DesiredCapacity', 0, 1000) ?? minSize;
  checkSizes(minSize, maxSize, desired);
  const { ids, vpcId } = readSubnets(tx, zoneIdentifier(p));
  checkTemplateVpc(tx, launchTemplate, vpcId);
  const targetGroupArns = readTargetGroups(tx, p.optStrList('TargetGroupARNs') ?? [], vpcId);
  if (findGroupByName(tx, name)) {
    refuse('asg.name.duplicate', `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`);
  }
  const arn = groupArn(tx, name);
  const g: AutoScalingGroup = {
    ownerId: tx.account,
    region: tx.region,
    tags: readTags(p),
    id: arn,
    name,
    launchTemplate,
    subnetIds: ids,
    minSize,
    maxSize,
    desiredCapacity: desired,
    healthCheckType: readHealthCheckType(p) ?? 'EC2',
    healthCheckGracePeriod: p.optInt('HealthCheckGracePeriod', 0, 7200) ?? 0,
    defaultCooldown: p.optInt('DefaultCooldown', 0, 86400) ?? 300,
    targetGroupArns,
    newInstancesProtectedFromScaleIn: p.optBool('NewInstancesProtectedFromScaleIn') ?? false,
    instances: [],
    activities: [],
    createdAt: tx.now,
    cpuLoad: 0,
  };
  tx.put('autoScalingGroups', arn, g);
  tx.event({ type: 'created', message: `Auto Scaling group ${name} created (min ${minSize}, desired ${desired}, max ${maxSize}) across ${zonesOf(tx, g).join(', ')}.`, resourceId: arn });
  reachDesired(tx, arn, `${at(tx)} a user request created an AutoScalingGroup changing the desired capacity from 0 to ${desired}.  `);
  return {};
}

function updateAutoScalingGroup(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  refuseUnsupportedSources(p);
  const minSize = p.optInt('MinSize', 0, 1000) ?? g.minSize;
  const maxSize = p.optInt('MaxSize', 0, 1000) ?? g.maxSize;
  let desired = p.optInt('DesiredCapacity', 0, 1000);
  if (desired === undefined) desired = Math.max(minSize, Math.min(maxSize, g.desiredCapacity));
  checkSizes(minSize, maxSize, desired);
  const subnets = p.has('VPCZoneIdentifier') ? readSubnets(tx, zoneIdentifier(p)) : undefined;
  const launchTemplate = p.has('LaunchTemplate') ? readLaunchTemplate(tx, p) : g.launchTemplate;
  if (subnets || p.has('LaunchTemplate')) checkTemplateVpc(tx, launchTemplate, subnets?.vpcId ?? groupVpc(tx, g));
  tx.update('autoScalingGroups', g.id, {
    minSize,
    maxSize,
    desiredCapacity: desired,
    launchTemplate,
    ...(subnets ? { subnetIds: subnets.ids } : {}),
    healthCheckType: readHealthCheckType(p) ?? g.healthCheckType,
    healthCheckGracePeriod: p.optInt('HealthCheckGracePeriod', 0, 7200) ?? g.healthCheckGracePeriod,
    defaultCooldown: p.optInt('DefaultCooldown', 0, 86400) ?? g.defaultCooldown,
    newInstancesProtectedFromScaleIn: p.optBool('NewInstancesProtectedFromScaleIn') ?? g.newInstancesProtectedFromScaleIn,
  });
  const prefix =
    desired !== g.desiredCapacity
      ? `${at(tx)} a user request update of AutoScalingGroup constraints to min: ${minSize}, max: ${maxSize}, desired: ${desired} changing the desired capacity from ${g.desiredCapacity} to ${desired}.  `
      : '';
  reachDesired(tx, g.id, prefix);
  return {};
}

function setDesiredCapacity(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const desired = p.int('DesiredCapacity', 0, 1000);
  if (desired > g.maxSize) refuse('asg.desired.range', `New SetDesiredCapacity value ${desired} is above max value ${g.maxSize} for the AutoScalingGroup.`, { resources: [g.name] });
  if (desired < g.minSize) refuse('asg.desired.range', `New SetDesiredCapacity value ${desired} is below min value ${g.minSize} for the AutoScalingGroup.`, { resources: [g.name] });
  tx.update('autoScalingGroups', g.id, { desiredCapacity: desired });
  reachDesired(tx, g.id, `${at(tx)} a user request explicitly set group desired capacity changing the desired capacity from ${g.desiredCapacity} to ${desired}.  `);
  return {};
}

export function memberGroup(tx: Tx, instanceId: string): AutoScalingGroup {
  const g = tx.visible('autoScalingGroups').find((x) => x.instances.some((m) => m.instanceId === instanceId));
  if (!g) refuse('asg.instance.not-member', `Instance Id not found - No managed instance found for instance ID: ${instanceId.slice(0, 40)}`, { resources: [instanceId.slice(0, 40)] });
  return g;
}

function terminateInstanceInAutoScalingGroup(tx: Tx, p: Params) {
  const instanceId = p.str('InstanceId');
  const decrement = p.optBool('ShouldDecrementDesiredCapacity');
  if (decrement === undefined) refuse('request.missing-parameter', 'The request must contain the parameter ShouldDecrementDesiredCapacity.', { code: 'ValidationError' });
  const g = memberGroup(tx, instanceId);
  if (decrement && g.desiredCapacity <= g.minSize) {
    refuse('asg.terminate.min-size', `Currently, desiredSize equals minSize (${g.minSize}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.`, { resources: [instanceId, g.name] });
  }
  const count = activeMembers(g).length;
  const cause = decrement
    ? `${at(tx)} instance ${instanceId} was taken out of service in response to a user request, shrinking the capacity from ${count} to ${count - 1}.`
    : `${at(tx)} instance ${instanceId} was taken out of service in response to a user request.`;
  if (decrement) tx.update('autoScalingGroups', g.id, { desiredCapacity: g.desiredCapacity - 1 });
  removeMember(tx, g.id, instanceId, cause);
  const after = tx.get('autoScalingGroups', g.id);
  const activity = after?.activities[0];
  return { Activity: activity ? { ActivityId: activity.activityId, AutoScalingGroupName: g.name, Description: activity.description, Cause: activity.cause, StatusCode: 'InProgress', Progress: 0 } : {} };
}

function setInstanceProtection(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const ids = p.strList('InstanceIds');
  if (ids.length > 50) refuse('asg.protection.limit', 'At most 50 instance ids can be given per call.');
  const protect = p.optBool('ProtectedFromScaleIn');
  if (protect === undefined) refuse('request.missing-parameter', 'The request must contain the parameter ProtectedFromScaleIn.', { code: 'ValidationError' });
  for (const id of ids) {
    if (!g.instances.some((m) => m.instanceId === id)) refuse('asg.instance.not-member', `The instance ${id.slice(0, 40)} is not part of Auto Scaling group ${g.name}.`, { resources: [id.slice(0, 40), g.name] });
  }
  tx.update('autoScalingGroups', g.id, { instances: g.instances.map((m) => (ids.includes(m.instanceId) ? { ...m, protectedFromScaleIn: protect } : m)) });
  return {};
}

function deleteAutoScalingGroup(tx: Tx, p: Params) {
  const g = mustFindGroup(tx, p.str('AutoScalingGroupName'));
  const force = p.optBool('ForceDelete') ?? false;
  if (g.instances.length > 0 && !force) {
    refuse('asg.delete.in-use', 'You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.', { resources: [g.name] });
  }
  for (const m of g.instances) removeMember(tx, g.id, m.instanceId, `${at(tx)} the group was deleted with ForceDelete.`, true);
  for (const policy of tx.all('scalingPolicies')) if (policy.groupName === g.name && policy.region === g.region) tx.remove('scalingPolicies', policy.id);
  tx.remove('autoScalingGroups', g.id);
  tx.event({ type: 'deleted', message: `Auto Scaling group ${g.name} was deleted${g.instances.length ? ` with its ${g.instances.length} instance(s)` : ''}.`, resourceId: g.id });
  return {};
}

export const GROUP_ACTIONS = defineActions([
  {
    type: 'autoscaling:CreateAutoScalingGroup',
    summary: 'Create a group that keeps Min ≤ desired ≤ Max instances from a launch template across subnets’ AZs.',
    run: queryService(createAutoScalingGroup),
  },
  { type: 'autoscaling:UpdateAutoScalingGroup', summary: 'Change sizes, subnets, template or health checks of a group.', run: queryService(updateAutoScalingGroup) },
  { type: 'autoscaling:SetDesiredCapacity', summary: 'Scale a group by hand within its limits.', run: queryService(setDesiredCapacity) },
  {
    type: 'autoscaling:TerminateInstanceInAutoScalingGroup',
    summary: 'Terminate a member, replacing it or shrinking desired capacity.',
    run: queryService(terminateInstanceInAutoScalingGroup),
  },
  { type: 'autoscaling:SetInstanceProtection', summary: 'Protect members from scale-in (only from scale-in).', run: queryService(setInstanceProtection) },
  { type: 'autoscaling:DeleteAutoScalingGroup', summary: 'Delete an empty group, or any group with ForceDelete.', run: queryService(deleteAutoScalingGroup) },
]);

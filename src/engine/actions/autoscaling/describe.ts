import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { queryService } from '../elbv2/common';
import { sdkMember, toSdkActivity, toSdkGroup } from '../../shapes/autoscaling';
import { mustFindGroup, zonesOf } from './common';

function describeAutoScalingGroups(tx: Tx, p: Params) {
  const names = p.optStrList('AutoScalingGroupNames');
  const all = tx.visible('autoScalingGroups');
  const list = names ? all.filter((g) => names.includes(g.name)) : all;
  return { AutoScalingGroups: list.map((g) => toSdkGroup(tx, g, zonesOf(tx, g))) };
}

function describeAutoScalingInstances(tx: Tx, p: Params) {
  const ids = p.optStrList('InstanceIds');
  const out = tx.visible('autoScalingGroups').flatMap((g) =>
    g.instances
      .filter((m) => !ids || ids.includes(m.instanceId))
      .map((m) => ({ ...sdkMember(tx, g, m), AutoScalingGroupName: g.name, HealthStatus: m.healthStatus.toUpperCase() })),
  );
  return { AutoScalingInstances: out };
}

function describeScalingActivities(tx: Tx, p: Params) {
  const name = p.optStr('AutoScalingGroupName');
  const ids = p.optStrList('ActivityIds');
  const max = p.optInt('MaxRecords', 1, 100) ?? 100;
  const groups = name ? [mustFindGroup(tx, name)] : tx.visible('autoScalingGroups');
  const all = groups.flatMap((g) => g.activities.map((a) => toSdkActivity(g, a)));
  const list = ids ? all.filter((a) => ids.includes(a.ActivityId)) : all;
  return { Activities: list.slice(0, max) };
}

export const GROUP_DESCRIBE_ACTIONS = defineActions([
  { type: 'autoscaling:DescribeAutoScalingGroups', summary: 'List groups with their sizes and instances (AZ, lifecycle, health).', run: queryService(describeAutoScalingGroups), read: true },
  { type: 'autoscaling:DescribeAutoScalingInstances', summary: 'List the instances Auto Scaling manages.', run: queryService(describeAutoScalingInstances), read: true },
  { type: 'autoscaling:DescribeScalingActivities', summary: 'What the group did and why, newest first, in AWS’s words.', run: queryService(describeScalingActivities), read: true },
]);

import type { AutoScalingGroup, GroupInstance, ScalingActivity } from '../model/scaling';
import type { Tx } from '../tx';
import { isoAt } from '../time';

/** SDK shapes of Auto Scaling: groups, their members and their activities. */

function sdkTemplate(g: AutoScalingGroup) {
  return { LaunchTemplateId: g.launchTemplate.id, LaunchTemplateName: g.launchTemplate.name, Version: g.launchTemplate.version };
}

/** The SDK `Instance` of a group member (DescribeAutoScalingGroups, DescribeAutoScalingInstances). */
export function sdkMember(tx: Tx, g: AutoScalingGroup, m: GroupInstance) {
  return {
    InstanceId: m.instanceId,
    InstanceType: tx.get('instances', m.instanceId)?.instanceType ?? '',
    AvailabilityZone: m.az,
    LifecycleState: m.lifecycleState,
    HealthStatus: m.healthStatus,
    LaunchTemplate: { ...sdkTemplate(g), Version: m.launchTemplateVersion },
    ProtectedFromScaleIn: m.protectedFromScaleIn,
  };
}

/** The SDK `AutoScalingGroup`; `zones` are the Availability Zones of its subnets (zonesOf). */
export function toSdkGroup(tx: Tx, g: AutoScalingGroup, zones: string[]) {
  return {
    AutoScalingGroupName: g.name,
    AutoScalingGroupARN: g.id,
    LaunchTemplate: sdkTemplate(g),
    MinSize: g.minSize,
    MaxSize: g.maxSize,
    DesiredCapacity: g.desiredCapacity,
    DefaultCooldown: g.defaultCooldown,
    AvailabilityZones: zones,
    LoadBalancerNames: [],
    TargetGroupARNs: [...g.targetGroupArns],
    HealthCheckType: g.healthCheckType,
    HealthCheckGracePeriod: g.healthCheckGracePeriod,
    Instances: g.instances.map((m) => sdkMember(tx, g, m)),
    CreatedTime: isoAt(g.createdAt),
    SuspendedProcesses: [],
    VPCZoneIdentifier: g.subnetIds.join(','),
    EnabledMetrics: [],
    Tags: g.tags.map((t) => ({ ResourceId: g.name, ResourceType: 'auto-scaling-group', Key: t.Key, Value: t.Value, PropagateAtLaunch: false })),
    TerminationPolicies: ['Default'],
    NewInstancesProtectedFromScaleIn: g.newInstancesProtectedFromScaleIn,
    ServiceLinkedRoleARN: `arn:aws:iam::${g.ownerId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
  };
}

/** The SDK `Activity` of a scaling activity (DescribeScalingActivities). */
export function toSdkActivity(g: AutoScalingGroup, a: ScalingActivity) {
  return {
    ActivityId: a.activityId,
    AutoScalingGroupName: g.name,
    AutoScalingGroupARN: g.id,
    Description: a.description,
    Cause: a.cause,
    StartTime: isoAt(a.startTime),
    EndTime: isoAt(a.endTime),
    StatusCode: a.statusCode,
    ...(a.statusMessage ? { StatusMessage: a.statusMessage } : {}),
    Progress: 100,
    Details: '{}',
  };
}

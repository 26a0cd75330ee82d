import type { AutoScalingGroup, GroupInstance, ScalingActivity } from '../../model/scaling';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { awsTime } from '../../time';

/** Most activities kept per group (DescribeScalingActivities lists newest first). */
const MAX_ACTIVITIES = 100;

export function groupArn(tx: Tx, name: string): string {
  const h = tx.hex(32);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return `arn:aws:autoscaling:${tx.region}:${tx.account}:autoScalingGroup:${uuid}:autoScalingGroupName/${name}`;
}

export function findGroupByName(tx: Tx, name: string): AutoScalingGroup | undefined {
  return tx.visible('autoScalingGroups').find((g) => g.name === name);
}

export function mustFindGroup(tx: Tx, name: string): AutoScalingGroup {
  const g = findGroupByName(tx, name);
  if (!g) refuse('asg.not-found', `AutoScalingGroup name not found - AutoScalingGroup '${name.slice(0, 255)}' not found`, { resources: [name.slice(0, 255)] });
  return g;
}

/** Members that count towards capacity (not on their way out). */
export function activeMembers(g: AutoScalingGroup): GroupInstance[] {
  return g.instances.filter((m) => m.lifecycleState !== 'Terminating');
}

export function at(tx: Tx): string {
  return `At ${awsTime(tx.now)}`;
}

/** Record an activity on the group (newest first) and narrate it. */
export function recordActivity(
  tx: Tx,
  arn: string,
  activity: Omit<ScalingActivity, 'activityId' | 'startTime' | 'endTime'>,
): void {
  const g = tx.get('autoScalingGroups', arn);
  if (!g) return;
  const h = tx.hex(32);
  const full: ScalingActivity = {
    activityId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    startTime: tx.now,
    endTime: tx.now,
    ...activity,
  };
  // newest first, at most MAX_ACTIVITIES: one new list (groups retrying every 30 s record thousands of these)
  const activities = new Array<ScalingActivity>(Math.min(g.activities.length + 1, MAX_ACTIVITIES));
  activities[0] = full;
  for (let i = 1; i < activities.length; i++) activities[i] = g.activities[i - 1] as ScalingActivity;
  tx.put('autoScalingGroups', arn, { ...g, activities });
  tx.event({
    type: 'scaling-activity',
    message: `${g.name}: ${activity.description}${activity.statusCode === 'Failed' ? '' : '.'}`,
    resourceId: arn,
    data: { cause: activity.cause, status: activity.statusCode },
  });
}

export function zonesOf(tx: Tx, g: AutoScalingGroup): string[] {
  const zones: string[] = [];
  for (const id of g.subnetIds) {
    const az = tx.get('subnets', id)?.az;
    if (az && !zones.includes(az)) zones.push(az);
  }
  return zones;
}

const HEALTH_CHECK_TYPES = ['EC2', 'ELB', 'VPC_LATTICE', 'EBS'];

/** HealthCheckType: a comma-separated list of EC2, ELB, VPC_LATTICE and EBS (S28), stored without spaces or repeats. */
export function readHealthCheckType(p: Params): string | undefined {
  const text = p.optStr('HealthCheckType');
  if (text === undefined) return undefined;
  const types = text.split(',').map((t) => t.trim());
  if (types.some((t) => !HEALTH_CHECK_TYPES.includes(t))) {
    invalid('HealthCheckType', text.slice(0, 80), `Valid values: a comma-separated list of ${HEALTH_CHECK_TYPES.join(', ')}.`);
  }
  return [...new Set(types)].join(',');
}

/** Whether the group's health check types list `type` (EC2 checks are always on). */
export function usesHealthCheck(g: AutoScalingGroup, type: string): boolean {
  return type === 'EC2' || g.healthCheckType.split(',').includes(type);
}

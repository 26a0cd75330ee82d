/**
 * zod shapes of the horizontal-scaling collections (load balancers, target groups, listeners, launch templates,
 * Auto Scaling groups, scaling policies, failed zones). Same conventions as schema.ts: loose objects, one schema
 * per field.
 */
import { z } from 'zod/mini';
import { bool, num, opt, owned, str, strs } from './schema-parts';

const stringMap = z.record(str, str);

export const loadBalancerShape = {
  ...owned,
  id: str,
  name: str,
  type: z.enum(['application', 'network']),
  scheme: z.enum(['internet-facing', 'internal']),
  vpcId: str,
  subnets: z.array(z.looseObject({ subnetId: str, az: str })),
  securityGroups: strs,
  dnsName: str,
  createdAt: num,
  activeAt: num,
  attributes: stringMap,
  sessions: z.record(str, num),
};

const target = z.looseObject({
  id: str,
  port: num,
  az: str,
  registeredAt: num,
  state: z.enum(['initial', 'healthy', 'unhealthy', 'draining']),
  reason: opt(str),
  streak: num,
  checkedAt: opt(num),
  drainUntil: opt(num),
});

export const targetGroupShape = {
  ...owned,
  id: str,
  name: str,
  protocol: str,
  port: num,
  vpcId: str,
  targetType: z.enum(['instance', 'ip']),
  healthCheck: z.looseObject({
    protocol: str,
    port: str,
    path: str,
    intervalSeconds: num,
    timeoutSeconds: num,
    healthyThreshold: num,
    unhealthyThreshold: num,
    matcher: str,
  }),
  attributes: stringMap,
  targets: z.array(target),
  createdAt: num,
};

const listenerRule = z.looseObject({
  id: str,
  priority: num,
  conditions: z.array(z.looseObject({ field: z.enum(['path-pattern', 'host-header']), values: z.array(str) })),
  targetGroupArn: str,
  createdAt: num,
});

export const listenerShape = { ...owned, id: str, loadBalancerArn: str, port: num, protocol: str, targetGroupArn: str, createdAt: num, rules: opt(z.array(listenerRule)) };

export const launchTemplateShape = {
  ...owned,
  id: str,
  name: str,
  defaultVersion: num,
  latestVersion: num,
  versions: z.array(
    z.looseObject({ versionNumber: num, description: opt(str), data: z.record(str, z.unknown()), createTime: num }),
  ),
  createTime: num,
};

const groupInstance = z.looseObject({
  instanceId: str,
  az: str,
  lifecycleState: z.enum(['Pending', 'InService', 'Terminating']),
  healthStatus: z.enum(['Healthy', 'Unhealthy']),
  protectedFromScaleIn: bool,
  launchTemplateVersion: str,
  launchedAt: num,
  terminateAt: opt(num),
});

const activity = z.looseObject({
  activityId: str,
  description: str,
  cause: str,
  statusCode: z.enum(['Successful', 'Failed', 'InProgress', 'WaitingForELBConnectionDraining']),
  statusMessage: opt(str),
  startTime: num,
  endTime: num,
});

export const autoScalingGroupShape = {
  ...owned,
  id: str,
  name: str,
  launchTemplate: z.looseObject({ id: str, name: str, version: str }),
  subnetIds: strs,
  minSize: num,
  maxSize: num,
  desiredCapacity: num,
  healthCheckType: z.string().check(z.regex(/^(EC2|ELB|VPC_LATTICE|EBS)(,(EC2|ELB|VPC_LATTICE|EBS))*$/)),
  healthCheckGracePeriod: num,
  defaultCooldown: num,
  targetGroupArns: strs,
  newInstancesProtectedFromScaleIn: bool,
  instances: z.array(groupInstance),
  activities: z.array(activity),
  createdAt: num,
  cpuLoad: num,
  metricLoads: opt(z.record(str, num)),
  lastCycle: opt(num),
};

export const scalingPolicyShape = {
  ...owned,
  id: str,
  name: str,
  groupName: str,
  metric: str,
  targetValue: num,
  resourceLabel: opt(str),
  disableScaleIn: bool,
  alarmHigh: str,
  alarmLow: str,
  highMinutes: num,
  lowMinutes: num,
};

export const zoneFailureShape = { ...owned, id: str, since: num, impaired: strs };

/** Defaults for fields a saved resource may lack (see restore.ts). */
export const SCALING_DEFAULTS = {
  loadBalancers: { securityGroups: [], attributes: {}, sessions: {} },
  targetGroups: { attributes: {}, targets: [] },
  listeners: {},
  launchTemplates: { versions: [] },
  autoScalingGroups: {
    targetGroupArns: [],
    newInstancesProtectedFromScaleIn: false,
    instances: [],
    activities: [],
    cpuLoad: 0,
    healthCheckType: 'EC2',
    healthCheckGracePeriod: 0,
    defaultCooldown: 300,
  },
  scalingPolicies: { disableScaleIn: false, highMinutes: 0, lowMinutes: 0 },
  zoneFailures: { impaired: [] },
};

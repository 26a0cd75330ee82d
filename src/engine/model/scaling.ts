import type { Owned } from './common';

/**
 * Horizontal scaling: Elastic Load Balancing v2, EC2 launch templates, EC2 Auto Scaling and simulated zone
 * failures. Load balancers, target groups, listeners, groups and policies are keyed by their ARN (`id`).
 */

export interface LoadBalancerSubnet {
  subnetId: string;
  az: string;
}

export interface LoadBalancer extends Owned {
  /** The load balancer's ARN. */
  id: string;
  name: string;
  type: 'application' | 'network';
  scheme: 'internet-facing' | 'internal';
  vpcId: string;
  subnets: LoadBalancerSubnet[];
  securityGroups: string[];
  dnsName: string;
  createdAt: number;
  /** Logical time `provisioning` becomes `active`. */
  activeAt: number;
  /** ModifyLoadBalancerAttributes keys → values (strings, as the API returns them). */
  attributes: Record<string, string>;
  /** Users whose in-memory session lives on each target (`i-…` or IP), as the last traffic run left them. */
  sessions: Record<string, number>;
}

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

export interface RegisteredTarget {
  /** Instance id or IP address. */
  id: string;
  port: number;
  /** Availability Zone of the target (the instance's, or the subnet holding the IP). */
  az: string;
  registeredAt: number;
  state: TargetState;
  reason?: string;
  /** Consecutive health-check results that disagree with `state`. */
  streak: number;
  /** Logical time of the last health check that ran for this target. */
  checkedAt?: number;
  /** While draining: when the target disappears. */
  drainUntil?: number;
}

export interface HealthCheckSettings {
  protocol: string;
  port: string;
  path: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
}

export interface TargetGroup extends Owned {
  /** The target group's ARN. */
  id: string;
  name: string;
  protocol: string;
  port: number;
  vpcId: string;
  targetType: 'instance' | 'ip';
  healthCheck: HealthCheckSettings;
  attributes: Record<string, string>;
  targets: RegisteredTarget[];
  createdAt: number;
}

/** A condition of a listener rule: every value is a pattern (`*` any run of characters, `?` one character). */
export interface RuleCondition {
  field: 'path-pattern' | 'host-header';
  values: string[];
}

/** A listener rule other than the default one (CreateRule): conditions, a priority and a forward action. */
export interface ListenerRule {
  /** The rule's ARN (`…:listener-rule/app/<lb>/<lb-id>/<listener-id>/<rule-id>`). */
  id: string;
  /** 1–50000, unique per listener; lower is evaluated first. */
  priority: number;
  conditions: RuleCondition[];
  targetGroupArn: string;
  /** When its forward action last changed: health checks of a target group it alone uses start after it. */
  createdAt: number;
}

export interface Listener extends Owned {
  /** The listener's ARN. */
  id: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  /** The target group of the default action (the default rule). */
  targetGroupArn: string;
  /** When the default action last changed (created or ModifyListener): health checks of its target group start after it. */
  createdAt: number;
  /** Its non-default rules, in no particular order (absent: none). Deleted with the listener. */
  rules?: ListenerRule[];
}

export interface LaunchTemplateVersion {
  versionNumber: number;
  description?: string;
  /** The RequestLaunchTemplateData members, as given (SDK input shape). */
  data: Record<string, unknown>;
  createTime: number;
}

export interface LaunchTemplate extends Owned {
  /** lt-… */
  id: string;
  name: string;
  defaultVersion: number;
  latestVersion: number;
  versions: LaunchTemplateVersion[];
  createTime: number;
}

export interface GroupInstance {
  instanceId: string;
  az: string;
  lifecycleState: 'Pending' | 'InService' | 'Terminating';
  healthStatus: 'Healthy' | 'Unhealthy';
  protectedFromScaleIn: boolean;
  launchTemplateVersion: string;
  launchedAt: number;
  /** While Terminating: when its targets finish draining and the instance is terminated (S36). */
  terminateAt?: number;
}

export interface ScalingActivity {
  activityId: string;
  description: string;
  cause: string;
  statusCode: 'Successful' | 'Failed' | 'InProgress' | 'WaitingForELBConnectionDraining';
  statusMessage?: string;
  startTime: number;
  endTime: number;
}

export interface AutoScalingGroup extends Owned {
  /** The group's ARN. */
  id: string;
  name: string;
  launchTemplate: { id: string; name: string; version: string };
  subnetIds: string[];
  minSize: number;
  maxSize: number;
  desiredCapacity: number;
  /** Comma-separated health check types (`EC2`, `ELB`, `VPC_LATTICE`, `EBS`), as AWS stores it (S28). */
  healthCheckType: string;
  healthCheckGracePeriod: number;
  defaultCooldown: number;
  targetGroupArns: string[];
  newInstancesProtectedFromScaleIn: boolean;
  instances: GroupInstance[];
  /** Newest first, at most 100. */
  activities: ScalingActivity[];
  createdAt: number;
  /** Simulated CPU demand, in percent of one instance (sim:SetCpuLoad): average CPU = load / instances in service. */
  cpuLoad: number;
  /** Total load per other predefined metric (network bytes, requests per minute), set by sim:SetMetricLoad (S37). */
  metricLoads?: Record<string, number>;
  /** Logical time of the last Auto Scaling cycle that ran. */
  lastCycle?: number;
}

export interface ScalingPolicy extends Owned {
  /** The policy's ARN. */
  id: string;
  name: string;
  groupName: string;
  metric: string;
  targetValue: number;
  /** ALBRequestCountPerTarget: app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>. */
  resourceLabel?: string;
  disableScaleIn: boolean;
  alarmHigh: string;
  alarmLow: string;
  /** Minutes the metric has been above / below the target (evaluated every minute). */
  highMinutes: number;
  lowMinutes: number;
}

/** An Availability Zone failed with sim:FailAvailabilityZone; keyed by the zone name. */
export interface ZoneFailure extends Owned {
  id: string;
  since: number;
  /** Instances whose system status check the failure impaired (healed on recovery). */
  impaired: string[];
}

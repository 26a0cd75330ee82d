import type { Listener, ListenerRule, LoadBalancer, RuleCondition, TargetGroup } from '../model/scaling';
import { isoAt } from '../time';

/** SDK shapes of Elastic Load Balancing v2: load balancers, listeners and target groups. */

export type LoadBalancerState = 'provisioning' | 'active' | 'active_impaired';

const LAYER7 = ['HTTP', 'HTTPS'];

/** The SDK `LoadBalancer` (CreateLoadBalancer, DescribeLoadBalancers); `state` is its state now (lbState). */
export function toSdkLoadBalancer(lb: LoadBalancer, state: LoadBalancerState) {
  return {
    LoadBalancerArn: lb.id,
    DNSName: lb.dnsName,
    CanonicalHostedZoneId: lb.type === 'application' ? 'Z35SXDOTRQ7X7K' : 'Z26RNL4JYFTOTI',
    CreatedTime: isoAt(lb.createdAt),
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: state },
    Type: lb.type,
    AvailabilityZones: lb.subnets.map((s) => ({ ZoneName: s.az, SubnetId: s.subnetId, LoadBalancerAddresses: [] })),
    ...(lb.type === 'application' ? { SecurityGroups: [...lb.securityGroups] } : {}),
    IpAddressType: 'ipv4',
  };
}

/** The SDK `Listener` (CreateListener, DescribeListeners): one forward action to its target group. */
export function toSdkListener(l: Listener) {
  return {
    ListenerArn: l.id,
    LoadBalancerArn: l.loadBalancerArn,
    Port: l.port,
    Protocol: l.protocol,
    DefaultActions: [
      { Type: 'forward', TargetGroupArn: l.targetGroupArn, ForwardConfig: { TargetGroups: [{ TargetGroupArn: l.targetGroupArn, Weight: 1 }] } },
    ],
  };
}

function forwardAction(tgArn: string) {
  return { Type: 'forward', TargetGroupArn: tgArn, Order: 1, ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn, Weight: 1 }], TargetGroupStickinessConfig: { Enabled: false } } };
}

function toSdkCondition(c: RuleCondition) {
  const config = c.field === 'path-pattern' ? { PathPatternConfig: { Values: [...c.values] } } : { HostHeaderConfig: { Values: [...c.values] } };
  return { Field: c.field, Values: [...c.values], ...config };
}

/** The SDK `Rule` (CreateRule, DescribeRules, SetRulePriorities) of a non-default rule. */
export function toSdkRule(r: ListenerRule) {
  return { RuleArn: r.id, Priority: String(r.priority), Conditions: r.conditions.map(toSdkCondition), Actions: [forwardAction(r.targetGroupArn)], IsDefault: false };
}

/** The SDK `Rule` of a listener's default rule (`arn`: its rule ARN): no conditions, priority `default`. */
export function toSdkDefaultRule(l: Listener, arn: string) {
  return { RuleArn: arn, Priority: 'default', Conditions: [], Actions: [forwardAction(l.targetGroupArn)], IsDefault: true };
}

/** The SDK `TargetGroup` (CreateTargetGroup, DescribeTargetGroups); `lb` is the load balancer forwarding to it, if any. */
export function toSdkTargetGroup(tg: TargetGroup, lb: LoadBalancer | undefined) {
  const hc = tg.healthCheck;
  return {
    TargetGroupArn: tg.id,
    TargetGroupName: tg.name,
    Protocol: tg.protocol,
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: hc.protocol,
    HealthCheckPort: hc.port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    HealthCheckPath: hc.path,
    Matcher: { HttpCode: hc.matcher },
    LoadBalancerArns: lb ? [lb.id] : [],
    TargetType: tg.targetType,
    ...(LAYER7.includes(tg.protocol) ? { ProtocolVersion: 'HTTP1' } : {}),
    IpAddressType: 'ipv4',
  };
}

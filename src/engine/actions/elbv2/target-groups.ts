import type { HealthCheckSettings, RegisteredTarget, TargetGroup } from '../../model/scaling';
import { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { mustFind } from '../../lookup';
import { cidrContainsIp, parseCidr } from '../../net/cidr';
import { defineActions } from '../../action-def';
import { attributeList, checkElbName, elbArn, findTargetGroup, forwardsTo, loadBalancerOf, queryService, readAttributes } from './common';
import { targetInstance, targetView } from './health';
import { readTags } from './load-balancers';
import { toSdkTargetGroup } from '../../shapes/elbv2';

const L7 = ['HTTP', 'HTTPS'];
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'] as const;

const TG_ATTRIBUTES: Record<string, string> = {
  'deregistration_delay.timeout_seconds': '300',
  'stickiness.enabled': 'false',
  'stickiness.type': 'lb_cookie',
  'stickiness.lb_cookie.duration_seconds': '86400',
  'load_balancing.algorithm.type': 'round_robin',
  'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
};

function range(p: Params, name: string, lo: number, hi: number, fallback: number): number {
  const v = p.optInt(name);
  if (v === undefined) return fallback;
  if (v < lo || v > hi) {
    refuse('elb.health-check.range', `${name} must be between ${lo} and ${hi}; got ${v}.`, { scope: { kind: 'parameter', to: name } });
  }
  return v;
}

/** HTTP matcher codes lie in 200–499 (S6), and a range runs upwards. */
function matcherInRange(matcher: string): boolean {
  return matcher.split(',').every((part) => {
    const [lo, hi = lo] = part.split('-').map(Number);
    return lo !== undefined && hi !== undefined && lo >= 200 && hi <= 499 && lo <= hi;
  });
}

function readHealthCheck(p: Params, protocol: string): HealthCheckSettings {
  const layer7 = L7.includes(protocol);
  const hcProtocol = p.optEnum('HealthCheckProtocol', ['HTTP', 'HTTPS', 'TCP'] as const) ?? (layer7 ? protocol : 'TCP');
  const interval = range(p, 'HealthCheckIntervalSeconds', 5, 300, 30);
  const timeout = range(p, 'HealthCheckTimeoutSeconds', 2, 120, layer7 ? 5 : 10);
  if (timeout >= interval) {
    refuse('elb.health-check.range', `Health check interval (${interval}) must be greater than the timeout (${timeout}).`, {
      scope: { kind: 'parameter', to: 'HealthCheckTimeoutSeconds' },
    });
  }
  if (p.optBool('HealthCheckEnabled') === false) {
    refuse('elb.health-check.range', 'Health checks cannot be disabled for target groups with a target type of instance or ip.', {
      scope: { kind: 'parameter', to: 'HealthCheckEnabled' },
    });
  }
  const matcher = p.optObj('Matcher')?.optStr('HttpCode') ?? '200';
  if (!/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/.test(matcher) || !matcherInRange(matcher)) {
    refuse('elb.health-check.range', `The matcher '${matcher.slice(0, 40)}' is not valid: use codes such as 200, 200-299 or 200,302.`, { scope: { kind: 'parameter', to: 'Matcher' } });
  }
  const path = p.optStr('HealthCheckPath') ?? '/';
  if (!path.startsWith('/') || path.length > 1024) refuse('elb.health-check.range', `Health check path '${path.slice(0, 40)}' must begin with '/'.`, { scope: { kind: 'parameter', to: 'HealthCheckPath' } });
  return {
    protocol: hcProtocol,
    port: p.optStr('HealthCheckPort') ?? 'traffic-port',
    path,
    intervalSeconds: interval,
    timeoutSeconds: timeout,
    healthyThreshold: range(p, 'HealthyThresholdCount', 2, 10, 5),
    unhealthyThreshold: range(p, 'UnhealthyThresholdCount', 2, 10, 2),
    matcher,
  };
}

function createTargetGroup(tx: Tx, p: Params) {
  const name = p.str('Name');
  checkElbName(name, 'target group');
  const targetType = p.optEnum('TargetType', ['instance', 'ip'] as const) ?? 'instance';
  const protocol = p.optEnum('Protocol', PROTOCOLS);
  if (!protocol) refuse('elb.request.invalid', 'A protocol must be specified', { scope: { kind: 'parameter', to: 'Protocol' } });
  const port = p.optInt('Port', 1, 65535);
  if (port === undefined) refuse('elb.request.invalid', 'A port must be specified', { scope: { kind: 'parameter', to: 'Port' } });
  const vpcId = p.optStr('VpcId');
  if (!vpcId) refuse('elb.request.invalid', 'A VPC ID must be specified', { scope: { kind: 'parameter', to: 'VpcId' } });
  mustFind(tx, 'vpcs', vpcId);
  const healthCheck = readHealthCheck(p, protocol);
  const existing = tx.visible('targetGroups').find((tg) => tg.name === name);
  if (existing) {
    const same =
      existing.protocol === protocol &&
      existing.port === port &&
      existing.vpcId === vpcId &&
      existing.targetType === targetType &&
      JSON.stringify(existing.healthCheck) === JSON.stringify(healthCheck);
    if (same) return { TargetGroups: [toSdkTargetGroup(existing, loadBalancerOf(tx, existing))] };
    refuse('elb.target-group.duplicate', `A target group with the same name '${name}' exists, but with different settings`, { resources: [existing.id] });
  }
  const id = elbArn(tx, `targetgroup/${name}/${tx.hex(16)}`);
  const tg: TargetGroup = {
    ownerId: tx.account,
    region: tx.region,
    tags: readTags(p),
    id,
    name,
    protocol,
    port,
    vpcId,
    targetType,
    healthCheck,
    attributes: { ...TG_ATTRIBUTES },
    targets: [],
    createdAt: tx.now,
  };
  tx.put('targetGroups', id, tg);
  tx.event({ type: 'created', message: `Target group ${name} (${protocol}:${port}, ${targetType} targets) created in ${vpcId}.`, resourceId: id });
  return { TargetGroups: [toSdkTargetGroup(tg, loadBalancerOf(tx, tg))] };
}

function describeTargetGroups(tx: Tx, p: Params) {
  const arns = p.optStrList('TargetGroupArns');
  const names = p.optStrList('Names');
  const lbArn = p.optStr('LoadBalancerArn');
  let list = arns ? arns.map((a) => findTargetGroup(tx, a)) : tx.visible('targetGroups');
  if (names) {
    list = names.map((n) => {
      const tg = list.find((t) => t.name === n);
      if (!tg) refuse('elb.target-group.not-found', `One or more target groups not found: '${n}'`, { resources: [n] });
      return tg;
    });
  }
  if (lbArn) list = list.filter((tg) => loadBalancerOf(tx, tg)?.id === lbArn);
  return { TargetGroups: list.map((tg) => toSdkTargetGroup(tg, loadBalancerOf(tx, tg))) };
}

function deleteTargetGroup(tx: Tx, p: Params) {
  const arn = p.str('TargetGroupArn');
  const tg = tx.find('targetGroups', arn);
  if (!tg) return {};
  if (tx.all('listeners').some((l) => forwardsTo(l, arn))) {
    refuse('elb.target-group.in-use', `Target group '${arn}' is currently in use by a listener or a rule`, { resources: [arn] });
  }
  tx.remove('targetGroups', arn);
  tx.event({ type: 'deleted', message: `Target group ${tg.name} was deleted; its ${tg.targets.length} target(s) keep running.`, resourceId: arn });
  return {};
}

/** An application cookie name (S15): a cookie token that is not one of the load balancer's own AWSALB… cookies. */
function appCookieName(v: string): boolean {
  return /^[A-Za-z0-9!#$%&'*+\-.^_`|~]{1,256}$/.test(v) && !/^AWSALB/i.test(v);
}

const seconds = (v: string) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 604800;

function checkTgAttribute(tg: TargetGroup, key: string, value: string): void {
  // ALB target groups stick by cookie; source_ip is the NLB's (S15)
  const stickinessTypes = L7.includes(tg.protocol) ? ['lb_cookie', 'app_cookie'] : ['source_ip'];
  const ok: Record<string, (v: string) => boolean> = {
    'deregistration_delay.timeout_seconds': (v) => /^\d+$/.test(v) && Number(v) <= 3600,
    'stickiness.enabled': (v) => v === 'true' || v === 'false',
    'stickiness.type': (v) => stickinessTypes.includes(v),
    'stickiness.lb_cookie.duration_seconds': seconds,
    'stickiness.app_cookie.cookie_name': appCookieName,
    'stickiness.app_cookie.duration_seconds': seconds,
    'load_balancing.algorithm.type': (v) => ['round_robin', 'least_outstanding_requests'].includes(v),
    'load_balancing.cross_zone.enabled': (v) => ['true', 'false', 'use_load_balancer_configuration'].includes(v),
  };
  const check = ok[key];
  if (!check || !check(value)) {
    refuse('elb.attribute.invalid', `The value '${value.slice(0, 40)}' is not valid for target group attribute '${key.slice(0, 80)}'.`, {
      scope: { kind: 'parameter', to: key.slice(0, 80) },
    });
  }
}

function modifyTargetGroupAttributes(tx: Tx, p: Params) {
  const tg = findTargetGroup(tx, p.str('TargetGroupArn'));
  const attributes = { ...tg.attributes };
  for (const [key, value] of readAttributes(p)) {
    checkTgAttribute(tg, key, value);
    attributes[key] = value;
  }
  if (attributes['stickiness.type'] === 'app_cookie' && !attributes['stickiness.app_cookie.cookie_name']) {
    refuse('elb.attribute.invalid', "Stickiness type 'app_cookie' needs the attribute 'stickiness.app_cookie.cookie_name'.", {
      scope: { kind: 'parameter', to: 'stickiness.app_cookie.cookie_name' },
    });
  }
  tx.update('targetGroups', tg.id, { attributes });
  return { Attributes: attributeList(attributes) };
}

function modifyTargetGroup(tx: Tx, p: Params) {
  const tg = findTargetGroup(tx, p.str('TargetGroupArn'));
  const merged = { ...toSdkTargetGroup(tg, loadBalancerOf(tx, tg)), ...p.raw };
  const healthCheck = readHealthCheck(new Params(merged), tg.protocol);
  const next = tx.update('targetGroups', tg.id, { healthCheck });
  return { TargetGroups: [toSdkTargetGroup(next, loadBalancerOf(tx, next))] };
}

/** Where a target lives: the instance's AZ, or the subnet of the VPC holding the IP. */
function targetZone(tx: Tx, tg: TargetGroup, id: string): string | undefined {
  if (tg.targetType === 'instance') {
    const instance = tx.find('instances', id);
    if (!instance || instance.state === 'terminated') {
      refuse('elb.target.invalid', `The following targets are not valid instances: '${id}'`, { resources: [id] });
    }
    if (instance.vpcId !== tg.vpcId) {
      refuse('elb.target.invalid', `The following targets are not in the target group VPC '${tg.vpcId}': '${id}'`, {
        resources: [id, tg.id],
        scope: { kind: 'vpc', from: instance.vpcId, to: tg.vpcId },
        fix: `${id} is in ${instance.vpcId}; register instances of ${tg.vpcId}, or create a target group in ${instance.vpcId}.`,
      });
    }
    if (instance.state !== 'running') {
      refuse('elb.target.not-running', `The following targets are not in a running state and cannot be registered: '${id}'`, {
        resources: [id],
        scope: { kind: 'state', from: instance.state, to: 'running' },
      });
    }
    return instance.az;
  }
  const subnet = tx.visible('subnets').find((s) => {
    const cidr = parseCidr(s.cidr);
    return s.vpcId === tg.vpcId && cidr !== undefined && cidrContainsIp(cidr, id);
  });
  if (!subnet) refuse('elb.target.invalid', `The IP address '${id.slice(0, 40)}' is not in a subnet of the target group VPC '${tg.vpcId}'`, { resources: [tg.id] });
  return subnet.az;
}

/** Register one target (idempotent). Used by RegisterTargets and by Auto Scaling. */
export function registerTarget(tx: Tx, tgArn: string, id: string, port?: number): void {
  const tg = tx.get('targetGroups', tgArn);
  if (!tg) return;
  const az = targetZone(tx, tg, id) ?? '';
  const targetPort = port ?? tg.port;
  const existing = tg.targets.find((t) => t.id === id && t.port === targetPort);
  if (existing && existing.state !== 'draining') return;
  const target: RegisteredTarget = { id, port: targetPort, az, registeredAt: tx.now, state: 'initial', streak: 0 };
  const rest = tg.targets.filter((t) => !(t.id === id && t.port === targetPort));
  tx.update('targetGroups', tg.id, { targets: [...rest, target] });
  tx.event({ type: 'target-registered', message: `${id}:${targetPort} registered with target group ${tg.name}; health checks start in 10 s.`, resourceId: id, to: 'initial', data: { targetGroupArn: tg.id } });
}

/** Start draining a target (no-op when it is not registered). */
export function deregisterTarget(tx: Tx, tgArn: string, id: string, port?: number): void {
  const tg = tx.get('targetGroups', tgArn);
  if (!tg) return;
  const delay = Number(tg.attributes['deregistration_delay.timeout_seconds'] ?? '300');
  let touched = false;
  const targets = tg.targets.flatMap((t) => {
    if (t.id !== id || (port !== undefined && t.port !== port) || t.state === 'draining') return [t];
    touched = true;
    return delay === 0 ? [] : [{ ...t, state: 'draining' as const, drainUntil: tx.now + delay }];
  });
  if (!touched) return;
  tx.update('targetGroups', tg.id, { targets });
  tx.event({ type: 'target-draining', message: `${id} is draining from ${tg.name}: no new requests; it leaves in ${delay} s.`, resourceId: id, to: 'draining', data: { targetGroupArn: tg.id } });
}

function readTargets(p: Params): { id: string; port?: number }[] {
  const list = p.optObjList('Targets');
  if (!list || list.length === 0) refuse('elb.request.invalid', 'The request must contain the parameter Targets', { scope: { kind: 'parameter', to: 'Targets' } });
  if (list.length > 1000) refuse('elb.request.invalid', 'At most 1000 targets can be given at once.', { scope: { kind: 'quota', to: 'Targets' } });
  return list.map((t) => {
    const port = t.optInt('Port', 1, 65535);
    return { id: t.str('Id'), ...(port !== undefined ? { port } : {}) };
  });
}

/** Targets per target group (S8). */
const MAX_TARGETS = 1000;

function registerTargets(tx: Tx, p: Params) {
  const tg = findTargetGroup(tx, p.str('TargetGroupArn'));
  const targets = readTargets(p);
  for (const t of targets) targetZone(tx, tg, t.id);
  const keys = new Set(tg.targets.map((t) => `${t.id}:${t.port}`));
  for (const t of targets) keys.add(`${t.id}:${t.port ?? tg.port}`);
  if (keys.size > MAX_TARGETS) {
    refuse('elb.quota.targets', `Target group '${tg.id}' would hold ${keys.size} targets; at most ${MAX_TARGETS} can be registered.`, { resources: [tg.id], scope: { kind: 'quota', to: 'Targets' } });
  }
  for (const t of targets) registerTarget(tx, tg.id, t.id, t.port);
  return {};
}

function deregisterTargets(tx: Tx, p: Params) {
  const tg = findTargetGroup(tx, p.str('TargetGroupArn'));
  for (const t of readTargets(p)) deregisterTarget(tx, tg.id, t.id, t.port);
  return {};
}

function describeTargetHealth(tx: Tx, p: Params) {
  const tg = findTargetGroup(tx, p.str('TargetGroupArn'));
  const asked = p.optObjList('Targets')?.map((t) => ({ id: t.str('Id'), port: t.optInt('Port', 1, 65535) }));
  const hcPort = (port: number) => (tg.healthCheck.port === 'traffic-port' ? String(port) : tg.healthCheck.port);
  const describeOne = (target: RegisteredTarget) => ({
    Target: { Id: target.id, Port: target.port, ...(tg.targetType === 'ip' ? { AvailabilityZone: target.az } : {}) },
    HealthCheckPort: hcPort(target.port),
    TargetHealth: targetView(tx, tg, target),
  });
  if (!asked) return { TargetHealthDescriptions: tg.targets.map(describeOne) };
  return {
    TargetHealthDescriptions: asked.flatMap((a) => {
      const found = tg.targets.filter((t) => t.id === a.id && (a.port === undefined || t.port === a.port));
      if (found.length) return found.map(describeOne);
      const port = a.port ?? tg.port;
      return [{ Target: { Id: a.id, Port: port }, HealthCheckPort: hcPort(port), TargetHealth: { State: 'unused' as const, Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' } }];
    }),
  };
}

/** Instances registered with a target group (for goals and the canvas). */
export function registeredInstances(tx: Tx, tg: TargetGroup): string[] {
  return tg.targets.map((t) => targetInstance(tx, tg, t)?.id).filter((id): id is string => id !== undefined);
}

function describeTargetGroupAttributes(tx: Tx, p: Params) {
  return { Attributes: attributeList(findTargetGroup(tx, p.str('TargetGroupArn')).attributes) };
}

export const TARGET_GROUP_ACTIONS = defineActions([
  { type: 'elasticloadbalancing:CreateTargetGroup', summary: 'Create a target group of instances or IPs with its health check.', run: queryService(createTargetGroup) },
  { type: 'elasticloadbalancing:DescribeTargetGroups', summary: 'List target groups.', run: queryService(describeTargetGroups), read: true },
  { type: 'elasticloadbalancing:ModifyTargetGroup', summary: 'Change a target group’s health check.', run: queryService(modifyTargetGroup) },
  { type: 'elasticloadbalancing:DeleteTargetGroup', summary: 'Delete a target group no listener uses (instances keep running).', run: queryService(deleteTargetGroup) },
  {
    type: 'elasticloadbalancing:ModifyTargetGroupAttributes',
    summary: 'Set stickiness, deregistration delay or cross-zone balancing of a target group.',
    run: queryService(modifyTargetGroupAttributes),
  },
  { type: 'elasticloadbalancing:DescribeTargetGroupAttributes', summary: 'Show a target group’s attributes.', run: queryService(describeTargetGroupAttributes), read: true },
  { type: 'elasticloadbalancing:RegisterTargets', summary: 'Register running instances (or IPs) of the target group’s VPC.', run: queryService(registerTargets) },
  { type: 'elasticloadbalancing:DeregisterTargets', summary: 'Deregister targets: they drain for the deregistration delay.', run: queryService(deregisterTargets) },
  {
    type: 'elasticloadbalancing:DescribeTargetHealth',
    summary: 'Health of each target: initial, healthy, unhealthy, unused or draining, with AWS’s reason codes.',
    run: queryService(describeTargetHealth),
    read: true,
  },
]);

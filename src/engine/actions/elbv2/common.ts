import type { Listener, LoadBalancer, TargetGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { Refusal, refuse } from '../../refusal';
import type { Tx } from '../../tx';
import type { Handler } from '../../action-def';
import { routeTableOf } from '../../net/route-tables';
import type { LoadBalancerState } from '../../shapes/elbv2';
import { zoneFailed } from '../../zone-failures';

/**
 * What the Elastic Load Balancing v2 and Auto Scaling families share: ARNs, AWS's query-protocol validation codes,
 * lookups by ARN or name, and the reachability of subnets from the internet.
 */

/** Malformed or missing members are `ValidationError` in the query-protocol services (ELBv2, Auto Scaling). */
export function queryService(handler: Handler): Handler {
  return (tx, p) => {
    try {
      return handler(tx, p);
    } catch (thrown) {
      if (thrown instanceof Refusal && (thrown.error.rule === 'request.missing-parameter' || thrown.error.rule === 'request.invalid-parameter')) {
        throw new Refusal({ ...thrown.error, code: 'ValidationError' });
      }
      throw thrown;
    }
  };
}

/** `2025-01-01T00:00:05Z`: the time format of Auto Scaling activity causes. */
export function elbArn(tx: Tx, resource: string): string {
  return `arn:aws:elasticloadbalancing:${tx.region}:${tx.account}:${resource}`;
}

/** Names of load balancers and target groups: 1–32 letters, digits and hyphens, no hyphen at the ends. */
export function checkElbName(name: string, what: 'load balancer' | 'target group'): void {
  const ok = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(name) && !name.startsWith('internal-');
  if (!ok) {
    refuse('elb.name.invalid', `The ${what} name '${name.slice(0, 40)}' is not valid: at most 32 alphanumeric characters or hyphens, not beginning or ending with a hyphen${what === 'load balancer' ? ", and not beginning with 'internal-'" : ''}.`, {
      scope: { kind: 'parameter', to: 'Name' },
    });
  }
}

export function findLoadBalancer(tx: Tx, arn: string): LoadBalancer {
  const lb = tx.find('loadBalancers', arn);
  if (!lb) refuse('elb.not-found', `One or more load balancers not found: '${arn.slice(0, 200)}'`, { resources: [arn] });
  return lb;
}

export function findTargetGroup(tx: Tx, arn: string): TargetGroup {
  const tg = tx.find('targetGroups', arn);
  if (!tg) refuse('elb.target-group.not-found', `One or more target groups not found: '${arn.slice(0, 200)}'`, { resources: [arn] });
  return tg;
}

/** Every target group a listener forwards to, with when that forward began: its default action's, then its rules'. */
function listenerForwards(l: Listener): { targetGroupArn: string; since: number }[] {
  return [{ targetGroupArn: l.targetGroupArn, since: l.createdAt }, ...(l.rules ?? []).map((r) => ({ targetGroupArn: r.targetGroupArn, since: r.createdAt }))];
}

/** Whether a listener's default action or one of its rules forwards to the target group (S18). */
export function forwardsTo(l: Listener, tgArn: string): boolean {
  return l.targetGroupArn === tgArn || (l.rules ?? []).some((r) => r.targetGroupArn === tgArn);
}

/** The load balancer whose listeners or listener rules forward to this target group, if any. */
export function loadBalancerOf(tx: Tx, tg: TargetGroup): LoadBalancer | undefined {
  const listener = tx.all('listeners').find((l) => forwardsTo(l, tg.id));
  return listener ? tx.get('loadBalancers', listener.loadBalancerArn) : undefined;
}

/** When the first listener or rule forwarding to the target group began to (health checks start after it). */
export function inUseSince(tx: Tx, tg: TargetGroup): number | undefined {
  let since: number | undefined;
  for (const l of tx.all('listeners')) {
    for (const f of listenerForwards(l)) if (f.targetGroupArn === tg.id && (since === undefined || f.since < since)) since = f.since;
  }
  return since;
}

/** Whether a subnet routes 0.0.0.0/0 to an internet gateway attached to its VPC. */
export function routedToInternet(tx: Tx, subnetId: string): boolean {
  const subnet = tx.get('subnets', subnetId);
  if (!subnet) return false;
  const table = routeTableOf(tx, subnetId);
  return (table?.routes ?? []).some((r) => {
    if (r.destination !== '0.0.0.0/0' || !r.gatewayId?.startsWith('igw-')) return false;
    return tx.get('internetGateways', r.gatewayId)?.vpcId === subnet.vpcId;
  });
}

export function lbState(tx: Tx, lb: LoadBalancer): LoadBalancerState {
  if (tx.now < lb.activeAt) return 'provisioning';
  return lb.subnets.every((s) => zoneFailed(tx, s.az)) ? 'active_impaired' : 'active';
}

/** Attributes as the API lists them: `[{ Key, Value }]`. */
export function attributeList(attributes: Record<string, string>) {
  return Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }));
}

/** `Attributes: [{ Key, Value }]` of a Modify…Attributes request. */
export function readAttributes(p: Params): [string, string][] {
  return p.optObjList('Attributes')?.map((a) => [a.str('Key'), a.optStr('Value') ?? ''] as [string, string]) ?? [];
}


import type { LoadBalancer, RegisteredTarget, TargetGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { findLoadBalancer, lbState, routedToInternet } from './common';
import { zoneFailed } from '../../zone-failures';
import { guestAnswer, targetInstance, unusedReason } from './health';
import { defineActions } from '../../action-def';
import { aclOnNodes, admitsLoadBalancer } from './paths';
import { admittingRule } from '../../net/sg-rules';
import { CLIENT_IP } from '../../net/reachability';
import { matchingRule } from './rule-match';
import { defaultRuleArn } from './rules';

/**
 * sim:SendTraffic: N requests from the internet to a load balancer, computed arithmetically (no per-request loop).
 * DNS spreads clients over the nodes that answer; each node spreads its share round-robin over the routable
 * targets (all enabled zones with cross-zone balancing, its own zone without). Routable means healthy; when no
 * target is healthy the load balancer fails open over the unhealthy ones (S12); with none healthy or unhealthy it answers 503.
 * A target that does not answer gives 504, one where nothing listens 502. Sessions: an app that keeps them in memory
 * loses a user's session whenever the user reaches another server than the one holding it, and loses every
 * session of a server that went away; sticky sessions keep users on their server; off-host sessions lose nothing.
 * The listener's rules pick the target group by `Host` (default: the load balancer's DNS name) and `Path`, in
 * priority order; what no rule matches goes to the default action.
 */

const MAX_REQUESTS = 1_000_000;

interface Share {
  target: RegisteredTarget;
  count: number;
}

/** n split over k as evenly as possible, the first ones taking the remainder. */
function split(n: number, k: number): number[] {
  const base = Math.floor(n / k);
  return Array.from({ length: k }, (_, i) => base + (i < n % k ? 1 : 0));
}

function routable(targets: RegisteredTarget[]): RegisteredTarget[] {
  const healthy = targets.filter((t) => t.state === 'healthy');
  if (healthy.length) return healthy;
  // fail-open covers unhealthy targets only: targets still in their initial checks get nothing, so 503 (S12)
  return targets.filter((t) => t.state === 'unhealthy');
}

function crossZone(lb: LoadBalancer, tg: TargetGroup): boolean {
  const own = tg.attributes['load_balancing.cross_zone.enabled'];
  if (own === 'true' || own === 'false') return own === 'true';
  return lb.attributes['load_balancing.cross_zone.enabled'] !== 'false';
}

/** Requests per target, plus those no target could take (503). */
function distribute(tx: Tx, lb: LoadBalancer, tg: TargetGroup, nodes: string[], requests: number): { shares: Share[]; unserved: number } {
  const eligible = tg.targets.filter((t) => t.state !== 'draining' && !unusedReason(tx, tg, t, lb));
  const counts = new Map<RegisteredTarget, number>();
  let unserved = 0;
  const give = (list: RegisteredTarget[], n: number) => {
    if (list.length === 0) {
      unserved += n;
      return;
    }
    split(n, list.length).forEach((c, i) => counts.set(list[i] as RegisteredTarget, (counts.get(list[i] as RegisteredTarget) ?? 0) + c));
  };
  if (crossZone(lb, tg)) give(routable(eligible), requests);
  else split(requests, nodes.length).forEach((n, i) => give(routable(eligible.filter((t) => t.az === nodes[i])), n));
  return { shares: [...counts.entries()].map(([target, count]) => ({ target, count })), unserved };
}

function listenerFor(tx: Tx, lb: LoadBalancer, port: number | undefined) {
  const listeners = tx.all('listeners').filter((l) => l.loadBalancerArn === lb.id);
  if (port !== undefined) return listeners.find((l) => l.port === port);
  return listeners.find((l) => l.port === 80) ?? [...listeners].sort((a, b) => a.port - b.port)[0];
}

/** Why nothing reaches the load balancer from the internet, if so. */
function unreachable(tx: Tx, lb: LoadBalancer, nodes: string[]): string | undefined {
  if (lbState(tx, lb) === 'provisioning') return `${lb.name} is still provisioning: its DNS name does not answer yet.`;
  if (lb.scheme === 'internal') return `${lb.name} is internal: its nodes have private addresses only, unreachable from the internet.`;
  if (nodes.length === 0) {
    return lb.subnets.every((s) => zoneFailed(tx, s.az))
      ? `Every zone of ${lb.name} is down: no node answers.`
      : `No subnet of ${lb.name} routes 0.0.0.0/0 to an internet gateway: its nodes cannot be reached.`;
  }
  return undefined;
}

/**
 * S5: an internet-facing ALB's own security groups must admit the listener port from the client (CLIENT_IP); if
 * none does, every SYN is dropped and the client times out. Groups-less load balancers (NLBs) are not filtered.
 */
function blockedByGroups(tx: Tx, lb: LoadBalancer, port: number): string | undefined {
  if (lb.type !== 'application' || lb.securityGroups.length === 0) return undefined;
  const flow = { protocol: 'tcp' as const, port, sourceIp: CLIENT_IP };
  if (admittingRule({ securityGroupRules: tx.table('securityGroupRules') }, lb.securityGroups, flow)) return undefined;
  return `Connection timed out: the security group of ${lb.name} (${lb.securityGroups.join(', ')}) does not allow port ${port} from the internet.`;
}

/** Requests DNS sends to nodes whose subnet ACL drops them: they time out (A13). */
function droppedShare(requests: number, nodes: string[], dropped: readonly string[]): number {
  const shares = split(requests, nodes.length);
  return nodes.reduce((n, az, i) => n + (dropped.includes(az) ? (shares[i] ?? 0) : 0), 0);
}

interface SessionResult {
  Store: 'memory' | 'off-host';
  Sticky: boolean;
  Users: number;
  Lost: number;
}

function sessions(tx: Tx, lb: LoadBalancer, tg: TargetGroup | undefined, served: Map<string, number>, users: number, store: SessionResult['Store']): SessionResult {
  const sticky = tg?.attributes['stickiness.enabled'] === 'true';
  if (store === 'off-host') return { Store: store, Sticky: sticky, Users: users, Lost: 0 };
  const alive = [...served.keys()];
  let lost = 0;
  const kept: Record<string, number> = {};
  for (const [id, n] of Object.entries(lb.sessions)) {
    if (served.has(id)) kept[id] = n;
    else lost += n;
  }
  const total = [...served.values()].reduce((a, b) => a + b, 0);
  const active = Math.min(users, total);
  let next: Record<string, number> = {};
  if (alive.length) {
    if (sticky) {
      next = { ...kept };
      const placed = Object.values(kept).reduce((a, b) => a + b, 0);
      const extra = Math.max(0, active - placed);
      split(extra, alive.length).forEach((n, i) => {
        const id = alive[i] as string;
        next[id] = (next[id] ?? 0) + n;
      });
    } else {
      lost += Math.floor(((total - active) * (alive.length - 1)) / alive.length);
      split(active, alive.length).forEach((n, i) => (next[alive[i] as string] = n));
    }
  }
  tx.update('loadBalancers', lb.id, { sessions: next });
  return { Store: store, Sticky: sticky, Users: users, Lost: lost };
}

function sendTraffic(tx: Tx, p: Params) {
  const arn = p.str('LoadBalancerArn');
  const lb = findLoadBalancer(tx, arn);
  const requests = p.optInt('Requests', 1, MAX_REQUESTS);
  if (requests === undefined) refuse('sim.traffic.invalid', 'Requests (1–1,000,000) must be given.', { scope: { kind: 'parameter', to: 'Requests' } });
  const port = p.optInt('Port', 1, 65535);
  const path = p.optStr('Path') ?? '/';
  const host = p.optStr('Host') ?? lb.dnsName;
  const store = p.optEnum('SessionStore', ['memory', 'off-host'] as const) ?? 'memory';
  const users = p.optInt('Users', 1, 100_000) ?? Math.min(requests, 100);
  const responses: Record<string, number> = { '200': 0 };
  const byTarget: Record<string, number> = {};
  const byZone: Record<string, number> = {};
  const served = new Map<string, number>();
  const nodes = lb.subnets.filter((s) => !zoneFailed(tx, s.az) && (lb.scheme === 'internal' || routedToInternet(tx, s.subnetId))).map((s) => s.az);
  let failures: number;
  let reason = unreachable(tx, lb, nodes);
  const listener = reason ? undefined : listenerFor(tx, lb, port);
  if (!reason && !listener) reason = `Connection refused: ${lb.name} has no listener on port ${port ?? 80}.`;
  const acl = !reason && listener ? aclOnNodes(tx, lb, nodes, listener.port) : undefined;
  const timeout = (!reason && listener ? blockedByGroups(tx, lb, listener.port) : undefined) ?? (acl?.open.length === 0 ? acl.reason : undefined);
  reason ??= timeout;
  const rule = listener ? matchingRule(listener, host, path) : undefined;
  const tg = listener ? tx.get('targetGroups', rule?.targetGroupArn ?? listener.targetGroupArn) : undefined;
  const aclDropped = !reason && acl ? droppedShare(requests, nodes, acl.dropped) : 0;
  if (reason || !tg) failures = requests;
  else {
    failures = aclDropped;
    const { shares, unserved } = distribute(tx, lb, tg, acl?.open ?? nodes, requests - aclDropped);
    if (unserved) responses['503'] = unserved;
    for (const { target, count } of shares) {
      if (count === 0) continue;
      byTarget[target.id] = (byTarget[target.id] ?? 0) + count;
      byZone[target.az] = (byZone[target.az] ?? 0) + count;
      const instance = targetInstance(tx, tg, target);
      const answer = admitsLoadBalancer(tx, lb, tg, target, instance, target.port) ? guestAnswer(tx, instance, target.port, path) : 'timeout';
      const code = answer === 'timeout' ? '504' : answer === 'refused' ? '502' : String(answer);
      responses[code] = (responses[code] ?? 0) + count;
      if (typeof answer === 'number') served.set(target.id, (served.get(target.id) ?? 0) + count);
    }
  }
  const session = sessions(tx, lb, tg, served, users, store);
  const ok = responses['200'] ?? 0;
  tx.event({
    type: 'traffic',
    message: `${requests} requests to ${lb.name}: ${ok} answered 200${failures ? `, ${failures} could not connect` : ''}${responses['503'] ? `, ${responses['503']} got 503` : ''}; ${Object.keys(byTarget).length} target(s) served${session.Lost ? `; ${session.Lost} sessions lost` : ''}.`,
    resourceId: lb.id,
    data: { byTarget, responses },
  });
  return {
    Requests: requests,
    Responses: responses,
    ByTarget: byTarget,
    ByZone: byZone,
    ConnectionFailures: failures,
    ...(timeout || aclDropped ? { TimedOut: failures } : {}),
    ...(reason || aclDropped ? { Reason: reason ?? acl?.reason } : {}),
    SessionsLost: session.Lost,
    Sessions: session,
    ...(listener && tg ? { RuleArn: rule?.id ?? defaultRuleArn(listener), TargetGroupArn: tg.id } : {}),
  };
}

export const TRAFFIC_ACTIONS = defineActions([
  {
    type: 'sim:SendTraffic',
    summary: 'Send N requests from the internet to a load balancer: responses by code, requests per target, sessions lost.',
    run: sendTraffic,
  },
]);

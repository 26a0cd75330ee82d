import type { Listener } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { findLoadBalancer, queryService } from './common';
import { checkForward, checkPortFree, forwardTarget } from './listener-checks';
import { toSdkListener } from '../../shapes/elbv2';

/** Listeners per load balancer (S16). */
const MAX_LISTENERS = 50;

function createListener(tx: Tx, p: Params) {
  const lb = findLoadBalancer(tx, p.str('LoadBalancerArn'));
  const port = p.int('Port', 1, 65535);
  const protocol = p.optStr('Protocol') ?? (lb.type === 'application' ? 'HTTP' : 'TCP');
  const tg = checkForward(tx, lb, forwardTarget(p, 'DefaultActions'), protocol);
  const existing = tx.all('listeners').find((l) => l.loadBalancerArn === lb.id && l.port === port);
  if (existing) {
    if (existing.protocol === protocol && existing.targetGroupArn === tg.id) return { Listeners: [toSdkListener(existing)] };
    checkPortFree(tx, lb, port);
  }
  if (tx.all('listeners').filter((l) => l.loadBalancerArn === lb.id).length >= MAX_LISTENERS) {
    refuse('elb.quota.listeners', `Load balancer '${lb.id}' already has ${MAX_LISTENERS} listeners, the most it can have.`, { resources: [lb.id], scope: { kind: 'quota', to: 'Port' } });
  }
  const id = lb.id.replace(':loadbalancer/', ':listener/') + `/${tx.hex(16)}`;
  const listener: Listener = { ownerId: tx.account, region: tx.region, tags: [], id, loadBalancerArn: lb.id, port, protocol, targetGroupArn: tg.id, createdAt: tx.now };
  tx.put('listeners', id, listener);
  tx.event({ type: 'created', message: `Listener ${protocol}:${port} on ${lb.name} forwards to ${tg.name}; its targets' health checks start.`, resourceId: id });
  return { Listeners: [toSdkListener(listener)] };
}

/** ModifyListener: another port (S16), protocol or default forward target (S17); rules stay as they are. */
function modifyListener(tx: Tx, p: Params) {
  const listener = findListener(tx, p.str('ListenerArn'));
  const lb = findLoadBalancer(tx, listener.loadBalancerArn);
  const port = p.optInt('Port', 1, 65535) ?? listener.port;
  const protocol = p.optStr('Protocol') ?? listener.protocol;
  const tgArn = p.has('DefaultActions') ? forwardTarget(p, 'DefaultActions') : listener.targetGroupArn;
  const tg = checkForward(tx, lb, tgArn, protocol);
  if (port !== listener.port) checkPortFree(tx, lb, port, listener.id);
  const moved = tg.id !== listener.targetGroupArn;
  const updated = tx.update('listeners', listener.id, { port, protocol, targetGroupArn: tg.id, createdAt: moved ? tx.now : listener.createdAt });
  tx.event({
    type: 'modified',
    message: `Listener ${listener.protocol}:${listener.port} on ${lb.name} is now ${protocol}:${port} and forwards to ${tg.name}${moved ? "; the new target group's health checks start" : ''}.`,
    resourceId: listener.id,
  });
  return { Listeners: [toSdkListener(updated)] };
}

export function findListener(tx: Tx, arn: string): Listener {
  const listener = tx.find('listeners', arn);
  if (!listener) refuse('elb.listener.not-found', `One or more listeners not found: '${arn.slice(0, 200)}'`, { resources: [arn] });
  return listener;
}

function describeListeners(tx: Tx, p: Params) {
  const lbArn = p.optStr('LoadBalancerArn');
  const arns = p.optStrList('ListenerArns');
  if (!lbArn && !arns) refuse('elb.request.invalid', 'You must specify either listener ARNs or a load balancer ARN', { scope: { kind: 'parameter', to: 'LoadBalancerArn' } });
  if (lbArn) findLoadBalancer(tx, lbArn);
  const list = tx.visible('listeners').filter((l) => (!lbArn || l.loadBalancerArn === lbArn) && (!arns || arns.includes(l.id)));
  if (arns && list.length < arns.length) {
    const missing = arns.find((a) => !list.some((l) => l.id === a)) ?? '';
    refuse('elb.listener.not-found', `One or more listeners not found: '${missing.slice(0, 200)}'`, { resources: [missing] });
  }
  return { Listeners: list.map(toSdkListener) };
}

function deleteListener(tx: Tx, p: Params) {
  const arn = p.str('ListenerArn');
  const listener = findListener(tx, arn);
  tx.remove('listeners', arn);
  const rules = listener.rules?.length ?? 0;
  tx.event({ type: 'deleted', message: `Listener on port ${listener.port} was deleted${rules ? ` with its ${rules} rule(s)` : ''}.`, resourceId: arn });
  return {};
}

export const LISTENER_ACTIONS = defineActions([
  { type: 'elasticloadbalancing:CreateListener', summary: 'Listen on a port and forward to a target group of the same VPC.', run: queryService(createListener) },
  {
    type: 'elasticloadbalancing:ModifyListener',
    summary: 'Change a listener’s port, protocol or default forward target (same checks as CreateListener).',
    run: queryService(modifyListener),
  },
  { type: 'elasticloadbalancing:DescribeListeners', summary: 'List a load balancer’s listeners.', run: queryService(describeListeners), read: true },
  { type: 'elasticloadbalancing:DeleteListener', summary: 'Delete a listener.', run: queryService(deleteListener) },
]);

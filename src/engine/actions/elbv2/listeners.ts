import type { Listener } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { findLoadBalancer, findTargetGroup, loadBalancerOf, queryService } from './common';
import { toSdkListener } from '../../shapes/elbv2';

const ALB_PROTOCOLS = ['HTTP', 'HTTPS'];

function forwardTarget(p: Params): string {
  const actions = p.optObjList('DefaultActions');
  const first = actions?.[0];
  if (!first) refuse('elb.request.invalid', 'The request must contain the parameter DefaultActions', { scope: { kind: 'parameter', to: 'DefaultActions' } });
  const type = first.str('Type');
  if (type !== 'forward') {
    refuse('elb.request.invalid', `The lab simulates forward actions only; got '${type.slice(0, 40)}'.`, { scope: { kind: 'parameter', to: 'DefaultActions.1.Type' } });
  }
  const arn = first.optStr('TargetGroupArn') ?? first.optObj('ForwardConfig')?.optObjList('TargetGroups')?.[0]?.str('TargetGroupArn');
  if (!arn) refuse('elb.request.invalid', 'A forward action needs a TargetGroupArn.', { scope: { kind: 'parameter', to: 'DefaultActions.1.TargetGroupArn' } });
  return arn;
}

/** Listeners per load balancer (S16). */
const MAX_LISTENERS = 50;

function createListener(tx: Tx, p: Params) {
  const lb = findLoadBalancer(tx, p.str('LoadBalancerArn'));
  const port = p.int('Port', 1, 65535);
  const protocol = p.optStr('Protocol') ?? (lb.type === 'application' ? 'HTTP' : 'TCP');
  const tg = findTargetGroup(tx, forwardTarget(p));
  const layer7 = lb.type === 'application';
  if (ALB_PROTOCOLS.includes(protocol) !== layer7 || ALB_PROTOCOLS.includes(tg.protocol) !== layer7) {
    refuse('elb.listener.incompatible', `Listener protocol '${protocol}' and target group protocol '${tg.protocol}' are not supported by a ${lb.type} load balancer`, {
      resources: [lb.id, tg.id],
      scope: { kind: 'parameter', to: 'Protocol' },
    });
  }
  if (tg.vpcId !== lb.vpcId) {
    refuse('elb.listener.other-vpc', `Target group '${tg.id}' is in a different VPC than load balancer '${lb.id}'`, {
      resources: [tg.id, lb.id],
      scope: { kind: 'vpc', from: tg.vpcId, to: lb.vpcId },
    });
  }
  const owner = loadBalancerOf(tx, tg);
  if (owner && owner.id !== lb.id) {
    refuse('elb.listener.tg-other-lb', `The following target groups cannot be associated with more than one load balancer: ${tg.id}`, {
      resources: [tg.id, owner.id],
    });
  }
  const existing = tx.all('listeners').find((l) => l.loadBalancerArn === lb.id && l.port === port);
  if (existing) {
    if (existing.protocol === protocol && existing.targetGroupArn === tg.id) return { Listeners: [toSdkListener(existing)] };
    refuse('elb.listener.duplicate', `A listener already exists on this port for this load balancer '${lb.id}'`, { resources: [existing.id] });
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
  const listener = tx.find('listeners', arn);
  if (!listener) refuse('elb.listener.not-found', `One or more listeners not found: '${arn.slice(0, 200)}'`, { resources: [arn] });
  tx.remove('listeners', arn);
  tx.event({ type: 'deleted', message: `Listener on port ${listener.port} was deleted.`, resourceId: arn });
  return {};
}

export const LISTENER_ACTIONS = defineActions([
  { type: 'elasticloadbalancing:CreateListener', summary: 'Listen on a port and forward to a target group of the same VPC.', run: queryService(createListener) },
  { type: 'elasticloadbalancing:DescribeListeners', summary: 'List a load balancer’s listeners.', run: queryService(describeListeners), read: true },
  { type: 'elasticloadbalancing:DeleteListener', summary: 'Delete a listener.', run: queryService(deleteListener) },
]);

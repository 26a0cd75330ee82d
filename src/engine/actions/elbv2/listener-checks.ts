import type { LoadBalancer, TargetGroup } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { findTargetGroup, loadBalancerOf } from './common';

/**
 * What CreateListener, ModifyListener, CreateRule and ModifyRule check alike: the forward action they are given
 * (the lab simulates forward actions only) and where its target group may be used (S16, S17).
 */

const ALB_PROTOCOLS = ['HTTP', 'HTTPS'];

/** The target group ARN of the forward action in `member` (`DefaultActions` of a listener, `Actions` of a rule). */
export function forwardTarget(p: Params, member: 'DefaultActions' | 'Actions'): string {
  const actions = p.optObjList(member);
  const first = actions?.[0];
  if (!first) refuse('elb.request.invalid', `The request must contain the parameter ${member}`, { scope: { kind: 'parameter', to: member } });
  if ((actions?.length ?? 0) > 1) refuse('elb.request.invalid', `The lab simulates one forward action per listener or rule; ${member} has ${actions?.length}.`, { scope: { kind: 'parameter', to: member } });
  const type = first.str('Type');
  if (type !== 'forward') {
    refuse('elb.request.invalid', `The lab simulates forward actions only; got '${type.slice(0, 40)}'.`, { scope: { kind: 'parameter', to: `${member}.1.Type` } });
  }
  const weighted = first.optObj('ForwardConfig')?.optObjList('TargetGroups');
  if ((weighted?.length ?? 0) > 1) {
    refuse('elb.request.invalid', 'The lab simulates a forward to one target group; weighted forwards to several are not modelled.', { scope: { kind: 'parameter', to: `${member}.1.ForwardConfig` } });
  }
  const arn = first.optStr('TargetGroupArn') ?? weighted?.[0]?.str('TargetGroupArn');
  if (!arn) refuse('elb.request.invalid', 'A forward action needs a TargetGroupArn.', { scope: { kind: 'parameter', to: `${member}.1.TargetGroupArn` } });
  return arn;
}

/**
 * S17: a forward to `tgArn` from a listener speaking `protocol` on `lb` needs a target group of a protocol the load
 * balancer type speaks, in its VPC, that no other load balancer uses. Returns the target group.
 */
export function checkForward(tx: Tx, lb: LoadBalancer, tgArn: string, protocol: string): TargetGroup {
  const tg = findTargetGroup(tx, tgArn);
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
  return tg;
}

/** S16: no other listener of the load balancer (than `except`) may use the port. */
export function checkPortFree(tx: Tx, lb: LoadBalancer, port: number, except?: string): void {
  const taken = tx.all('listeners').find((l) => l.loadBalancerArn === lb.id && l.port === port && l.id !== except);
  if (taken) refuse('elb.listener.duplicate', `A listener already exists on this port for this load balancer '${lb.id}'`, { resources: [taken.id] });
}

import type { Listener, ListenerRule, LoadBalancer } from '../../model/scaling';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { findLoadBalancer, queryService } from './common';
import { checkForward, forwardTarget } from './listener-checks';
import { findListener } from './listeners';
import { readConditions, rulesInOrder } from './rule-match';
import { toSdkDefaultRule, toSdkRule } from '../../shapes/elbv2';

/**
 * Listener rules of an Application Load Balancer (CreateRule, DescribeRules, ModifyRule, SetRulePriorities,
 * DeleteRule): conditions on the path or the host name, a priority unique per listener, and a forward action checked
 * like a listener's (S17). Every listener also has its default rule, which holds its default action, has priority
 * `default`, and can be neither deleted nor reprioritised. Rules live on their listener and go with it.
 */

/** Rules per Application Load Balancer, default rules not counted (the default quota). */
const MAX_RULES = 100;

/** The default rule's ARN: derived from the listener's, so that it needs no stored state. */
export function defaultRuleArn(l: Listener): string {
  const hex = l.id.slice(-16).split('').reverse().join('');
  return `${l.id.replace(':listener/', ':listener-rule/')}/${hex}`;
}

interface FoundRule {
  listener: Listener;
  /** Undefined for the listener's default rule. */
  rule?: ListenerRule;
}

function findRule(tx: Tx, arn: string): FoundRule {
  for (const listener of tx.visible('listeners')) {
    if (defaultRuleArn(listener) === arn) return { listener };
    const rule = listener.rules?.find((r) => r.id === arn);
    if (rule) return { listener, rule };
  }
  return refuse('elb.rule.not-found', `One or more rules not found: '${arn.slice(0, 200)}'`, { resources: [arn] });
}

function notDefault(found: FoundRule, what: string): ListenerRule {
  if (found.rule) return found.rule;
  return refuse('elb.rule.default', `The default rule of listener '${found.listener.id}' cannot be ${what}.`, { resources: [defaultRuleArn(found.listener)] });
}

function albOf(tx: Tx, listener: Listener): LoadBalancer {
  const lb = findLoadBalancer(tx, listener.loadBalancerArn);
  if (lb.type !== 'application') {
    refuse('elb.rule.alb-only', `Listener '${listener.id}' belongs to a ${lb.type} load balancer; only Application Load Balancer listeners have rules.`, { resources: [listener.id] });
  }
  return lb;
}

function priorityInUse(listener: Listener, priority: number): never {
  return refuse('elb.rule.priority-in-use', `Priority '${priority}' is currently in use on listener '${listener.id}'`, { resources: [listener.id], scope: { kind: 'parameter', to: 'Priority' } });
}

function createRule(tx: Tx, p: Params) {
  const listener = findListener(tx, p.str('ListenerArn'));
  const lb = albOf(tx, listener);
  const priority = p.int('Priority', 1, 50000);
  const conditions = readConditions(p);
  const tg = checkForward(tx, lb, forwardTarget(p, 'Actions'), listener.protocol);
  const rules = listener.rules ?? [];
  if (rules.some((r) => r.priority === priority)) priorityInUse(listener, priority);
  const count = tx.all('listeners').filter((l) => l.loadBalancerArn === lb.id).reduce((n, l) => n + (l.rules?.length ?? 0), 0);
  if (count >= MAX_RULES) {
    refuse('elb.quota.rules', `Load balancer '${lb.id}' already has ${MAX_RULES} rules, the most it can have.`, { resources: [lb.id], scope: { kind: 'quota', to: 'Priority' } });
  }
  const rule: ListenerRule = { id: `${listener.id.replace(':listener/', ':listener-rule/')}/${tx.hex(16)}`, priority, conditions, targetGroupArn: tg.id, createdAt: tx.now };
  tx.update('listeners', listener.id, { rules: [...rules, rule] });
  const what = conditions.map((c) => `${c.field} ${c.values.join(' or ')}`).join(' and ');
  tx.event({ type: 'created', message: `Rule ${priority} on ${listener.protocol}:${listener.port} of ${lb.name}: requests with ${what} go to ${tg.name}.`, resourceId: rule.id });
  return { Rules: [toSdkRule(rule)] };
}

function describeRules(tx: Tx, p: Params) {
  const listenerArn = p.optStr('ListenerArn');
  const arns = p.optStrList('RuleArns');
  if (!listenerArn && !arns) refuse('elb.request.invalid', 'You must specify either listener ARN or rule ARNs', { scope: { kind: 'parameter', to: 'ListenerArn' } });
  if (listenerArn) {
    const listener = findListener(tx, listenerArn);
    const all = [...rulesInOrder(listener).map(toSdkRule), toSdkDefaultRule(listener, defaultRuleArn(listener))];
    return { Rules: arns ? all.filter((r) => arns.includes(r.RuleArn)) : all };
  }
  return {
    Rules: (arns ?? []).map((arn) => {
      const found = findRule(tx, arn);
      return found.rule ? toSdkRule(found.rule) : toSdkDefaultRule(found.listener, arn);
    }),
  };
}

function replaceRule(tx: Tx, listener: Listener, rule: ListenerRule): void {
  tx.update('listeners', listener.id, { rules: (listener.rules ?? []).map((r) => (r.id === rule.id ? rule : r)) });
}

/** ModifyRule: new conditions and/or a new forward target; on the default rule only the action (as ModifyListener). */
function modifyRule(tx: Tx, p: Params) {
  const found = findRule(tx, p.str('RuleArn'));
  const { listener } = found;
  const lb = albOf(tx, listener);
  if (!found.rule && p.has('Conditions')) notDefault(found, 'given conditions');
  const conditions = p.has('Conditions') ? readConditions(p) : undefined;
  const tg = p.has('Actions') ? checkForward(tx, lb, forwardTarget(p, 'Actions'), listener.protocol) : undefined;
  if (!found.rule) {
    const updated = tg && tg.id !== listener.targetGroupArn ? tx.update('listeners', listener.id, { targetGroupArn: tg.id, createdAt: tx.now }) : listener;
    if (updated !== listener) tx.event({ type: 'modified', message: `The default rule of ${listener.protocol}:${listener.port} on ${lb.name} now forwards to ${tg?.name}.`, resourceId: listener.id });
    return { Rules: [toSdkDefaultRule(updated, defaultRuleArn(updated))] };
  }
  const rule = found.rule;
  const moved = tg !== undefined && tg.id !== rule.targetGroupArn;
  const next: ListenerRule = { ...rule, conditions: conditions ?? rule.conditions, targetGroupArn: tg?.id ?? rule.targetGroupArn, createdAt: moved ? tx.now : rule.createdAt };
  replaceRule(tx, listener, next);
  tx.event({ type: 'modified', message: `Rule ${rule.priority} on ${listener.protocol}:${listener.port} of ${lb.name} was changed.`, resourceId: rule.id });
  return { Rules: [toSdkRule(next)] };
}

function setRulePriorities(tx: Tx, p: Params) {
  const list = p.optObjList('RulePriorities') ?? [];
  if (list.length === 0) refuse('elb.request.invalid', 'The request must contain the parameter RulePriorities', { scope: { kind: 'parameter', to: 'RulePriorities' } });
  const pairs = list.map((pair) => ({ found: findRule(tx, pair.str('RuleArn')), priority: pair.int('Priority', 1, 50000) }));
  const changed: ListenerRule[] = [];
  for (const { found, priority } of pairs) {
    const rule = notDefault(found, 'given a priority');
    const listener = tx.get('listeners', found.listener.id) ?? found.listener;
    const next = { ...rule, priority };
    replaceRule(tx, listener, next);
    changed.push(next);
  }
  for (const listener of new Set(pairs.map((x) => x.found.listener.id))) {
    const rules = tx.get('listeners', listener)?.rules ?? [];
    const clash = rules.find((r, i) => rules.findIndex((o) => o.priority === r.priority) !== i);
    if (clash) priorityInUse(tx.get('listeners', listener) as Listener, clash.priority);
  }
  tx.event({ type: 'modified', message: `Rule priorities set: ${changed.map((r) => r.priority).join(', ')}.`, resourceId: changed[0]?.id ?? '' });
  return { Rules: changed.map(toSdkRule) };
}

function deleteRule(tx: Tx, p: Params) {
  const found = findRule(tx, p.str('RuleArn'));
  const rule = notDefault(found, 'deleted');
  tx.update('listeners', found.listener.id, { rules: (found.listener.rules ?? []).filter((r) => r.id !== rule.id) });
  tx.event({ type: 'deleted', message: `Rule ${rule.priority} of listener ${found.listener.protocol}:${found.listener.port} was deleted.`, resourceId: rule.id });
  return {};
}

export const RULE_ACTIONS = defineActions([
  { type: 'elasticloadbalancing:CreateRule', summary: 'Add a listener rule: path or host conditions, a priority, a forward to a target group.', run: queryService(createRule) },
  { type: 'elasticloadbalancing:DescribeRules', summary: 'List a listener’s rules in priority order, its default rule last.', run: queryService(describeRules), read: true },
  { type: 'elasticloadbalancing:ModifyRule', summary: 'Change a rule’s conditions or forward target.', run: queryService(modifyRule) },
  { type: 'elasticloadbalancing:SetRulePriorities', summary: 'Reorder listener rules (priorities stay unique per listener).', run: queryService(setRulePriorities) },
  { type: 'elasticloadbalancing:DeleteRule', summary: 'Delete a listener rule (never the default rule).', run: queryService(deleteRule) },
]);

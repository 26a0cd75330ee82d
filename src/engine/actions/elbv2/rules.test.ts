import { describe as group, expect, it } from 'vitest';
import { describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { advance, webStack } from '../scaling-test-helpers';

const fwd = (TargetGroupArn: string) => [{ Type: 'forward', TargetGroupArn }];
const path = (...Values: string[]) => [{ Field: 'path-pattern', Values }];

/** webStack plus a second target group "api-tg" with its own instance, and one web instance; all registered. */
function apiStack() {
  const s = webStack();
  let world = s.world;
  const api = ok(world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'api-tg', Protocol: 'HTTP', Port: 80, VpcId: s.vpcId });
  world = api.world;
  const apiTg = api.response.TargetGroups[0].TargetGroupArn as string;
  const ids: string[] = [];
  for (const tg of [s.tgArn, apiTg]) {
    const run = ok(world, 'ec2:RunInstances', { ImageId: s.imageId, SubnetId: s.subnets[0], MinCount: 1, MaxCount: 1 });
    ids.push(run.response.Instances[0].InstanceId);
    world = ok(run.world, 'elasticloadbalancing:RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id: ids[ids.length - 1] }] }).world;
  }
  const listenerArn = describe(world, 'elasticloadbalancing:DescribeListeners', { LoadBalancerArn: s.lbArn }).Listeners[0].ListenerArn as string;
  return { ...s, world, apiTg, listenerArn, webId: ids[0] as string, apiId: ids[1] as string };
}

const rulesOf = (world: World, ListenerArn: string) => describe(world, 'elasticloadbalancing:DescribeRules', { ListenerArn }).Rules;

group('CreateRule and DescribeRules', () => {
  it('adds a path rule; DescribeRules lists it in priority order with the default rule last', () => {
    const s = apiStack();
    const r = ok(s.world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 10, Conditions: path('/api/*'), Actions: fwd(s.apiTg) });
    const rule = r.response.Rules[0];
    expect(rule).toMatchObject({ Priority: '10', IsDefault: false, Conditions: [{ Field: 'path-pattern', Values: ['/api/*'], PathPatternConfig: { Values: ['/api/*'] } }] });
    expect(rule.Actions[0]).toMatchObject({ Type: 'forward', TargetGroupArn: s.apiTg });
    expect(rule.RuleArn).toMatch(/:listener-rule\/app\/web-alb\/[0-9a-f]{16}\/[0-9a-f]{16}\/[0-9a-f]{16}$/);
    const world = ok(r.world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 5, Conditions: [{ Field: 'host-header', Values: ['admin.example.com'] }], Actions: fwd(s.apiTg) }).world;
    const rules = rulesOf(world, s.listenerArn);
    expect(rules.map((x: { Priority: string }) => x.Priority)).toEqual(['5', '10', 'default']);
    expect(rules[2]).toMatchObject({ IsDefault: true, Conditions: [], Actions: [{ Type: 'forward', TargetGroupArn: s.tgArn }] });
    const byArn = describe(world, 'elasticloadbalancing:DescribeRules', { RuleArns: [rules[2].RuleArn, rule.RuleArn] }).Rules;
    expect(byArn.map((x: { Priority: string }) => x.Priority)).toEqual(['default', '10']);
    // the target group a rule forwards to belongs to the load balancer now
    expect(describe(world, 'elasticloadbalancing:DescribeTargetGroups', { TargetGroupArns: [s.apiTg] }).TargetGroups[0].LoadBalancerArns).toEqual([s.lbArn]);
  });

  it('refuses a priority in use, an out-of-range priority, a rule without conditions, and an unknown listener or rule', () => {
    const s = apiStack();
    const world = ok(s.world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 10, Conditions: path('/api/*'), Actions: fwd(s.apiTg) }).world;
    const e = no(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 10, Conditions: path('/x'), Actions: fwd(s.apiTg) });
    expect(e).toMatchObject({ code: 'PriorityInUse', rule: 'elb.rule.priority-in-use', message: `Priority '10' is currently in use on listener '${s.listenerArn}'` });
    expect(no(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 50001, Conditions: path('/x'), Actions: fwd(s.apiTg) }).code).toBe('ValidationError');
    expect(no(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 11, Conditions: [], Actions: fwd(s.apiTg) }).code).toBe('ValidationError');
    const two = { ListenerArn: s.listenerArn, Priority: 11, Conditions: path('/x') };
    expect(no(world, 'elasticloadbalancing:CreateRule', { ...two, Actions: [...fwd(s.apiTg), ...fwd(s.tgArn)] }).code).toBe('ValidationError');
    const weighted = [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: s.apiTg, Weight: 1 }, { TargetGroupArn: s.tgArn, Weight: 1 }] } }];
    expect(no(world, 'elasticloadbalancing:CreateRule', { ...two, Actions: weighted }).code).toBe('ValidationError');
    expect(no(world, 'elasticloadbalancing:CreateRule', { ...two, Conditions: [{ Field: 'source-ip', Values: ['10.0.0.0/8'] }], Actions: fwd(s.apiTg) }).code).toBe('ValidationError');
    expect(no(world, 'elasticloadbalancing:CreateRule', { ListenerArn: `${s.listenerArn}0`, Priority: 11, Conditions: path('/x'), Actions: fwd(s.apiTg) }).code).toBe('ListenerNotFound');
    expect(no(world, 'elasticloadbalancing:DescribeRules', { RuleArns: [`${s.listenerArn.replace(':listener/', ':listener-rule/')}/0123456789abcdef`] })).toMatchObject({ code: 'RuleNotFound', rule: 'elb.rule.not-found' });
  });

  it('applies the forward checks (S17): other VPC, target group of another load balancer', () => {
    const s = apiStack();
    const vpc = ok(s.world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' });
    const far = ok(vpc.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'far', Protocol: 'HTTP', Port: 80, VpcId: vpc.response.Vpc.VpcId });
    const farRule = { ListenerArn: s.listenerArn, Priority: 1, Conditions: path('/x'), Actions: fwd(far.response.TargetGroups[0].TargetGroupArn) };
    expect(no(far.world, 'elasticloadbalancing:CreateRule', farRule)).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.listener.other-vpc' });
    const lb2 = ok(s.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'other-alb', Subnets: [s.subnets[0], s.subnets[1]] });
    const taken = ok(lb2.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: lb2.response.LoadBalancers[0].LoadBalancerArn, Port: 80, DefaultActions: fwd(s.apiTg) });
    expect(no(taken.world, 'elasticloadbalancing:CreateRule', { ...farRule, Actions: fwd(s.apiTg) })).toMatchObject({ code: 'TargetGroupAssociationLimit', rule: 'elb.listener.tg-other-lb' });
  });

  it('has no rules on a Network Load Balancer listener', () => {
    const s = apiStack();
    const tcp = ok(s.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tcp', Protocol: 'TCP', Port: 80, VpcId: s.vpcId });
    const nlb = ok(tcp.world, 'elasticloadbalancing:CreateLoadBalancer', { Name: 'nlb', Type: 'network', Subnets: [s.subnets[0]] });
    const tcpArn = tcp.response.TargetGroups[0].TargetGroupArn;
    const l = ok(nlb.world, 'elasticloadbalancing:CreateListener', { LoadBalancerArn: nlb.response.LoadBalancers[0].LoadBalancerArn, Protocol: 'TCP', Port: 80, DefaultActions: fwd(tcpArn) });
    const e = no(l.world, 'elasticloadbalancing:CreateRule', { ListenerArn: l.response.Listeners[0].ListenerArn, Priority: 1, Conditions: path('/x'), Actions: fwd(tcpArn) });
    expect(e).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.rule.alb-only' });
  });

  it('stops at 100 rules per load balancer (TooManyRules)', () => {
    const s = apiStack();
    let world = s.world;
    for (let i = 1; i <= 100; i += 1) world = ok(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: i, Conditions: path(`/p${i}`), Actions: fwd(s.apiTg) }).world;
    const e = no(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 101, Conditions: path('/x'), Actions: fwd(s.apiTg) });
    expect(e).toMatchObject({ code: 'TooManyRules', rule: 'elb.quota.rules' });
  });
});

group('DeleteRule, ModifyRule, SetRulePriorities', () => {
  function withRules() {
    const s = apiStack();
    let world = s.world;
    const arns: string[] = [];
    for (const [Priority, p] of [[10, '/api/*'], [20, '/v2/*']] as const) {
      const r = ok(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority, Conditions: path(p), Actions: fwd(s.apiTg) });
      world = r.world;
      arns.push(r.response.Rules[0].RuleArn);
    }
    const defaultArn = rulesOf(world, s.listenerArn)[2].RuleArn as string;
    return { ...s, world, arns: arns as [string, string], defaultArn };
  }

  it('deletes a rule but never the default rule (OperationNotPermitted)', () => {
    const s = withRules();
    const world = ok(s.world, 'elasticloadbalancing:DeleteRule', { RuleArn: s.arns[0] }).world;
    expect(rulesOf(world, s.listenerArn).map((r: { Priority: string }) => r.Priority)).toEqual(['20', 'default']);
    expect(no(world, 'elasticloadbalancing:DeleteRule', { RuleArn: s.arns[0] }).code).toBe('RuleNotFound');
    expect(no(world, 'elasticloadbalancing:DeleteRule', { RuleArn: s.defaultArn })).toMatchObject({ code: 'OperationNotPermitted', rule: 'elb.rule.default' });
  });

  it('swaps priorities in one call, refuses a clash and the default rule', () => {
    const s = withRules();
    const r = ok(s.world, 'elasticloadbalancing:SetRulePriorities', { RulePriorities: [{ RuleArn: s.arns[0], Priority: 20 }, { RuleArn: s.arns[1], Priority: 10 }] });
    expect(r.response.Rules.map((x: { Priority: string }) => x.Priority)).toEqual(['20', '10']);
    expect(rulesOf(r.world, s.listenerArn).map((x: { RuleArn: string }) => x.RuleArn)).toEqual([s.arns[1], s.arns[0], s.defaultArn]);
    expect(no(s.world, 'elasticloadbalancing:SetRulePriorities', { RulePriorities: [{ RuleArn: s.arns[0], Priority: 20 }] }).code).toBe('PriorityInUse');
    expect(no(s.world, 'elasticloadbalancing:SetRulePriorities', { RulePriorities: [{ RuleArn: s.defaultArn, Priority: 1 }] }).code).toBe('OperationNotPermitted');
  });

  it('modifies conditions and the forward target; the default rule takes no conditions', () => {
    const s = withRules();
    const r = ok(s.world, 'elasticloadbalancing:ModifyRule', { RuleArn: s.arns[0], Conditions: path('/internal/*'), Actions: fwd(s.tgArn) });
    expect(r.response.Rules[0]).toMatchObject({ Priority: '10', Conditions: [{ Values: ['/internal/*'] }], Actions: [{ TargetGroupArn: s.tgArn }] });
    expect(no(s.world, 'elasticloadbalancing:ModifyRule', { RuleArn: s.defaultArn, Conditions: path('/x') }).code).toBe('OperationNotPermitted');
    const moved = ok(s.world, 'elasticloadbalancing:ModifyRule', { RuleArn: s.defaultArn, Actions: fwd(s.apiTg) });
    expect(moved.response.Rules[0]).toMatchObject({ IsDefault: true, Actions: [{ TargetGroupArn: s.apiTg }] });
  });

  it('keeps a target group a rule forwards to from being deleted (S18); deleting the listener deletes its rules', () => {
    const s = withRules();
    const e = no(s.world, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: s.apiTg });
    expect(e).toMatchObject({ code: 'ResourceInUse', rule: 'elb.target-group.in-use', message: `Target group '${s.apiTg}' is currently in use by a listener or a rule` });
    const gone = ok(s.world, 'elasticloadbalancing:DeleteListener', { ListenerArn: s.listenerArn }).world;
    expect(no(gone, 'elasticloadbalancing:DescribeRules', { RuleArns: [s.arns[0]] }).code).toBe('RuleNotFound');
    ok(gone, 'elasticloadbalancing:DeleteTargetGroup', { TargetGroupArn: s.apiTg });
  });
});

group('sim:SendTraffic routes by rules', () => {
  it('sends /api/* to the rule’s target group, the rest to the default action; a host rule matches the Host', () => {
    const s = apiStack();
    let world = ok(s.world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 10, Conditions: path('/api/*'), Actions: fwd(s.apiTg) }).world;
    world = advance(world, 60);
    const send = (extra: Record<string, unknown>) => ok(world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 100, ...extra }).response;
    const api = send({ Path: '/api/users' });
    expect(api.ByTarget).toEqual({ [s.apiId]: 100 });
    expect(api.TargetGroupArn).toBe(s.apiTg);
    // the web server answers 404 for any path but / (guest model); what matters is who answered
    expect(send({ Path: '/' }).ByTarget).toEqual({ [s.webId]: 100 });
    expect(send({ Path: '/API/users' }).ByTarget).toEqual({ [s.webId]: 100 });
    world = ok(world, 'elasticloadbalancing:CreateRule', { ListenerArn: s.listenerArn, Priority: 5, Conditions: [{ Field: 'host-header', Values: ['*.example.com'] }], Actions: fwd(s.apiTg) }).world;
    expect(ok(world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 10, Host: 'Shop.Example.com', Path: '/' }).response.ByTarget).toEqual({ [s.apiId]: 10 });
    expect(ok(world, 'sim:SendTraffic', { LoadBalancerArn: s.lbArn, Requests: 10, Path: '/' }).response.ByTarget).toEqual({ [s.webId]: 10 });
  });
});

import { expect, it } from 'vitest';
import { no, ok } from '../../engine-test-helpers';
import { scalingLab, webStack } from '../scaling-test-helpers';

const attrs = (TargetGroupArn: string, pairs: Record<string, string>) => ({
  TargetGroupArn,
  Attributes: Object.entries(pairs).map(([Key, Value]) => ({ Key, Value })),
});

it('accepts app_cookie stickiness with a valid cookie name, refuses the AWSALB names and a missing name (S15)', () => {
  const s = webStack();
  const r = ok(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', attrs(s.tgArn, {
    'stickiness.enabled': 'true',
    'stickiness.type': 'app_cookie',
    'stickiness.app_cookie.cookie_name': 'SESSIONID',
    'stickiness.app_cookie.duration_seconds': '3600',
  }));
  expect(r.response.Attributes).toContainEqual({ Key: 'stickiness.app_cookie.cookie_name', Value: 'SESSIONID' });
  const bad = attrs(s.tgArn, { 'stickiness.type': 'app_cookie', 'stickiness.app_cookie.cookie_name': 'AWSALBAPP-1' });
  expect(no(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', bad)).toMatchObject({ code: 'InvalidConfigurationRequest', rule: 'elb.attribute.invalid' });
  expect(no(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', attrs(s.tgArn, { 'stickiness.type': 'app_cookie' })).rule).toBe('elb.attribute.invalid');
});

it('refuses source_ip stickiness on an HTTP target group, accepts it on a TCP one (S15)', () => {
  const s = webStack();
  expect(no(s.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', attrs(s.tgArn, { 'stickiness.type': 'source_ip' })).code).toBe('InvalidConfigurationRequest');
  const tcp = ok(s.world, 'elasticloadbalancing:CreateTargetGroup', { Name: 'tcp-tg', Protocol: 'TCP', Port: 22, VpcId: s.vpcId });
  ok(tcp.world, 'elasticloadbalancing:ModifyTargetGroupAttributes', attrs(tcp.response.TargetGroups[0].TargetGroupArn, { 'stickiness.type': 'source_ip' }));
});

it('refuses matcher codes outside 200–499 (S6)', () => {
  const lab = scalingLab();
  const tg = (HttpCode: string) => ({ Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId, Matcher: { HttpCode } });
  for (const code of ['100', '199', '500', '200-500', '302,503']) {
    expect(no(lab.world, 'elasticloadbalancing:CreateTargetGroup', tg(code)).rule).toBe('elb.health-check.range');
  }
  for (const code of ['200', '499', '200-399', '200,302']) ok(lab.world, 'elasticloadbalancing:CreateTargetGroup', tg(code));
});

it('the same name with other health-check settings is DuplicateTargetGroupName; an identical repeat is idempotent (S6)', () => {
  const lab = scalingLab();
  const base = { Name: 'tg', Protocol: 'HTTP', Port: 80, VpcId: lab.vpcId };
  const first = ok(lab.world, 'elasticloadbalancing:CreateTargetGroup', base);
  const again = ok(first.world, 'elasticloadbalancing:CreateTargetGroup', base);
  expect(again.response.TargetGroups[0].TargetGroupArn).toBe(first.response.TargetGroups[0].TargetGroupArn);
  expect(no(first.world, 'elasticloadbalancing:CreateTargetGroup', { ...base, HealthCheckPath: '/health' }).code).toBe('DuplicateTargetGroupName');
});

import { describe, expect, it } from 'vitest';
import { runAwsCli } from './index';
import { createWebGroup, webStack } from '../engine/actions/scaling-test-helpers';

/** The operations added for listener rules, zones, security groups, traffic sources and rule descriptions, by CLI. */
describe('aws elbv2 / autoscaling / ec2: the newer load balancing operations', () => {
  const s = webStack();

  it('elbv2 set-subnets and set-security-groups', () => {
    const r = runAwsCli(s.world, `aws elbv2 set-subnets --load-balancer-arn ${s.lbArn} --subnets ${s.subnets[1]} ${s.subnets[2]}`);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).AvailabilityZones.map((z: { ZoneName: string }) => z.ZoneName)).toEqual(['us-east-1b', 'us-east-1c']);
    const one = runAwsCli(s.world, `aws elbv2 set-subnets --load-balancer-arn ${s.lbArn} --subnets ${s.subnets[1]}`);
    expect(one).toMatchObject({ exitCode: 254 });
    expect(one.stderr).toContain('An error occurred (ValidationError) when calling the SetSubnets operation: At least two subnets in two different Availability Zones must be specified');
    const sgs = runAwsCli(s.world, `aws elbv2 set-security-groups --load-balancer-arn ${s.lbArn} --security-groups sg-0123456789abcdef0`);
    expect(sgs.stderr).toContain('An error occurred (InvalidSecurityGroup) when calling the SetSecurityGroups operation');
  });

  it('elbv2 create-rule with shorthand conditions and actions, then describe-rules --query', () => {
    const tg = runAwsCli(s.world, `aws elbv2 create-target-group --name api-tg --protocol HTTP --port 80 --vpc-id ${s.vpcId} --query TargetGroups[0].TargetGroupArn --output text`);
    const apiTg = tg.stdout.trim();
    const listener = runAwsCli(tg.world, `aws elbv2 describe-listeners --load-balancer-arn ${s.lbArn} --query Listeners[0].ListenerArn --output text`).stdout.trim();
    const r = runAwsCli(tg.world, `aws elbv2 create-rule --listener-arn ${listener} --priority 10 --conditions Field=path-pattern,Values='/api/*' --actions Type=forward,TargetGroupArn=${apiTg}`);
    expect(r.stderr).toBe('');
    expect(r.actions[0]?.params).toMatchObject({ Priority: 10, Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }], Actions: [{ Type: 'forward', TargetGroupArn: apiTg }] });
    const rules = runAwsCli(r.world, `aws elbv2 describe-rules --listener-arn ${listener} --query Rules[].Priority --output text`);
    expect(rules.stdout).toBe('10\tdefault\n');
    const again = runAwsCli(r.world, `aws elbv2 create-rule --listener-arn ${listener} --priority 10 --conditions Field=path-pattern,Values=/x --actions Type=forward,TargetGroupArn=${apiTg}`);
    expect(again).toMatchObject({ exitCode: 254 });
    expect(again.stderr).toContain('An error occurred (PriorityInUse) when calling the CreateRule operation');
  });

  it('autoscaling attach-traffic-sources and describe-traffic-sources', () => {
    const world = createWebGroup(s);
    const r = runAwsCli(world, `aws autoscaling attach-traffic-sources --auto-scaling-group-name web --traffic-sources Identifier=${s.tgArn},Type=elbv2`);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const d = runAwsCli(r.world, 'aws autoscaling describe-traffic-sources --auto-scaling-group-name web --query TrafficSources[0].Identifier --output text');
    expect(d.stdout).toBe(`${s.tgArn}\n`);
  });

  it('ec2 update-security-group-rule-descriptions-ingress', () => {
    const group = runAwsCli(s.world, `aws elbv2 describe-load-balancers --query LoadBalancers[0].SecurityGroups[0] --output text`).stdout.trim();
    const perm = 'IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0,Description=clients}]';
    const r = runAwsCli(s.world, `aws ec2 update-security-group-rule-descriptions-ingress --group-id ${group} --ip-permissions ${perm}`);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual({ Return: true });
    const d = runAwsCli(r.world, `aws ec2 describe-security-group-rules --filters Name=group-id,Values=${group} --query "SecurityGroupRules[?FromPort==\`80\`].Description" --output text`);
    expect(d.stdout).toBe('clients\n');
    const missing = runAwsCli(s.world, `aws ec2 update-security-group-rule-descriptions-ingress --group-id ${group} --ip-permissions IpProtocol=tcp,FromPort=81,ToPort=81,IpRanges=[{CidrIp=0.0.0.0/0,Description=x}]`);
    expect(missing.stderr).toContain('An error occurred (InvalidPermission.NotFound) when calling the UpdateSecurityGroupRuleDescriptionsIngress operation');
  });
});

/**
 * The wire itself: raw Query requests the SDK would never send (unknown members, bad values, unknown actions), XML
 * escaping both ways, awsQuery for the Auto Scaling and ELBv2 clients, and the handler's own door for sim: actions.
 */
import { describe, expect, it } from 'vitest';
import { HttpRequest } from '@smithy/core/protocols';
import {
  CreateLaunchTemplateCommand,
  CreateTagsCommand,
  CreateVpcCommand,
  DescribeReservedInstancesCommand,
  DescribeReservedInstancesOfferingsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EnableEbsEncryptionByDefaultCommand,
  GetEbsEncryptionByDefaultCommand,
  PurchaseReservedInstancesOfferingCommand,
} from '@aws-sdk/client-ec2';
import { AutoScalingClient, CreateAutoScalingGroupCommand, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { createWorld } from '../engine';
import { EngineHandler } from './handler';
import { CREDENTIALS, lab, refusal } from './sdk-test-helpers';

async function raw(handler: EngineHandler, body: string, hostname = 'ec2.us-east-1.amazonaws.com'): Promise<{ status: number; xml: string }> {
  const request = new HttpRequest({ method: 'POST', hostname, path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const { response } = await handler.handle(request);
  return { status: response.statusCode, xml: new TextDecoder().decode(response.body as Uint8Array) };
}

describe('EngineHandler on the wire', () => {
  it('reads flattened members and answers EC2 XML with requestId, sets and items', async () => {
    const handler = new EngineHandler(createWorld());
    const made = await raw(handler, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16&TagSpecification.1.ResourceType=vpc&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=a%26b');
    expect(made.status).toBe(200);
    expect(made.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<CreateVpcResponse xmlns="http:\/\/ec2.amazonaws.com\/doc\/2016-11-15\/"><requestId>[0-9a-f-]{36}<\/requestId><vpc>/);
    expect(made.xml).toContain('<tagSet><item><key>Name</key><value>a&#38;b</value></item></tagSet>');
    const vpcId = /<vpcId>(vpc-[0-9a-f]+)<\/vpcId>/.exec(made.xml)![1]!;
    const listed = await raw(handler, `Action=DescribeVpcs&Version=2016-11-15&Filter.1.Name=vpc-id&Filter.1.Value.1=${vpcId}`);
    expect(listed.xml).toMatch(new RegExp(`<vpcSet><item><ownerId>111122223333</ownerId>.*<vpcId>${vpcId}</vpcId>.*</item></vpcSet>`));
    const empty = await raw(handler, 'Action=DescribeVpcs&Version=2016-11-15&Filter.1.Name=cidr&Filter.1.Value.1=192.168.0.0%2F16');
    expect(empty.xml).toContain('<vpcSet/>');
  });

  it('refuses what AWS refuses before the engine: unknown members, bad numbers and booleans, unknown actions', async () => {
    const handler = new EngineHandler(createWorld());
    const unknown = await raw(handler, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16&Colour=blue');
    expect(unknown.status).toBe(400);
    expect(unknown.xml).toMatch(/<Response><Errors><Error><Code>UnknownParameter<\/Code><Message>The parameter Colour is not recognized.<\/Message><\/Error><\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/);
    const nested = await raw(handler, 'Action=DescribeVpcs&Version=2016-11-15&Filter.x.Name=cidr');
    expect(nested.xml).toContain('<Code>UnknownParameter</Code><Message>The parameter Filter.x is not recognized.');
    const number = await raw(handler, 'Action=DescribeVpcs&Version=2016-11-15&MaxResults=ten');
    expect(number.xml).toContain('<Code>InvalidParameterValue</Code>');
    const flag = await raw(handler, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16&DryRun=maybe');
    expect(flag.xml).toContain('<Code>InvalidParameterValue</Code>');
    const action = await raw(handler, 'Action=LaunchRocket&Version=2016-11-15');
    expect(action.xml).toContain('<Code>InvalidAction</Code><Message>The action LaunchRocket is not valid for this web service.</Message>');
    const service = await raw(handler, 'Action=ListBuckets', 's3.us-east-1.amazonaws.com');
    expect(service.xml).toContain('<Code>InvalidAction</Code>');
    const escape = await raw(handler, 'Action=CreateVpc&CidrBlock=%ZZ');
    expect(escape.xml).toContain('<Code>MalformedQueryString</Code>');
    expect(handler.calls).toEqual([]);
  });

  it('round-trips markup-like tag values through the SDK unharmed', async () => {
    const { ec2 } = lab();
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const value = `<b> & "quotes" 'single' ünïcode`;
    await ec2.send(new CreateTagsCommand({ Resources: [vpcId], Tags: [{ Key: 'Note', Value: value }] }));
    const vpcs = await ec2.send(new DescribeVpcsCommand({ VpcIds: [vpcId] }));
    expect(vpcs.Vpcs![0]!.Tags).toEqual([{ Key: 'Note', Value: value }]);
  });

  it('keeps the world between calls and lets sim: actions run on it', async () => {
    const { ec2, handler } = lab();
    await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const before = handler.world;
    const advanced = handler.apply({ type: 'sim:AdvanceTime', params: { Seconds: 3600 } });
    expect(advanced.ok).toBe(true);
    expect(handler.world).not.toBe(before);
    expect(handler.calls.map((c) => c.action.type)).toEqual(['ec2:CreateVpc']);
    expect(handler.calls[0]!.action).toMatchObject({ region: 'us-east-1', params: { CidrBlock: '10.0.0.0/16' } });
  });
});

describe('EC2Client through the engine: purchase options and account settings', () => {
  it('finds, purchases and describes a Reserved Instance', async () => {
    const { ec2 } = lab();
    const offerings = await ec2.send(
      new DescribeReservedInstancesOfferingsCommand({ InstanceType: 'm5.large', ProductDescription: 'Linux/UNIX', OfferingClass: 'standard', MaxResults: 10 }),
    );
    const offering = offerings.ReservedInstancesOfferings!.find((o) => o.OfferingType === 'No Upfront' && o.Duration === 31536000 && !o.AvailabilityZone);
    expect(offering).toBeDefined();
    expect(offering!.RecurringCharges![0]!.Amount).toBeGreaterThan(0);
    const bought = await ec2.send(new PurchaseReservedInstancesOfferingCommand({ ReservedInstancesOfferingId: offering!.ReservedInstancesOfferingId!, InstanceCount: 2 }));
    expect(bought.ReservedInstancesId).toBeTruthy();
    const owned = await ec2.send(new DescribeReservedInstancesCommand({ ReservedInstancesIds: [bought.ReservedInstancesId!] }));
    expect(owned.ReservedInstances![0]).toMatchObject({ InstanceType: 'm5.large', InstanceCount: 2, State: 'active', Scope: 'Region' });
    expect(owned.ReservedInstances![0]!.Start).toBeInstanceOf(Date);
  });

  it('turns EBS encryption by default on', async () => {
    const { ec2 } = lab();
    expect((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault).toBe(false);
    expect((await ec2.send(new EnableEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault).toBe(true);
    expect((await ec2.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault).toBe(true);
  });
});

describe('Auto Scaling and ELBv2 clients through the engine (awsQuery)', () => {
  it('creates a target group and refuses a one-AZ load balancer with ValidationError', async () => {
    const { ec2, handler } = lab({ defaultVpc: true });
    const elb = new ElasticLoadBalancingV2Client({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
    const vpcId = (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }))).Vpcs![0]!.VpcId!;
    const tg = await elb.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: vpcId, HealthCheckPath: '/health' }));
    expect(tg.TargetGroups![0]).toMatchObject({ TargetGroupName: 'web', Protocol: 'HTTP', Port: 80, VpcId: vpcId, HealthCheckPath: '/health' });
    expect(tg.TargetGroups![0]!.TargetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup\/web\//);
    const listed = await elb.send(new DescribeTargetGroupsCommand({ Names: ['web'] }));
    expect(listed.TargetGroups!.map((t) => t.TargetGroupArn)).toEqual([tg.TargetGroups![0]!.TargetGroupArn]);
    const subnet = (await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'availability-zone', Values: ['us-east-1a'] }] }))).Subnets![0]!.SubnetId!;
    const oneAz = await refusal(elb.send(new CreateLoadBalancerCommand({ Name: 'web', Subnets: [subnet] })));
    expect(oneAz.name).toBe('ValidationError');
    expect(oneAz.message).toBe('At least two subnets in two different Availability Zones must be specified');
  });

  it('creates an Auto Scaling group from a launch template and describes its instances', async () => {
    const { ec2, handler } = lab({ defaultVpc: true });
    const asg = new AutoScalingClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
    const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!);
    const imageId = /ami-[0-9a-f]+/.exec(JSON.stringify(handler.world))![0];
    await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: imageId, InstanceType: 't3.micro' } }));
    await asg.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'web',
        LaunchTemplate: { LaunchTemplateName: 'web' },
        MinSize: 2,
        MaxSize: 4,
        DesiredCapacity: 2,
        VPCZoneIdentifier: subnets.slice(0, 2).join(','),
      }),
    );
    const groups = await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['web'] }));
    const group = groups.AutoScalingGroups![0]!;
    expect(group).toMatchObject({ AutoScalingGroupName: 'web', MinSize: 2, MaxSize: 4, DesiredCapacity: 2 });
    expect(group.Instances).toHaveLength(2);
    expect(group.Instances![0]!.InstanceId).toMatch(/^i-/);
    expect(new Set(group.Instances!.map((i) => i.AvailabilityZone)).size).toBe(2);
    const bad = await refusal(asg.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: 'x', MinSize: 1, MaxSize: 1 })));
    expect(bad.name).toBe('ValidationError');
  });
});

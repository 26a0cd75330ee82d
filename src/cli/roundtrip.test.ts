/**
 * Every action with a form: form params → `aws …` command line → parsed params → the identical action. Also a
 * Name tag, another region, and hand-written requests with structures, lists and flags.
 */
import { describe, expect, it } from 'vitest';
import { classroom } from '../test/worlds';
import { FORM_SPECS, formAction, initialValues } from '../commands/forms/specs';
import type { Action } from '../engine';
import { runAwsCli, toCliCommand } from './index';

function roundTrip(world: Parameters<typeof runAwsCli>[0], action: Action): Action | string {
  const line = toCliCommand(action);
  const r = runAwsCli(world, line);
  return r.actions[0] ?? `${line}\n${r.stderr}`;
}

describe('toCliCommand ↔ runAwsCli', () => {
  const c = classroom();
  const world = c.b.world;
  const selections = [null, c.vpc, c.subnetA, c.web, c.eniA, c.volA, c.eip];

  it.each([...FORM_SPECS.keys()])('%s round-trips from its form', (type) => {
    const spec = FORM_SPECS.get(type)!;
    for (const selection of selections) {
      const values = initialValues(spec, { world, selection });
      if ('Name' in values) values.Name = 'web tier';
      const action = formAction(spec, values);
      expect(roundTrip(world, action), `${type} with ${selection}`).toEqual(action);
      const elsewhere = formAction(spec, values, 'eu-west-1');
      expect(roundTrip(world, elsewhere)).toEqual(elsewhere);
    }
  });

  it.each<Action>([
    {
      type: 'ec2:RunInstances',
      params: {
        ImageId: 'ami-1',
        InstanceType: 't3.micro',
        MinCount: 2,
        MaxCount: 3,
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, DeleteOnTermination: true } }],
        InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { MaxPrice: '0.05' } },
        DisableApiTermination: false,
        UserData: btoa('#!/bin/bash\necho "hi, there"'),
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: "it's = web, really" }] }],
      },
    },
    { type: 'ec2:ModifyVpcAttribute', params: { VpcId: 'vpc-1', EnableDnsHostnames: { Value: true } } },
    { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: 'i-1', InstanceType: { Value: 't3.large' } } },
    { type: 'ec2:DescribeVpcs', params: { Filters: [{ Name: 'cidr-block', Values: ['10.0.1.0/24', '10.0.3.0/24'] }] } },
    { type: 'ec2:DescribeInstances', params: { InstanceIds: ['i-1', 'i-2'] } },
    { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true, VolumeType: 'gp3' } },
    { type: 'sim:SetSpotPrice', params: { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '0.5' } },
    { type: 'sim:AdvanceTime', params: { Seconds: 120 } },
  ])('$type round-trips', (action) => {
    expect(roundTrip(world, action)).toEqual(action);
  });

  it('a member the model lacks travels in --cli-input-json, which the CLI then refuses as botocore does', () => {
    const action = { type: 'ec2:CreateVpc', params: { CidrBlock: '10.9.0.0/16', SomethingTheModelLacks: 1 } };
    expect(toCliCommand(action)).toContain(`--cli-input-json '{"SomethingTheModelLacks":1}'`);
    expect(runAwsCli(world, toCliCommand(action))).toMatchObject({ exitCode: 252, actions: [] });
  });

  it('prints readable commands', () => {
    expect(toCliCommand({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'lab' }] }] } })).toBe(
      "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=lab}]'",
    );
    expect(toCliCommand({ type: 'ec2:RunInstances', params: { ImageId: 'ami-1', MinCount: 1, MaxCount: 1 } })).toBe('aws ec2 run-instances --image-id ami-1');
    expect(toCliCommand({ type: 'ec2:ModifySubnetAttribute', params: { SubnetId: 'subnet-1', MapPublicIpOnLaunch: { Value: false } } })).toBe(
      'aws ec2 modify-subnet-attribute --subnet-id subnet-1 --no-map-public-ip-on-launch',
    );
  });
});

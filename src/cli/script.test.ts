import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../engine';
import { runAwsCli } from './index';
import { createdIdPath, sessionScript, type LoggedAction } from './script';

describe('sessionScript', () => {
  it('captures created ids into variables and reuses them', () => {
    let world: World = createWorld();
    const log: LoggedAction[] = [];
    const aws = (line: string) => {
      const r = runAwsCli(world, line, {});
      for (const action of r.actions) log.push({ action, ok: r.exitCode === 0, response: JSON.parse(r.stdout || '{}'), read: /describe/.test(line) });
      world = r.world;
      return r.stdout;
    };
    const vpc = JSON.parse(aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16')).Vpc.VpcId;
    aws(`aws ec2 create-subnet --vpc-id ${vpc} --cidr-block 10.0.1.0/24`);
    aws('aws ec2 describe-vpcs');
    aws('aws lab advance-time --seconds 60');
    expect(sessionScript(log)).toBe(
      [
        '#!/usr/bin/env bash',
        '# Exported from ec2-lab: the accepted changes of this session as AWS CLI v2 commands.',
        '# Ids are captured into variables; run it against a test account (it creates real, billable resources).',
        'set -euo pipefail',
        '',
        "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query 'Vpc.VpcId' --output text)",
        "SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --query 'Subnet.SubnetId' --output text)",
        '# lab only (no AWS API): aws lab advance-time --seconds 60',
        '',
      ].join('\n'),
    );
  });

  it('finds the id path in nested responses', () => {
    expect(createdIdPath({ Instances: [{ InstanceId: 'i-0123456789abcdef0' }] })).toEqual(['Instances[0].InstanceId', 'i-0123456789abcdef0']);
    expect(createdIdPath({ GroupId: 'sg-0123456789abcdef0' })).toEqual(['GroupId', 'sg-0123456789abcdef0']);
    expect(createdIdPath({ Return: true })).toBeUndefined();
  });
});

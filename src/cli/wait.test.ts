import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../engine';
import { runAwsCli } from './index';

function withVpc(): [World, string] {
  const r = runAwsCli(createWorld(), 'aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text');
  return [r.world, r.stdout.trim()];
}

describe('aws ec2 wait', () => {
  it('succeeds silently when the acceptor matches', () => {
    const [world, vpc] = withVpc();
    expect(runAwsCli(world, `aws ec2 wait vpc-available --vpc-ids ${vpc}`)).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(runAwsCli(world, `aws ec2 wait vpc-exists --vpc-ids ${vpc}`)).toMatchObject({ exitCode: 0, stdout: '' });
  });

  it('fails with the waiter message (255) when the state never comes', () => {
    const [world] = withVpc();
    expect(runAwsCli(world, 'aws ec2 wait vpc-exists --vpc-ids vpc-0123456789abcdef0')).toMatchObject({
      exitCode: 255,
      stdout: '',
      stderr:
        '\naws: [ERROR]: Waiter VpcExists failed: Max attempts exceeded. Previously accepted state: ' +
        'Matched expected service error code: InvalidVpcID.NotFound\n',
    });
    expect(runAwsCli(world, 'aws ec2 wait subnet-available --subnet-ids subnet-0123456789abcdef0').stderr).toMatch(
      /^\naws: \[ERROR\]: Waiter SubnetAvailable failed: An error occurred \(InvalidSubnetID\.NotFound\): /,
    );
  });

  it('names unknown waiters like other invalid choices and lists them in help', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 wait vpc-availble');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain("argument subcommand: Found invalid choice 'vpc-availble'\n\nMaybe you meant:\n\n  * vpc-available\n");
    expect(runAwsCli(createWorld(), 'aws ec2 wait help').stdout).toContain('       o instance-running\n');
  });
});

describe('wait in the service help', () => {
  it('is listed for services with waiters only', () => {
    expect(runAwsCli(createWorld(), 'aws ec2 help').stdout).toContain('       o wait\n');
    expect(runAwsCli(createWorld(), 'aws kms help').stdout).not.toContain('o wait');
    expect(runAwsCli(createWorld(), 'aws kms wait key-exists').stderr).toContain("argument operation: Found invalid choice 'wait'");
  });
});

describe('aws ec2 wait without a waiter', () => {
  it('is the CLI\'s "too few arguments" usage line (252)', () => {
    expect(runAwsCli(createWorld(), 'aws ec2 wait')).toMatchObject({
      exitCode: 252,
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): usage: aws [options] ec2 wait <subcommand> [parameters]\n' +
        'aws: [ERROR]: too few arguments\n',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { no, ok } from '../engine-test-helpers';
import { lab, run, stop } from './compute-test-helpers';
import { generatedPublicKey } from '../net/ssh-keys';

/** SendSSHPublicKey's refusals (rule A21): codes of the Instance Connect JSON API, not EC2's. */
const PUB = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqW0kSaJ3Rm1cPOv1wQw5d2uC0vQ0p2bA3mXyZ9kL4r me@laptop';
const SEND = 'ec2-instance-connect:SendSSHPublicKey';

function running() {
  const l = lab();
  const r = run(l.world, { SubnetId: l.subnetA });
  return { world: r.world, id: r.id };
}

describe('ec2-instance-connect:SendSSHPublicKey refusals (rule A21)', () => {
  it('a stopped or a terminated instance is EC2InstanceStateInvalidException, an unknown one EC2InstanceNotFoundException', () => {
    const r = running();
    const params = { InstanceId: r.id, InstanceOSUser: 'ec2-user', SSHPublicKey: PUB };
    expect(ok(r.world, SEND, params).response.Success).toBe(true);
    expect(no(stop(r.world, r.id), SEND, params)).toMatchObject({ code: 'EC2InstanceStateInvalidException', rule: 'eic.instance.not-running' });
    const terminated = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    expect(no(terminated, SEND, params)).toMatchObject({ code: 'EC2InstanceStateInvalidException', rule: 'eic.instance.not-running' });
    expect(no(r.world, SEND, { ...params, InstanceId: 'i-0123456789abcdef0' }).code).toBe('EC2InstanceNotFoundException');
    expect(no(r.world, SEND, { ...params, AvailabilityZone: 'us-east-1b' }).code).toBe('EC2InstanceNotFoundException');
  });

  it('missing or invalid parameters are InvalidArgsException, never EC2 MissingParameter', () => {
    const r = running();
    const params = { InstanceId: r.id, InstanceOSUser: 'ec2-user', SSHPublicKey: PUB };
    for (const member of ['InstanceOSUser', 'SSHPublicKey', 'InstanceId'] as const) {
      const { [member]: _dropped, ...rest } = params;
      expect(no(r.world, SEND, rest).code, member).toBe('InvalidArgsException');
    }
    expect(no(r.world, SEND, { ...params, InstanceOSUser: 42 }).code).toBe('InvalidArgsException');
    expect(no(r.world, SEND, { ...params, InstanceOSUser: 'x'.repeat(33) }).code).toBe('InvalidArgsException');
    expect(no(r.world, SEND, { ...params, SSHPublicKey: 'ssh-ed25519 AAAA' }).code).toBe('InvalidArgsException');
    // The arguments are checked first: a bad key for a stopped instance is still InvalidArgsException.
    expect(no(stop(r.world, r.id), SEND, { ...params, SSHPublicKey: 'nope' }).code).toBe('InvalidArgsException');
  });
});

describe('sim:Ssh prints the OpenSSH line with the address dialled (rules A17, A19)', () => {
  it('a terminated instance times out at the address it had, never an empty host', () => {
    const l = lab();
    const withPublic = run(l.world, { SubnetId: l.subnetA });
    const eip = ok(withPublic.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    const assoc = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: withPublic.id }).world;
    const gone = ok(assoc, 'ec2:TerminateInstances', { InstanceIds: [withPublic.id] }).world;
    const e = no(gone, 'sim:Ssh', { InstanceId: withPublic.id, From: 'internet' });
    expect(e).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.instance-not-running' });
    expect(e.message).toBe(`ssh: connect to host ${eip.response.PublicIp} port 22: Connection timed out`);
    const privateOnly = running();
    const privateIp: string = privateOnly.world.networkInterfaces.values().find((n) => n.attachment?.instanceId === privateOnly.id)!.privateIps[0]!.address;
    const ended = ok(privateOnly.world, 'ec2:TerminateInstances', { InstanceIds: [privateOnly.id] }).world;
    expect(no(ended, 'sim:Ssh', { InstanceId: privateOnly.id, From: 'internet' }).message).toBe(`ssh: connect to host ${privateIp} port 22: Connection timed out`);
  });
});

describe('SendSSHPublicKey decodes the key it is given (rules A20, A21)', () => {
  const r = running();
  const send = (key: string) => no(r.world, SEND, { InstanceId: r.id, InstanceOSUser: 'ec2-user', SSHPublicKey: key });

  it('refuses a truncated or re-typed blob and a 1024-bit RSA key with InvalidArgsException', () => {
    const [type, blob] = PUB.split(' ') as [string, string];
    expect(send(`${type} ${blob.slice(0, 60)}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).toMatchObject({ code: 'InvalidArgsException', rule: 'eic.key.invalid' });
    expect(send(`ssh-rsa ${blob} padding-to-make-it-longer-than-eighty`).code).toBe('InvalidArgsException');
    const rsa1024 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCXLcsrv3VHoGXLkVXINb3hqTiQNRXq35ZGGpDuNcq/pan4aPCdyAvJrWtegrIrtU520YLD5xFVbsSl0tCVvYn5zKVEtt0VSZO1LXezJcZbYZXPGvf3NCqTz6agqSPB4a6H9/Ftije7qTyKeZjqgTiBI23n4SJdCPCXu+vsS45G6Q== lab@example';
    expect(send(rsa1024)).toMatchObject({ code: 'InvalidArgsException', fix: expect.stringContaining('1024-bit') });
  });

  it('accepts the one-time ED25519 keys the terminal’s mssh makes, whatever their seed', () => {
    for (let i = 0; i < 40; i++) {
      const key = generatedPublicKey(`mssh|${r.id}|${i}`, 'ed25519');
      expect(ok(r.world, SEND, { InstanceId: r.id, InstanceOSUser: 'ec2-user', SSHPublicKey: key }).response.Success).toBe(true);
    }
  });
});

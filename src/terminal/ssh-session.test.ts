import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMDS_READ, IMDS_TOKEN, OPEN_SSH, SSH_BUILD_STEPS } from '../../e2e/terminal-ssh-steps';
import { NACL_ALLOW_REPLIES_OUT, NACL_ALLOW_SSH_IN, NACL_LOCK_STEPS } from '../../e2e/nacl-steps';
import { PROMPT } from './controller';
import { registerMssh } from './mssh-command';
import { registerSsh } from './ssh-command';
import { parseSshArgs } from './ssh';
import { terminalHarness } from './terminal-harness';

const harness = () => terminalHarness();

let unregister: (() => void)[] = [];
beforeEach(() => void (unregister = [registerSsh(), registerMssh()]));
afterEach(() => unregister.forEach((u) => u()));

function built() {
  const t = harness();
  for (const step of SSH_BUILD_STEPS) t.type(step);
  const { INSTANCE, IP } = t.controller.vars;
  expect(INSTANCE).toMatch(/^i-[0-9a-f]+$/);
  expect(IP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  return { t, instance: INSTANCE!, ip: IP! };
}

describe('ssh from CloudShell', () => {
  it('a custom network ACL on the subnet times ssh out at the ACL hop until it admits 22 in and the replies out', () => {
    const { t, ip } = built();
    t.type(OPEN_SSH);
    for (const step of NACL_LOCK_STEPS) expect(t.type(step)).not.toContain('[ERROR]');
    expect(t.controller.vars.ASSOC).toMatch(/^aclassoc-0[0-9a-f]{16}$/);
    expect(t.type('ssh -i lab-key.pem ec2-user@$IP')).toContain(`ssh: connect to host ${ip} port 22: Connection timed out\n`);
    expect(t.explained?.hop?.name).toBe('Network ACL');
    expect(t.explained?.hop?.code).toBe('NACL_RULES_MISMATCH');
    t.type(NACL_ALLOW_SSH_IN);
    expect(t.type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Connection timed out');
    t.type(NACL_ALLOW_REPLIES_OUT);
    expect(t.type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Amazon Linux 2023');
  });

  it('times out at the security group, names that hop, then connects once TCP 22 is open', () => {
    const { t, instance, ip } = built();
    const blocked = t.type('ssh -i lab-key.pem ec2-user@$IP');
    expect(blocked).toContain(`ssh: connect to host ${ip} port 22: Connection timed out\n`);
    expect(t.type('echo $?')).toContain('255\n');
    expect(t.explained?.hop?.name).toBe('Security group');
    expect(t.explained?.hop?.code).toBe('ENI_SG_RULES_MISMATCH');
    expect(t.sent.filter((a) => a.type === 'sim:Ssh')).toHaveLength(1);

    t.type(OPEN_SSH);
    const duplicate = t.type(OPEN_SSH);
    expect(duplicate).toContain('An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation');
    expect(t.type('echo $?')).toContain('254\n');

    const login = t.type('ssh -i lab-key.pem ec2-user@$IP');
    expect(login).toContain('Amazon Linux 2023');
    expect(login).toMatch(/\[ec2-user@ip-10-0-1-\d+ ~\]\$ $/);
    expect(t.explained).toBeNull();

    const addr = t.type('ip addr');
    expect(addr).toMatch(/inet 10\.0\.1\.\d+\/24/);
    expect(addr).not.toContain(ip);
    t.type(IMDS_TOKEN);
    expect(t.type(IMDS_READ)).toContain(`${ip}\n`);
    expect(t.sent.some((a) => a.type === 'sim:QueryIMDS' && a.region === 'us-east-1')).toBe(true);
    const dns = t.type(`dig +short ec2-${ip.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    expect(dns).toMatch(/\n10\.0\.1\.\d+\n/);

    const out = t.type('exit');
    expect(out).toContain(`logout\nConnection to ${ip} closed.\n`);
    expect(out.endsWith(PROMPT)).toBe(true);
    expect(t.world.instances.get(instance)?.state).toBe('running');
  });

  it('answers Permission denied (publickey) for a key the instance was not launched with, or the wrong user', () => {
    const { t, ip } = built();
    t.type(OPEN_SSH);
    t.type('aws ec2 create-key-pair --key-name other --query KeyName --output text');
    expect(t.type('ssh -i other.pem ec2-user@$IP')).toContain(`ec2-user@${ip}: Permission denied (publickey).\n`);
    expect(t.explained?.rule).toBe('ssh.permission-denied');
    expect(t.type('ssh -i lab-key.pem ubuntu@$IP')).toContain(`ubuntu@${ip}: Permission denied (publickey).\n`);
    expect(t.type('ssh -i missing.pem ec2-user@$IP')).toContain('Warning: Identity file missing.pem not accessible: No such file or directory.\n');
  });

  it('cannot reach a private address from the internet, nor an unknown name', () => {
    const { t, instance } = built();
    t.type(OPEN_SSH);
    const privateIp = t.world.networkInterfaces.values().find((e) => e.attachment?.instanceId === instance)!.privateIps[0]!.address;
    expect(t.type(`ssh -i lab-key.pem ec2-user@${privateIp}`)).toContain(`ssh: connect to host ${privateIp} port 22: Connection timed out\n`);
    expect(t.explained?.hop?.code).toBe('NO_PUBLIC_ADDRESS');
    expect(t.type('ssh ec2-user@nowhere.example')).toContain('ssh: Could not resolve hostname nowhere.example: Name or service not known\n');
    expect(t.type('ssh')).toContain('usage: ssh');
  });

  it('connects by public DNS name and runs a remote command without a session', () => {
    const { t, ip } = built();
    t.type(OPEN_SSH);
    const name = `ec2-${ip.replaceAll('.', '-')}.compute-1.amazonaws.com`;
    const out = t.type(`ssh -i lab-key.pem ec2-user@${name} hostname`);
    expect(out).toMatch(/ip-10-0-1-\d+\.ec2\.internal\n/);
    expect(out.endsWith(PROMPT)).toBe(true);
  });

  it('shuts the instance down from inside: the shutdown behaviour acts and the connection closes', () => {
    const { t, instance, ip } = built();
    t.type(OPEN_SSH);
    t.type('ssh -i lab-key.pem ec2-user@$IP');
    expect(t.type('shutdown -h now')).toContain('Interactive authentication required');
    const out = t.type('sudo shutdown -h now');
    expect(out).toContain(`Connection to ${ip} closed by remote host.`);
    expect(out.endsWith(PROMPT)).toBe(true);
    expect(['stopping', 'stopped']).toContain(t.world.instances.get(instance)?.state);
    expect(t.sent.some((a) => a.type === 'sim:GuestShutdown')).toBe(true);
  });
});

describe('ssh arguments', () => {
  it('reads -i, -p, -l, -o, user@host and a remote command', () => {
    expect(parseSshArgs(['-i', 'keys/lab-key.pem', '-o', 'StrictHostKeyChecking=no', '-p2222', 'ec2-user@1.2.3.4', 'ip', 'addr'])).toEqual({
      identity: 'keys/lab-key.pem',
      keyName: 'lab-key',
      user: 'ec2-user',
      host: '1.2.3.4',
      port: 2222,
      command: ['ip', 'addr'],
    });
    expect(parseSshArgs(['-l', 'admin', 'host'])).toMatchObject({ user: 'admin', host: 'host' });
    expect(parseSshArgs(['-Z', 'host'])).toMatch(/^unknown option -- Z\nusage: ssh/);
    expect(parseSshArgs(['-i'])).toMatch(/^option requires an argument -- i/);
    expect(parseSshArgs(['-p', '99999', 'h'])).toBe("Bad port '99999'\n");
  });
});

describe('EC2 Instance Connect from CloudShell', () => {
  it('mssh pushes a one-time key with SendSSHPublicKey and connects with it', () => {
    const { t, instance } = built();
    t.type(OPEN_SSH);
    const out = t.type(`mssh ec2-user@${instance}`);
    expect(out).toContain('Amazon Linux 2023');
    const types = t.sent.map((a) => a.type);
    expect(types.slice(-2)).toEqual(['ec2-instance-connect:SendSSHPublicKey', 'sim:Ssh']);
    expect(t.sent.at(-1)?.params?.PublicKey).toBe(t.sent.at(-2)?.params?.SSHPublicKey);
    expect(t.type('whoami')).toContain('ec2-user\n');
  });

  it('mssh still needs TCP 22 from the client, and a running instance', () => {
    const { t, ip } = built();
    expect(t.type('mssh $INSTANCE')).toContain(`ssh: connect to host ${ip} port 22: Connection timed out\n`);
    expect(t.explained?.hop?.name).toBe('Security group');
    t.type('aws ec2 stop-instances --instance-ids $INSTANCE --output text');
    expect(t.type('mssh $INSTANCE')).toMatch(/An error occurred \(EC2InstanceStateInvalidException\) when calling the SendSSHPublicKey operation: Instance i-[0-9a-f]+ is (stopping|stopped)/);
  });

  it('aws ec2-instance-connect send-ssh-public-key pushes a key the CLI way', () => {
    const { t } = built();
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl learner@laptop';
    const out = t.type(`aws ec2-instance-connect send-ssh-public-key --instance-id $INSTANCE --instance-os-user ec2-user --ssh-public-key "${key}" --query Success --output text`);
    expect(out).toContain('\nTrue\n');
    expect(t.sent.at(-1)?.type).toBe('ec2-instance-connect:SendSSHPublicKey');
  });
});

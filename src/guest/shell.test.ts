import { describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../engine';
import { runShell } from './index';

function must(world: World, type: string, params: Record<string, unknown>) {
  const r = apply(world, { type, params });
  if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
  return r;
}

function setup(shutdownBehavior: 'stop' | 'terminate' = 'stop', tokens: 'optional' | 'required' = 'optional') {
  let world = createWorld({ defaultVpc: true });
  const subnet = world.subnets.values().find((s) => s.region === 'us-east-1' && s.az === 'us-east-1a')!;
  const ami = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1' && i.ownerId !== world.account && i.name.startsWith('al2023'))!.id;
  const r = must(world, 'ec2:RunInstances', {
    ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.id,
    InstanceInitiatedShutdownBehavior: shutdownBehavior, MetadataOptions: { HttpTokens: tokens },
  });
  world = r.world;
  const id: string = r.response.Instances[0].InstanceId;
  const eni = world.networkInterfaces.values().find((e) => e.attachment?.instanceId === id)!;
  return { world, id, eni, privateIp: eni.privateIps[0]!.address, publicIp: eni.privateIps[0]!.publicIp! };
}

describe('runShell', () => {
  it('ip addr shows eth0 with its MAC and private IPv4, never the public one', () => {
    const s = setup();
    const r = runShell(s.world, s.id, 'ip addr', {});
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001`);
    expect(r.stdout).toContain(`    link/ether ${s.eni.mac} brd ff:ff:ff:ff:ff:ff`);
    expect(r.stdout).toContain(`    inet ${s.privateIp}/20 metric 512 brd 172.31.15.255 scope global dynamic eth0`);
    expect(r.stdout).not.toContain(s.publicIp);
    expect(r.actions[0]).toMatchObject({ action: { type: 'sim:GuestInterfaces' }, ok: true });
    expect(runShell(s.world, s.id, 'ip -4 addr | grep inet | wc -l', {}).stdout).toBe('2\n');
    expect(runShell(s.world, s.id, 'ip route | head -1', {}).stdout).toBe(`default via 172.31.0.1 dev eth0 proto dhcp src ${s.privateIp} metric 512\n`);
  });

  it('IMDSv1 and the IMDSv2 token exchange, with HttpTokens required refusing v1 (401, curl -f exits 22)', () => {
    const s = setup('stop', 'required');
    const v1 = runShell(s.world, s.id, 'curl -s -f http://169.254.169.254/latest/meta-data/public-ipv4; echo $?', {});
    expect(v1.stdout).toBe('22\n');
    const line = 'TOKEN=$(curl -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")';
    const t = runShell(s.world, s.id, line, {});
    expect(t.env.TOKEN).toMatch(/^AQAEA/);
    const v2 = runShell(s.world, s.id, 'curl -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/public-ipv4', t.env);
    expect(v2.stdout).toBe(s.publicIp);
    const inc = runShell(s.world, s.id, 'curl -i http://169.254.169.254/latest/meta-data/instance-id', {});
    expect(inc.stdout.split('\r\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
    expect(v2.actions.map((a) => a.action.type)).toEqual(['sim:QueryIMDS']);
  });

  it('dig answers as the VPC resolver: the public DNS name resolves to the private IP inside the VPC', () => {
    const s = setup();
    const name = `ec2-${s.publicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`;
    expect(runShell(s.world, s.id, `dig +short ${name}`, {}).stdout).toBe(`${s.privateIp}\n`);
    expect(runShell(s.world, s.id, `host ${name}`, {}).stdout).toBe(`${name} has address ${s.privateIp}\n`);
  });

  it('ec2-metadata flags, hardware views, and unknown commands', () => {
    const s = setup();
    expect(runShell(s.world, s.id, 'ec2-metadata -i', {}).stdout).toBe(`instance-id: ${s.id}\n`);
    expect(runShell(s.world, s.id, 'ec2-metadata -o -t', {}).stdout).toBe(`instance-type: t3.micro\nlocal-ipv4: ${s.privateIp}\n`);
    expect(runShell(s.world, s.id, 'ec2-metadata --help', {}).stdout).toContain('Usage: ec2-metadata <option>');
    expect(runShell(s.world, s.id, 'nproc', {}).stdout).toBe('2\n');
    expect(runShell(s.world, s.id, 'ethtool -i eth0 | head -1', {}).stdout).toBe('driver: ena\n');
    expect(runShell(s.world, s.id, 'lsblk', {}).stdout).toContain('nvme0n1');
    expect(runShell(s.world, s.id, 'hostname', {}).stdout).toBe(`ip-${s.privateIp.replaceAll('.', '-')}.ec2.internal\n`);
    const nope = runShell(s.world, s.id, 'foo; echo $?', {});
    expect(nope).toMatchObject({ stderr: 'bash: foo: command not found\n', stdout: '127\n' });
    expect(runShell(s.world, s.id, 'false || echo ok && echo yes', {}).stdout).toBe('ok\nyes\n');
  });

  it('sudo shutdown -h now: the shutdown behaviour decides stop or terminate; a stopped instance has no shell', () => {
    const stop = setup('stop');
    expect(runShell(stop.world, stop.id, 'shutdown -h now', {}).exitCode).toBe(1);
    const r = runShell(stop.world, stop.id, 'sudo shutdown -h now', {});
    expect(r.world.instances.get(stop.id)!.state).toBe('stopped');
    expect(stop.world.instances.get(stop.id)!.state).toBe('running');
    expect(runShell(r.world, stop.id, 'ip addr', {})).toMatchObject({ exitCode: 255 });
    const term = setup('terminate');
    expect(runShell(term.world, term.id, 'sudo poweroff', {}).world.instances.get(term.id)!.state).toBe('terminated');
  });

  it('bounds input: a long line, deep substitution and many commands answer quickly without throwing', () => {
    const s = setup();
    expect(runShell(s.world, s.id, 'x'.repeat(5000), {}).exitCode).toBe(2);
    expect(runShell(s.world, s.id, 'echo $(echo $(echo $(echo $(echo $(echo $(echo hi))))))', {}).exitCode).toBe(0);
    expect(runShell(s.world, s.id, Array.from({ length: 80 }, () => 'true').join(';'), {}).stderr).toContain('too many commands');
  });
});

import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../index';
import { reachability } from '../net/reachability';
import { no, ok } from '../engine-test-helpers';

/** A VPC walked hop by hop towards SSH: each step adds one hop of rule A19. */
function base(publicIp = false) {
  let world: World = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  const vpcId: string = vpc.response.Vpc.VpcId;
  const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/20', AvailabilityZone: 'us-east-1a' });
  const subnetId: string = subnet.response.Subnet.SubnetId;
  const sg = ok(subnet.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: vpcId });
  const groupId: string = sg.response.GroupId;
  world = ok(sg.world, 'ec2:CreateKeyPair', { KeyName: 'lab' }).world;
  if (publicIp) world = ok(world, 'ec2:ModifySubnetAttribute', { SubnetId: subnetId, MapPublicIpOnLaunch: { Value: true } }).world;
  const ami = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1')!.id;
  const run = ok(world, 'ec2:RunInstances', {
    ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, SecurityGroupIds: [groupId], KeyName: 'lab',
  });
  return { world: run.world, vpcId, subnetId, groupId, id: run.response.Instances[0].InstanceId as string };
}

const ssh = (_world: World, id: string, extra: Record<string, unknown> = {}) => ({ InstanceId: id, From: 'internet', KeyName: 'lab', ...extra });

function fullyOpen() {
  const b = base();
  let world = b.world;
  const igw = ok(world, 'ec2:CreateInternetGateway', {});
  const igwId = igw.response.InternetGateway.InternetGatewayId;
  world = ok(igw.world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: b.vpcId }).world;
  const eip = ok(world, 'ec2:AllocateAddress', { Domain: 'vpc' });
  world = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: b.id }).world;
  const rtb = world.routeTables.values().find((t) => t.vpcId === b.vpcId && t.main)!.id;
  world = ok(world, 'ec2:CreateRoute', { RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).world;
  world = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
    GroupId: b.groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
  }).world;
  return { ...b, world, publicIp: eip.response.PublicIp as string, igwId, rtb };
}

describe('key pairs (rules A1–A4)', () => {
  it('creates, describes, refuses a duplicate and a launch with an unknown key, and deletes quietly', () => {
    const created = ok(createWorld(), 'ec2:CreateKeyPair', { KeyName: 'lab' });
    expect(created.response).toMatchObject({ KeyName: 'lab', KeyPairId: expect.stringMatching(/^key-0[0-9a-f]{16}$/) });
    expect(created.response.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(created.response.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    expect(no(created.world, 'ec2:CreateKeyPair', { KeyName: 'lab' })).toMatchObject({ code: 'InvalidKeyPair.Duplicate', rule: 'keypair.name.duplicate' });
    const listed = ok(created.world, 'ec2:DescribeKeyPairs', {}).response.KeyPairs;
    expect(listed.map((k: { KeyName: string }) => k.KeyName)).toEqual(['lab']);
    expect(listed[0]).not.toHaveProperty('KeyMaterial');
    expect(no(created.world, 'ec2:DescribeKeyPairs', { KeyNames: ['nope'] })).toMatchObject({ code: 'InvalidKeyPair.NotFound' });
    expect(ok(created.world, 'ec2:DeleteKeyPair', { KeyName: 'nope' }).response).toEqual({ Return: true });
    const deleted = ok(created.world, 'ec2:DeleteKeyPair', { KeyName: 'lab' });
    expect(deleted.response).toEqual({ Return: true, KeyPairId: created.response.KeyPairId });
    expect(deleted.world.clientKeys.size).toBe(1);
  });

  it('imports RSA and ED25519 public keys and refuses DSA, ECDSA and garbage (InvalidKey.Format)', () => {
    const w = createWorld();
    const ed = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqW0kSaJ3Rm1cPOv1wQw5d2uC0vQ0p2bA3mXyZ9kL4r me@laptop';
    const r = ok(w, 'ec2:ImportKeyPair', { KeyName: 'mine', PublicKeyMaterial: ed });
    expect(r.response).not.toHaveProperty('KeyMaterial');
    expect(r.response.KeyFingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    for (const bad of ['ssh-dss AAAAB3NzaC1kc3MAAACBAP', 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAA', 'hello']) {
      expect(no(w, 'ec2:ImportKeyPair', { KeyName: 'x', PublicKeyMaterial: bad }).code).toBe('InvalidKey.Format');
    }
  });

  it('refuses RunInstances naming a key pair that does not exist (InvalidKeyPair.NotFound)', () => {
    const b = base();
    const ami = b.world.instances.get(b.id)!.imageId;
    expect(no(b.world, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: b.subnetId, KeyName: 'gone' }))
      .toMatchObject({ code: 'InvalidKeyPair.NotFound', rule: 'keypair.not-found' });
  });
});

describe('security group rules (rules A6–A10)', () => {
  it('a new group has exactly one rule: all traffic out to 0.0.0.0/0; the default group also trusts itself', () => {
    const b = base();
    const rules = ok(b.world, 'ec2:DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [b.groupId] }] }).response.SecurityGroupRules;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ IsEgress: true, IpProtocol: '-1', FromPort: -1, ToPort: -1, CidrIpv4: '0.0.0.0/0' });
    const def = b.world.vpcs.get(b.vpcId)!.defaultSecurityGroupId;
    const defRules = ok(b.world, 'ec2:DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [def] }] }).response.SecurityGroupRules;
    expect(defRules.find((r: { IsEgress: boolean }) => !r.IsEgress).ReferencedGroupInfo.GroupId).toBe(def);
  });

  it('authorizes, refuses a duplicate, shows it in DescribeSecurityGroups, revokes, and refuses a missing revoke', () => {
    const b = base();
    const perm = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
    const added = ok(b.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: b.groupId, IpPermissions: [perm] });
    expect(added.response.SecurityGroupRules[0]).toMatchObject({ SecurityGroupRuleId: expect.stringMatching(/^sgr-/), IsEgress: false, FromPort: 22 });
    const dup = no(added.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: b.groupId, IpPermissions: [perm] });
    expect(dup).toMatchObject({ code: 'InvalidPermission.Duplicate', rule: 'sg-rule.duplicate' });
    expect(dup.message).toBe('the specified rule "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW" already exists');
    const group = ok(added.world, 'ec2:DescribeSecurityGroups', { GroupIds: [b.groupId] }).response.SecurityGroups[0];
    expect(group.IpPermissions).toEqual([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }]);
    const revoked = ok(added.world, 'ec2:RevokeSecurityGroupIngress', { GroupId: b.groupId, IpPermissions: [perm] });
    expect(revoked.response.RevokedSecurityGroupRules).toHaveLength(1);
    expect(no(revoked.world, 'ec2:RevokeSecurityGroupIngress', { GroupId: b.groupId, IpPermissions: [perm] }))
      .toMatchObject({ code: 'InvalidPermission.NotFound', rule: 'sg-rule.not-found' });
    expect(no(b.world, 'ec2:AuthorizeSecurityGroupIngress', { GroupId: b.groupId, IpPermissions: [{ ...perm, IpRanges: [{ CidrIp: '10.0.0/8' }] }] }).code)
      .toBe('InvalidPermission.Malformed');
  });
});

describe('sim:Ssh: each hop in the order of rule A19, the first missing one decides', () => {
  it('walks no public IP → no IGW → no route → no SG rule → connected, then wrong key and Instance Connect', () => {
    const b = base();
    const e1 = no(b.world, 'sim:Ssh', ssh(b.world, b.id));
    expect(e1).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.no-public-address' });
    expect(e1.message).toMatch(/^ssh: connect to host 10\.16\.\d+\.\d+ port 22: Connection timed out$/);
    const p = base(true);
    expect(no(p.world, 'sim:Ssh', ssh(p.world, p.id)).rule).toBe('ssh.no-internet-gateway');
    const igw = ok(b.world, 'ec2:CreateInternetGateway', {});
    const igwId = igw.response.InternetGateway.InternetGatewayId;
    let world = ok(igw.world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: b.vpcId }).world;
    const eip = ok(world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    world = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: b.id }).world;
    expect(no(world, 'sim:Ssh', ssh(world, b.id)).rule).toBe('ssh.no-route');
    const rtb = world.routeTables.values().find((t) => t.vpcId === b.vpcId && t.main)!.id;
    world = ok(world, 'ec2:CreateRoute', { RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).world;
    const e4 = no(world, 'sim:Ssh', ssh(world, b.id));
    expect(e4).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.security-group' });
    expect(e4.message).toBe(`ssh: connect to host ${eip.response.PublicIp} port 22: Connection timed out`);
    world = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
      GroupId: b.groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.25/32' }] }],
    }).world;
    const r = ok(world, 'sim:Ssh', ssh(world, b.id));
    expect(r.world).toBe(world);
    expect(r.response).toMatchObject({ Connected: true, User: 'ec2-user', Address: eip.response.PublicIp });
    // From the console, the source is the region's Instance Connect range, which /32 of "my IP" does not admit.
    expect(no(world, 'sim:Ssh', { InstanceId: b.id, From: 'eic-console' }).rule).toBe('ssh.security-group');
    // Port 2222: the group admits only 22, so the SYN is dropped before the host could refuse it.
    expect(no(world, 'sim:Ssh', ssh(world, b.id, { Port: 2222 })).rule).toBe('ssh.security-group');
    const wide = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
      GroupId: b.groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '203.0.113.0/24' }] }],
    }).world;
    expect(no(wide, 'sim:Ssh', ssh(wide, b.id, { Port: 2222 }))).toMatchObject({ code: 'Ssh.ConnectionRefused', rule: 'ssh.not-listening' });
  });

  it('denies a wrong key or user, keeps the client key after DeleteKeyPair, and honours Instance Connect for 60 s', () => {
    const o = fullyOpen();
    let world = ok(o.world, 'ec2:CreateKeyPair', { KeyName: 'other' }).world;
    expect(no(world, 'sim:Ssh', ssh(world, o.id, { KeyName: 'other' }))).toMatchObject({ code: 'Ssh.PermissionDenied', message: `ec2-user@${o.publicIp}: Permission denied (publickey).` });
    expect(no(world, 'sim:Ssh', ssh(world, o.id, { User: 'root' })).code).toBe('Ssh.PermissionDenied');
    expect(no(world, 'sim:Ssh', ssh(world, o.id, { KeyName: 'never-made' })).code).toBe('Ssh.PermissionDenied');
    world = ok(world, 'ec2:DeleteKeyPair', { KeyName: 'lab' }).world;
    expect(ok(world, 'sim:Ssh', ssh(world, o.id)).response.Connected).toBe(true);
    expect(ok(world, 'sim:Ssh', { InstanceId: o.id, From: 'eic-console' }).response.Connected).toBe(true);
    const pub = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqW0kSaJ3Rm1cPOv1wQw5d2uC0vQ0p2bA3mXyZ9kL4r me@laptop';
    const pushed = ok(world, 'ec2-instance-connect:SendSSHPublicKey', { InstanceId: o.id, InstanceOSUser: 'ec2-user', SSHPublicKey: pub });
    expect(pushed.response.Success).toBe(true);
    expect(ok(pushed.world, 'sim:Ssh', { InstanceId: o.id, From: 'internet', PublicKey: pub }).response.Connected).toBe(true);
    const later = ok(pushed.world, 'sim:AdvanceTime', { Seconds: 60 }).world;
    expect(no(later, 'sim:Ssh', { InstanceId: o.id, From: 'internet', PublicKey: pub })).toMatchObject({ code: 'Ssh.PermissionDenied', rule: 'ssh.eic-key-expired' });
    expect(no(o.world, 'ec2-instance-connect:SendSSHPublicKey', { InstanceId: 'i-0123456789abcdef0', InstanceOSUser: 'ec2-user', SSHPublicKey: pub }).code).toBe('EC2InstanceNotFoundException');
  });

  it('a stopped instance times out; the reachability walk names every hop', () => {
    const o = fullyOpen();
    const walk = reachability(o.world, o.id, { kind: 'internet' })!;
    expect(walk.verdict).toBe('open');
    expect(walk.hops.map((h) => h.hop)).toEqual(['public-address', 'internet-gateway', 'route', 'network-acl', 'security-group', 'instance-state', 'listener']);
    const stopped = ok(o.world, 'ec2:StopInstances', { InstanceIds: [o.id] }).world;
    const blocked = reachability(stopped, o.id, { kind: 'internet' })!;
    expect(blocked).toMatchObject({ verdict: 'timed-out', blocking: { hop: 'instance-state', explanation: 'BAD_STATE' } });
    expect(no(stopped, 'sim:Ssh', ssh(stopped, o.id)).rule).toBe('ssh.instance-not-running');
    const noRoute = ok(o.world, 'ec2:DeleteRoute', { RouteTableId: o.rtb, DestinationCidrBlock: '0.0.0.0/0' });
    expect(reachability(noRoute.world, o.id, { kind: 'internet' })!.blocking).toMatchObject({ hop: 'route', explanation: 'CANNOT_ROUTE' });
  });
});

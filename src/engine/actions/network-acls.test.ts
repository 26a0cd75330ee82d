import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../index';
import { no, ok, silentFilters } from '../engine-test-helpers';
import { reachability } from '../net/reachability';
import { legacyDefaultAcls } from '../net/network-acls';

/** An instance with a public IP behind an IGW, a route and a group that admits SSH: only ACLs can stop it. */
function open() {
  let world: World = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  const vpcId: string = vpc.response.Vpc.VpcId;
  const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/20', AvailabilityZone: 'us-east-1a' });
  const subnetId: string = subnet.response.Subnet.SubnetId;
  world = ok(subnet.world, 'ec2:ModifySubnetAttribute', { SubnetId: subnetId, MapPublicIpOnLaunch: { Value: true } }).world;
  const sg = ok(world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: vpcId });
  const groupId: string = sg.response.GroupId;
  world = ok(sg.world, 'ec2:AuthorizeSecurityGroupIngress', {
    GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
  }).world;
  world = ok(world, 'ec2:CreateKeyPair', { KeyName: 'lab' }).world;
  const igw = ok(world, 'ec2:CreateInternetGateway', {});
  const igwId: string = igw.response.InternetGateway.InternetGatewayId;
  world = ok(igw.world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: vpcId }).world;
  const rtb = world.routeTables.values().find((t) => t.vpcId === vpcId && t.main)!.id;
  world = ok(world, 'ec2:CreateRoute', { RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).world;
  const ami = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1')!.id;
  const run = ok(world, 'ec2:RunInstances', {
    ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, SecurityGroupIds: [groupId], KeyName: 'lab',
  });
  world = ok(run.world, 'sim:AdvanceTime', { Seconds: 300 }).world;
  return { world, vpcId, subnetId, id: run.response.Instances[0].InstanceId as string };
}

const SSH = (id: string) => ({ InstanceId: id, From: 'internet', KeyName: 'lab' });

interface Acl { NetworkAclId: string; IsDefault: boolean; Entries: Record<string, unknown>[]; Associations: { NetworkAclAssociationId: string; SubnetId: string }[] }

function acls(world: World, filters: { Name: string; Values: string[] }[] = []): Acl[] {
  return ok(world, 'ec2:DescribeNetworkAcls', { Filters: filters }).response.NetworkAcls;
}

/** A custom ACL associated with the instance's subnet: it denies everything until entries are added. */
function customAcl(o: ReturnType<typeof open>) {
  const created = ok(o.world, 'ec2:CreateNetworkAcl', { VpcId: o.vpcId });
  const aclId: string = created.response.NetworkAcl.NetworkAclId;
  const current = acls(created.world, [{ Name: 'association.subnet-id', Values: [o.subnetId] }])[0]!;
  const assoc = current.Associations.find((a) => a.SubnetId === o.subnetId)!.NetworkAclAssociationId;
  const replaced = ok(created.world, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: assoc, NetworkAclId: aclId });
  return { world: replaced.world, aclId, oldAssoc: assoc, newAssoc: replaced.response.NewAssociationId as string, defaultId: current.NetworkAclId };
}

const entry = (aclId: string, ruleNumber: number, egress: boolean, from: number, to: number, action = 'allow') => ({
  NetworkAclId: aclId, RuleNumber: ruleNumber, Protocol: '6', RuleAction: action, Egress: egress, CidrBlock: '0.0.0.0/0', PortRange: { From: from, To: to },
});

describe('network ACLs (rule A13)', () => {
  it('every VPC gets a default ACL that allows all traffic, and every subnet is associated with it', () => {
    const o = open();
    const [acl] = acls(o.world, [{ Name: 'vpc-id', Values: [o.vpcId] }]);
    expect(acl).toMatchObject({ IsDefault: true, VpcId: o.vpcId, NetworkAclId: expect.stringMatching(/^acl-0[0-9a-f]{16}$/) });
    expect(acl!.Associations.map((a) => a.SubnetId)).toEqual([o.subnetId]);
    expect(acl!.Entries).toEqual([
      { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
      { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
      { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
      { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
    ]);
    expect(ok(o.world, 'sim:Ssh', SSH(o.id)).response.Connected).toBe(true);
    const hop = reachability(o.world, o.id, { kind: 'internet' })!.hops.find((h) => h.hop === 'network-acl')!;
    expect(hop).toMatchObject({ ok: true, resourceId: acl!.NetworkAclId });
  });

  it('the default VPC of every region has its default ACL too, with the default subnets associated', () => {
    const world = createWorld({ defaultVpc: true });
    const [acl] = acls(world, [{ Name: 'default', Values: ['true'] }]);
    expect(acl!.Associations).toHaveLength(3);
    const v6 = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16', AmazonProvidedIpv6CidrBlock: true });
    const [v6Acl] = acls(v6.world, [{ Name: 'vpc-id', Values: [v6.response.Vpc.VpcId] }]);
    expect(v6Acl!.Entries.map((e) => `${e.RuleNumber}${e.Egress ? 'out' : 'in'}:${e.RuleAction}:${e.CidrBlock ?? e.Ipv6CidrBlock}`)).toEqual([
      '100out:allow:0.0.0.0/0', '100in:allow:0.0.0.0/0', '101out:allow:::/0', '101in:allow:::/0',
      '32767out:deny:0.0.0.0/0', '32767in:deny:0.0.0.0/0', '32768out:deny:::/0', '32768in:deny:::/0',
    ]);
  });

  it('a new ACL denies everything: associated with the subnet, SSH times out at the ACL hop', () => {
    const o = open();
    const c = customAcl(o);
    expect(acls(c.world, [{ Name: 'network-acl-id', Values: [c.aclId] }])[0]!.Entries.map((e) => e.RuleNumber)).toEqual([32767, 32767]);
    expect(c.newAssoc).toMatch(/^aclassoc-0[0-9a-f]{16}$/);
    expect(c.newAssoc).not.toBe(c.oldAssoc);
    const e = no(c.world, 'sim:Ssh', SSH(o.id));
    // The refusal card labels the ACL as the permission that blocks, as it does a security group.
    expect(e).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.network-acl', scope: { kind: 'permission', to: c.aclId } });
    expect(no(c.world, 'sim:Ssh', { InstanceId: o.id, From: 'eic-console' })).toMatchObject({ rule: 'ssh.network-acl' });
    const walk = reachability(c.world, o.id, { kind: 'internet' })!;
    expect(walk.blocking).toMatchObject({ hop: 'network-acl', resourceId: c.aclId });
    expect(walk.blocking!.detail).toContain('inbound TCP 22');
  });

  it('is stateless: inbound 22 alone still times out (the replies are denied); the ephemeral ports outbound connect', () => {
    const o = open();
    const c = customAcl(o);
    const inbound = ok(c.world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, false, 22, 22)).world;
    expect(no(inbound, 'sim:Ssh', SSH(o.id)).rule).toBe('ssh.network-acl');
    expect(reachability(inbound, o.id, { kind: 'internet' })!.blocking!.detail).toContain('outbound TCP 50000');
    const only22 = ok(inbound, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, true, 22, 22)).world;
    expect(no(only22, 'sim:Ssh', SSH(o.id)).rule).toBe('ssh.network-acl');
    const replies = ok(only22, 'ec2:ReplaceNetworkAclEntry', entry(c.aclId, 100, true, 1024, 65535)).world;
    expect(ok(replies, 'sim:Ssh', SSH(o.id)).response.Connected).toBe(true);
    expect(ok(replies, 'sim:Ssh', { InstanceId: o.id, From: 'eic-console' }).response.Connected).toBe(true);
  });

  it('reads rules by ascending number: a deny 90 before the allow 100 wins, whatever the order they were added', () => {
    const o = open();
    const c = customAcl(o);
    let world = ok(c.world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, false, 22, 22)).world;
    world = ok(world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, true, 1024, 65535)).world;
    const denied = ok(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 90, false, 0, 65535, 'deny'), CidrBlock: '203.0.113.0/24' }).world;
    expect(no(denied, 'sim:Ssh', SSH(o.id)).rule).toBe('ssh.network-acl');
    expect(reachability(denied, o.id, { kind: 'internet' })!.blocking!.detail).toContain('rule 90');
    const later = ok(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 110, false, 0, 65535, 'deny'), CidrBlock: '203.0.113.0/24' }).world;
    expect(ok(later, 'sim:Ssh', SSH(o.id)).response.Connected).toBe(true);
    const removed = ok(denied, 'ec2:DeleteNetworkAclEntry', { NetworkAclId: c.aclId, RuleNumber: 90, Egress: false }).world;
    expect(ok(removed, 'sim:Ssh', SSH(o.id)).response.Connected).toBe(true);
  });

  it('refuses a duplicate rule number in one direction, bad numbers, and entries that do not exist', () => {
    const o = open();
    const c = customAcl(o);
    const world = ok(c.world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, false, 22, 22)).world;
    expect(no(world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, false, 80, 80))).toMatchObject({ code: 'NetworkAclEntryAlreadyExists', rule: 'nacl.entry.duplicate' });
    ok(world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, true, 80, 80));
    expect(no(world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 32767, false, 22, 22))).toMatchObject({ code: 'InvalidParameterValue', rule: 'nacl.entry.rule-number' });
    expect(no(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 120, false, 22, 22), PortRange: undefined })).toMatchObject({ code: 'MissingParameter', rule: 'nacl.entry.port-range' });
    expect(no(world, 'ec2:ReplaceNetworkAclEntry', entry(c.aclId, 120, false, 22, 22))).toMatchObject({ code: 'InvalidNetworkAclEntry.NotFound', rule: 'nacl.entry.not-found' });
    expect(no(world, 'ec2:DeleteNetworkAclEntry', { NetworkAclId: c.aclId, RuleNumber: 100, Egress: true }).code).toBe('InvalidNetworkAclEntry.NotFound');
    expect(no(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 120, false, 22, 22), Protocol: 'ssh' })).toMatchObject({ code: 'InvalidParameterValue', rule: 'nacl.entry.invalid' });
    expect(no(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 120, false, 22, 22), Ipv6CidrBlock: '::/0' }).rule).toBe('nacl.entry.invalid');
    expect(no(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 120, false, 22, 22), Egress: undefined }).code).toBe('MissingParameter');
    const named = ok(world, 'ec2:CreateNetworkAclEntry', { ...entry(c.aclId, 130, false, 80, 80), Protocol: 'tcp' }).world;
    expect(acls(named, [{ Name: 'entry.rule-number', Values: ['130'] }])[0]!.Entries.find((e) => e.RuleNumber === 130)).toMatchObject({ Protocol: '6', PortRange: { From: 80, To: 80 } });
  });

  it('refuses deleting the default ACL and an ACL in use; deletes a free one; DeleteSubnet drops the association', () => {
    const o = open();
    const c = customAcl(o);
    expect(no(c.world, 'ec2:DeleteNetworkAcl', { NetworkAclId: c.defaultId })).toMatchObject({ code: 'InvalidParameterValue', rule: 'nacl.delete.default' });
    expect(no(c.world, 'ec2:DeleteNetworkAcl', { NetworkAclId: c.aclId })).toMatchObject({ code: 'DependencyViolation', rule: 'nacl.delete.in-use' });
    expect(no(c.world, 'ec2:DeleteVpc', { VpcId: o.vpcId }).code).toBe('DependencyViolation');
    const back = ok(c.world, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: c.newAssoc, NetworkAclId: c.defaultId }).world;
    expect(no(back, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: c.newAssoc, NetworkAclId: c.defaultId }).code).toBe('InvalidAssociationID.NotFound');
    const deleted = ok(back, 'ec2:DeleteNetworkAcl', { NetworkAclId: c.aclId }).world;
    expect(no(deleted, 'ec2:DescribeNetworkAcls', { NetworkAclIds: [c.aclId] }).code).toBe('InvalidNetworkAclID.NotFound');
    const other = ok(deleted, 'ec2:CreateVpc', { CidrBlock: '10.99.0.0/16' });
    const foreign = acls(other.world, [{ Name: 'vpc-id', Values: [other.response.Vpc.VpcId] }])[0]!.NetworkAclId;
    const assoc = acls(deleted, [{ Name: 'association.subnet-id', Values: [o.subnetId] }])[0]!.Associations[0]!.NetworkAclAssociationId;
    expect(no(other.world, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: assoc, NetworkAclId: foreign })).toMatchObject({ code: 'InvalidParameterValue', rule: 'nacl.association.vpc' });
    const fresh = ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: '10.1.0.0/16' });
    const vpcId = fresh.response.Vpc.VpcId;
    const sub = ok(fresh.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.1.0.0/24' });
    const gone = ok(sub.world, 'ec2:DeleteSubnet', { SubnetId: sub.response.Subnet.SubnetId }).world;
    expect(acls(gone)[0]!.Associations).toEqual([]);
    const empty = ok(gone, 'ec2:DeleteVpc', { VpcId: vpcId }).world;
    expect(acls(empty)).toEqual([]);
  });

  it('DescribeNetworkAcls filters by default, subnet, association, entry fields and tags', () => {
    const o = open();
    const c = customAcl(o);
    let world = ok(c.world, 'ec2:CreateNetworkAclEntry', entry(c.aclId, 100, false, 22, 22)).world;
    world = ok(world, 'ec2:CreateTags', { Resources: [c.aclId], Tags: [{ Key: 'Name', Value: 'locked' }] }).world;
    const ids = (f: { Name: string; Values: string[] }[]) => acls(world, f).map((a) => a.NetworkAclId);
    expect(ids([{ Name: 'default', Values: ['false'] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'default', Values: ['true'] }])).toEqual([c.defaultId]);
    expect(ids([{ Name: 'association.subnet-id', Values: [o.subnetId] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'association.association-id', Values: [c.newAssoc] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'association.network-acl-id', Values: [c.aclId] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'entry.port-range.from', Values: ['22'] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'entry.protocol', Values: ['tcp'] }])).toEqual([c.aclId]);
    expect(ids([{ Name: 'entry.rule-action', Values: ['allow'] }, { Name: 'entry.rule-number', Values: ['100'] }])).toEqual([c.defaultId, c.aclId]);
    expect(ids([{ Name: 'tag:Name', Values: ['locked'] }])).toEqual([c.aclId]);
    const tagged = ok(o.world, 'ec2:CreateNetworkAcl', { VpcId: o.vpcId, TagSpecifications: [{ ResourceType: 'network-acl', Tags: [{ Key: 'Name', Value: 'web' }] }] });
    expect(tagged.response.NetworkAcl.Tags).toEqual([{ Key: 'Name', Value: 'web' }]);
    const icmp = ok(world, 'ec2:CreateNetworkAclEntry', { NetworkAclId: c.aclId, RuleNumber: 200, Protocol: '1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', IcmpTypeCode: { Type: 8, Code: 0 } }).world;
    const v6 = ok(icmp, 'ec2:CreateNetworkAclEntry', { NetworkAclId: c.aclId, RuleNumber: 210, Protocol: '-1', RuleAction: 'deny', Egress: false, Ipv6CidrBlock: '::/0' }).world;
    expect(silentFilters(v6, 'ec2:DescribeNetworkAcls', [])).toEqual([]);
  });

  it('a world saved before ACLs existed gets, key for key, the default ACLs it would have been created with', () => {
    const o = open();
    const json = JSON.parse(JSON.stringify(o.world));
    expect(JSON.stringify(legacyDefaultAcls(json.vpcs, json.subnets, {}))).toBe(JSON.stringify(json.networkAcls));
    expect(legacyDefaultAcls(json.vpcs, json.subnets, json.networkAcls)).toEqual(json.networkAcls);
  });
});

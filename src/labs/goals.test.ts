import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import {
  actionSeen,
  allOf,
  anyOf,
  categoryOf,
  describeInstanceWhere,
  dnsAnswered,
  eniWith,
  eventSeen,
  goal,
  imageWith,
  imdsAnswered,
  instanceElasticIps,
  instancePublicIp,
  instancesWhere,
  instanceWith,
  isPrivateIpv4,
  refusalSeen,
  relabel,
  resourceCount,
  responseSeen,
  routeTableOf,
  snapshotWith,
  volumeWith,
} from './goals';
import type { GoalContext, HistoryEntry, LabAction } from './types';
import { andThen, twoInstances } from './labs-test-helpers';

const associateEip: LabAction[] = [
  { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId', eipIp: 'PublicIp' } },
  { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'b' } } },
];

describe('instance goals', () => {
  it('labels an instance goal in plain words', () => {
    expect(describeInstanceWhere({ az: 'us-east-1b', hasElasticIp: true })).toBe('An instance in us-east-1b has an Elastic IP');
    expect(describeInstanceWhere({ state: 'running', category: 'Memory Optimized' })).toBe('A Memory Optimized instance is running');
    expect(describeInstanceWhere({ state: ['stopped', 'terminated'], publicIp: false }, 3)).toBe(
      '3 instances are stopped or terminated and have no public IPv4 address',
    );
    expect(describeInstanceWhere({ tenancy: 'host', spot: true })).toBe('A Spot instance on a Dedicated Host');
  });

  it('instanceWith: an instance in us-east-1b has an Elastic IP — any instance, any ids', () => {
    const base = twoInstances();
    const g = instanceWith({ az: 'us-east-1b', hasElasticIp: true });
    expect(g.label).toBe('An instance in us-east-1b has an Elastic IP');
    expect(g.test({ world: base.world, history: [] })).toBe(false);
    const ctx = andThen(base, associateEip);
    expect(g.test(ctx)).toBe(true);
    // The EIP on the us-east-1b instance does not satisfy a us-east-1a goal.
    expect(instanceWith({ az: 'us-east-1a', hasElasticIp: true }).test(ctx)).toBe(false);
    expect(instanceElasticIps(ctx.world, String(ctx.bindings.b)).map((a) => a.publicIp)).toEqual([ctx.bindings.eipIp]);
  });

  it('instancePublicIp is the Elastic IP when there is one, else the dynamic address', () => {
    const base = twoInstances();
    const dynamic = instancePublicIp(base.world, String(base.bindings.b));
    expect(dynamic).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(isPrivateIpv4(dynamic ?? '')).toBe(false);
    const ctx = andThen(base, associateEip);
    expect(instancePublicIp(ctx.world, String(ctx.bindings.b))).toBe(ctx.bindings.eipIp);
    expect(instancePublicIp(ctx.world, String(ctx.bindings.b))).not.toBe(dynamic);
  });

  it('counts, states, categories and custom tests', () => {
    const base = twoInstances();
    const ctx = { world: base.world, history: [] };
    expect(instanceWith({ state: 'running' }, { count: 2 }).test(ctx)).toBe(true);
    expect(instanceWith({ state: 'running' }, { count: 3 }).test(ctx)).toBe(false);
    expect(instanceWith({ category: 'Memory Optimized' }).test(ctx)).toBe(true);
    expect(instanceWith({ category: 'Accelerated Computing' }).test(ctx)).toBe(false);
    expect(categoryOf(base.world, 'r5.large')).toBe('Memory Optimized');
    expect(instancesWhere(base.world, { type: 'r5.large' }).map((i) => i.az)).toEqual(['us-east-1b']);
    expect(instanceWith({ fromOwnImage: false, publicIp: true, enis: 1 }, { count: 2 }).test(ctx)).toBe(true);
    expect(instanceWith({ where: (i) => i.instanceType === 't3.micro' && i.az === 'us-east-1a' }).test(ctx)).toBe(true);
    const stopped = andThen(base, [{ type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: 'a' }] } }]);
    expect(instanceWith({ az: 'us-east-1a', state: 'stopped', publicIp: false }).test(stopped)).toBe(true);
    expect(instanceWith({ az: 'us-east-1a', state: 'running' }).test(stopped)).toBe(false);
  });
});

describe('resource goals', () => {
  it('volumeWith tells root volumes from data volumes', () => {
    const base = twoInstances();
    const data = volumeWith({ az: 'us-east-1a', attached: true, root: false }, 'A data volume is attached in us-east-1a');
    expect(volumeWith({ az: 'us-east-1a', attached: true, root: true }, 'root').test({ world: base.world, history: [] })).toBe(true);
    expect(data.test({ world: base.world, history: [] })).toBe(false);
    const ctx = andThen(base, [
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 10 }, as: { vol: 'VolumeId' } },
      { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'vol' }, InstanceId: { ref: 'a' }, Device: '/dev/sdf' } },
    ]);
    expect(data.test(ctx)).toBe(true);
    expect(volumeWith({ az: 'us-east-1b', root: false, attached: true }, 'b').test(ctx)).toBe(false);
  });

  it('snapshotWith and imageWith read ownership, encryption and sharing', () => {
    const base = twoInstances();
    const own = snapshotWith({ ownedBySelf: true }, 'own snapshot');
    // Amazon's AMI snapshots exist from the start, but are not the learner's.
    expect(snapshotWith({ ownedBySelf: false }, 'amazon').test({ world: base.world, history: [] })).toBe(true);
    expect(own.test({ world: base.world, history: [] })).toBe(false);
    const ctx = andThen(base, [
      { type: 'ec2:CreateImage', params: { InstanceId: { ref: 'a' }, Name: 'baked' }, as: { img: 'ImageId' } },
      { type: 'ec2:ModifyImageAttribute', params: { ImageId: { ref: 'img' }, LaunchPermission: { Add: [{ UserId: '444455556666' }] } } },
    ]);
    expect(own.test(ctx)).toBe(true);
    expect(imageWith({ owner: 'self', encrypted: false, sharedWith: '444455556666', ebsMappings: 1 }, 'shared').test(ctx)).toBe(true);
    expect(imageWith({ owner: 'self', encrypted: true }, 'encrypted').test(ctx)).toBe(false);
    expect(imageWith({ owner: 'self', public: true }, 'public').test(ctx)).toBe(false);
    expect(imageWith({ owner: 'self', copied: true }, 'copy').test(ctx)).toBe(false);
  });

  it('eniWith and routeTableOf', () => {
    const base = twoInstances();
    const off = eniWith({ attached: true, sourceDestCheck: false }, 'check off');
    expect(off.test({ world: base.world, history: [] })).toBe(false);
    const ctx = andThen(base, [{ type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'a' }, SourceDestCheck: { Value: false } } }]);
    expect(off.test(ctx)).toBe(true);
    expect(eniWith({ az: 'us-east-1b', sourceDestCheck: false }, 'b').test(ctx)).toBe(false);
    const table = routeTableOf(ctx.world, String(ctx.bindings.subnetA));
    expect(table?.main).toBe(true);
    expect(table?.routes.some((r) => r.destination === '0.0.0.0/0' && r.gatewayId?.startsWith('igw-'))).toBe(true);
  });

  it('resourceCount: at least, exactly, with a filter', () => {
    const base = twoInstances();
    const ctx = andThen(base, [
      { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' } },
      { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' } },
    ]);
    expect(resourceCount('addresses', { atLeast: 2, label: 'two EIPs' }).test(ctx)).toBe(true);
    expect(resourceCount('addresses', { exactly: 2, label: 'exactly two' }).test(ctx)).toBe(true);
    expect(resourceCount('addresses', { exactly: 3, label: 'three' }).test(ctx)).toBe(false);
    expect(resourceCount('addresses', { where: (a) => a.association !== undefined, label: 'associated' }).test(ctx)).toBe(false);
    expect(resourceCount('instances', { where: (i) => i.az === 'us-east-1b', exactly: 1, label: 'one in b' }).test(ctx)).toBe(true);
  });
});

describe('history goals', () => {
  const attachAcrossAzs: LabAction[] = [
    { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 10 }, as: { vol: 'VolumeId' } },
    { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'vol' }, InstanceId: { ref: 'b' }, Device: '/dev/sdf' } },
  ];

  it('refusalSeen: you saw an attach refused because of the AZ', () => {
    const ctx = andThen(twoInstances(), attachAcrossAzs);
    expect(ctx.history.map((h) => h.ok)).toEqual([true, false]);
    expect(refusalSeen({ rule: 'ebs.attach.same-az' }).test(ctx)).toBe(true);
    expect(refusalSeen({ code: 'InvalidVolume.ZoneMismatch', type: 'ec2:AttachVolume' }).test(ctx)).toBe(true);
    expect(refusalSeen({ code: 'InvalidVolume.ZoneMismatch', type: 'ec2:RunInstances' }).test(ctx)).toBe(false);
    expect(refusalSeen({ rule: 'eni.attach.same-az' }).test(ctx)).toBe(false);
    expect(refusalSeen({ rule: 'ebs.attach.same-az' }).label).toBe('You saw an action refused (rule ebs.attach.same-az)');
    expect(refusalSeen({ rule: 'ebs.attach.same-az' }).test({ world: ctx.world, history: [] })).toBe(false);
  });

  it('eventSeen and actionSeen only count what the learner did', () => {
    const base = twoInstances();
    const ctx = andThen(base, [
      { type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: 'a' }] } },
      { type: 'ec2:StartInstances', params: { InstanceIds: [{ ref: 'a' }] } },
    ]);
    const released = eventSeen('public-ip-released');
    expect(released.test(ctx)).toBe(true);
    expect(released.test({ world: ctx.world, history: [] })).toBe(false);
    expect(eventSeen('instance-state', { where: (e) => e.to === 'stopped' && e.resourceId === ctx.bindings.a }).test(ctx)).toBe(true);
    expect(eventSeen('instance-state', { where: (e) => e.resourceId === ctx.bindings.b }).test(ctx)).toBe(false);
    expect(actionSeen('ec2:StartInstances', { where: (h) => h.events.some((e) => e.type === 'placement') }).test(ctx)).toBe(true);
    expect(actionSeen('ec2:RebootInstances').test(ctx)).toBe(false);
  });

  it('responseSeen keeps what a read answered', () => {
    const ctx = andThen(twoInstances(), [{ type: 'sim:ParseInstanceType', params: { InstanceType: 'r5dn.8xlarge' } }]);
    expect(responseSeen('sim:ParseInstanceType', (r) => r.Family === 'r' && r.Size === '8xlarge', 'decoded').test(ctx)).toBe(true);
    expect(responseSeen('sim:ParseInstanceType', (r) => r.Family === 'c', 'decoded c').test(ctx)).toBe(false);
  });

  it('imdsAnswered grades the HTTP answer: IMDSv1, 401 without a token, 200 with one', () => {
    const base = twoInstances();
    const ask = (extra: Record<string, unknown>): LabAction => ({
      type: 'sim:QueryIMDS',
      params: { InstanceId: { ref: 'a' }, Method: 'GET', Path: '/latest/meta-data/instance-id', ...(extra as Record<string, never>) },
    });
    const v1 = andThen(base, [ask({})]);
    const open = imdsAnswered({ method: 'GET', status: 200, withToken: false, label: 'v1' });
    const unauthorized = imdsAnswered({ status: 401, label: '401' });
    expect(open.test(v1)).toBe(true);
    expect(unauthorized.test(v1)).toBe(false);
    const v2 = andThen({ world: v1.world, bindings: v1.bindings }, [
      { type: 'ec2:ModifyInstanceMetadataOptions', params: { InstanceId: { ref: 'a' }, HttpTokens: 'required' } },
      ask({}),
      {
        type: 'sim:QueryIMDS',
        params: { InstanceId: { ref: 'a' }, Method: 'PUT', Path: '/latest/api/token', Headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' } },
        as: { token: 'Token' },
      },
      ask({ Token: { ref: 'token' } }),
    ]);
    expect(unauthorized.test(v2)).toBe(true);
    expect(open.test(v2)).toBe(false);
    expect(imdsAnswered({ method: 'PUT', path: '/latest/api/token', status: 200, label: 'token' }).test(v2)).toBe(true);
    expect(imdsAnswered({ withToken: true, status: 200, path: 'instance-id', label: 'with token' }).test(v2)).toBe(true);
  });

  it('dnsAnswered: split-horizon answers for the public name', () => {
    const base = twoInstances();
    const ctx = andThen(base, [
      ...associateEip,
      { type: 'ec2:DescribeInstances', params: { InstanceIds: [{ ref: 'b' }] }, as: { name: 'Reservations.0.Instances.0.PublicDnsName', vpc: 'Reservations.0.Instances.0.VpcId' } },
      { type: 'sim:ResolveDns', params: { Name: { ref: 'name' }, From: 'inside-vpc', VpcId: { ref: 'vpc' } } },
      { type: 'sim:ResolveDns', params: { Name: { ref: 'name' }, From: 'internet' } },
      { type: 'sim:ResolveDns', params: { Name: 'ip-172-31-0-99.ec2.internal', From: 'internet' } },
    ]);
    expect(dnsAnswered({ from: 'inside-vpc', nameTest: (n) => n.startsWith('ec2-'), answer: 'private', label: 'in' }).test(ctx)).toBe(true);
    expect(dnsAnswered({ from: 'internet', nameTest: (n) => n.startsWith('ec2-'), answer: 'elastic', label: 'out' }).test(ctx)).toBe(true);
    expect(dnsAnswered({ from: 'internet', answer: 'private', label: 'leak' }).test(ctx)).toBe(false);
    expect(dnsAnswered({ from: 'internet', nameTest: (n) => n.startsWith('ip-'), rcode: 'NXDOMAIN', label: 'private name outside' }).test(ctx)).toBe(true);
    expect(dnsAnswered({ from: 'inside-vpc', rcode: 'NXDOMAIN', label: 'nx inside' }).test(ctx)).toBe(false);
  });
});

describe('combinators', () => {
  const yes = goal('yes', () => true);
  const no = goal('no', () => false);
  const ctx: GoalContext = { world: createWorld(), history: [] as HistoryEntry[] };

  it('allOf, anyOf and relabel', () => {
    expect(allOf('both', yes, no).test(ctx)).toBe(false);
    expect(allOf('both', yes, yes).test(ctx)).toBe(true);
    expect(anyOf('either', no, yes).test(ctx)).toBe(true);
    expect(anyOf('either', no, no).test(ctx)).toBe(false);
    const renamed = relabel('Something else', yes);
    expect(renamed.label).toBe('Something else');
    expect(renamed.test(ctx)).toBe(true);
  });

  it('isPrivateIpv4 knows the RFC 1918 ranges', () => {
    expect(['10.16.0.4', '172.31.0.4', '192.168.1.1'].map(isPrivateIpv4)).toEqual([true, true, true]);
    expect(['3.80.133.66', '172.32.0.1', '54.160.206.170'].map(isPrivateIpv4)).toEqual([false, false, false]);
  });
});

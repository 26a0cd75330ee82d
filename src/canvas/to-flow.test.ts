import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apply, createWorld } from '../engine';
import { loadEngineModule } from '../store/engine-module';
import { Builder, classroom } from '../test/worlds';
import {
  LAYOUT,
  homeRegionIsEmpty,
  positionKey,
  resetFlowMemo,
  toFlow,
  type AzFlowNode,
  type InstanceFlowNode,
  type LabFlowNode,
  type RegionFlowNode,
} from './to-flow';

beforeAll(async () => {
  await loadEngineModule();
});
beforeEach(resetFlowMemo);

const byId = (nodes: LabFlowNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe('toFlow on the starting world', () => {
  const world = createWorld();
  const { nodes, edges } = toFlow(world);
  const region = nodes[0] as RegionFlowNode;
  const azs = nodes.slice(1) as AzFlowNode[];

  it('draws the home region first, then its three AZs as children', () => {
    expect(nodes.map((n) => n.id)).toEqual(['region:us-east-1', 'az:us-east-1a', 'az:us-east-1b', 'az:us-east-1c']);
    expect(region).toMatchObject({ type: 'region', data: { name: 'us-east-1', zoneCount: 3, empty: true } });
    expect(region.parentId).toBeUndefined();
    expect(azs.every((n) => n.type === 'az' && n.parentId === 'region:us-east-1')).toBe(true);
    expect(edges).toEqual([]);
  });

  it('labels each AZ with its ZoneName and ZoneId', () => {
    expect(azs.map((n) => [n.data.zoneName, n.data.zoneId])).toEqual([
      ['us-east-1a', 'use1-az1'],
      ['us-east-1b', 'use1-az2'],
      ['us-east-1c', 'use1-az4'],
    ]);
  });

  it('places the AZs side by side inside the region, large while there is no VPC', () => {
    const { azMinWidth, azRoomyHeight, columnGap, regionPadding, regionHeader } = LAYOUT;
    expect(azs.map((n) => n.position)).toEqual([
      { x: regionPadding, y: regionHeader },
      { x: regionPadding + azMinWidth + columnGap, y: regionHeader },
      { x: regionPadding + 2 * (azMinWidth + columnGap), y: regionHeader },
    ]);
    expect(azs.every((n) => n.width === azMinWidth && n.height === azRoomyHeight)).toBe(true);
    expect(azs[2]!.position.x + azMinWidth + regionPadding).toBe(region.width);
    expect(regionHeader + azRoomyHeight + regionPadding).toBe(region.height);
  });

  it('is pure: the same world gives equal nodes, before the engine has loaded too', () => {
    expect(toFlow(createWorld({ seed: 7 }))).toEqual(toFlow(world));
    expect(toFlow(null)).toEqual(toFlow(world));
  });

  it('draws another home region with its own zones', () => {
    const west = { ...world, homeRegion: 'us-west-2' };
    expect(toFlow(west).nodes.map((n) => n.id)).toEqual(['region:us-west-2', 'az:us-west-2a', 'az:us-west-2b', 'az:us-west-2c']);
  });
});

describe('toFlow, network lens', () => {
  const t = classroom();
  const { nodes } = toFlow(t.b.world);
  const node = byId(nodes);

  it('nests Region ⊃ VPC ⊃ AZ column ⊃ subnet ⊃ instance', () => {
    expect(node.get(t.vpc)).toMatchObject({ type: 'vpc', parentId: 'region:us-east-1' });
    expect(node.get(`zone:${t.vpc}:us-east-1a`)).toMatchObject({ type: 'zoneColumn', parentId: t.vpc });
    expect(node.get(t.subnetA)).toMatchObject({ type: 'subnet', parentId: `zone:${t.vpc}:us-east-1a` });
    expect(node.get(t.subnetB)).toMatchObject({ type: 'subnet', parentId: `zone:${t.vpc}:us-east-1b` });
    expect(node.get(t.web)).toMatchObject({ type: 'instance', parentId: t.subnetA });
    expect(node.get(t.db)).toMatchObject({ type: 'instance', parentId: t.subnetB });
  });

  it('shows attached interfaces and volumes as chips on their instance, eth0 first', () => {
    const chips = nodes.filter((n) => n.parentId === t.web);
    expect(chips.map((n) => n.type)).toEqual(['eni', 'volume']);
    const eth0 = chips[0]!;
    expect(eth0.data).toMatchObject({ deviceIndex: 0 });
    expect((eth0.data as { publicIp?: string }).publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(chips.every((c) => c.className !== 'movable')).toBe(true);
  });

  it('puts a detached interface in its subnet, a detached volume in its AZ, the EIP on the shelf, the IGW on the VPC', () => {
    expect(node.get(t.eniA)).toMatchObject({ type: 'eni', parentId: t.subnetA, className: 'movable' });
    expect(node.get(t.volA)).toMatchObject({ type: 'volume', parentId: 'az:us-east-1a', className: 'movable' });
    expect(node.get(t.volB)).toMatchObject({ type: 'volume', parentId: 'az:us-east-1b', className: 'movable' });
    expect(node.get(t.eip)).toMatchObject({ type: 'eip', parentId: 'shelf:us-east-1', className: 'movable' });
    expect(node.get(t.igw)).toMatchObject({ type: 'shelfItem', parentId: t.vpc });
    // inside the VPC's header (not on its top edge, where it met the AZ heading above)
    expect(node.get(t.igw)!.position.y).toBeGreaterThan(0);
    expect(node.get(t.vpc)!.data).toMatchObject({ igwRoom: expect.any(Number) });
  });

  it('no longer calls the home region empty once it has a VPC', () => {
    expect(homeRegionIsEmpty(createWorld())).toBe(true);
    expect(homeRegionIsEmpty(t.b.world)).toBe(false);
    expect((node.get('region:us-east-1') as RegionFlowNode).data.empty).toBe(false);
  });

  it('keeps node identity for resources that did not change', () => {
    const before = toFlow(t.b.world).nodes;
    const b2 = t.b;
    const world1 = b2.world;
    b2.instance(t.subnetB);
    const after = byId(toFlow(b2.world).nodes);
    const old = byId(before);
    expect(after.get(t.web)).toBe(old.get(t.web));
    expect(after.get(t.eniA)).toBe(old.get(t.eniA));
    expect(after.get(t.eip)).toBe(old.get(t.eip));
    expect(after.get(t.subnetB)).not.toBe(old.get(t.subnetB));
    expect(toFlow(b2.world)).toBe(toFlow(b2.world));
    b2.world = world1;
  });

  it('re-derives only the card an action changed: the other subnets and cards keep their nodes', () => {
    const before = byId(toFlow(t.b.world).nodes);
    const r = apply(t.b.world, { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: t.web, DisableApiTermination: { Value: true } } });
    if (!r.ok) throw new Error(r.error.code);
    const after = byId(toFlow(r.world).nodes);
    expect(after.get(t.web)).not.toBe(before.get(t.web));
    expect((after.get(t.web) as InstanceFlowNode).data.instance).toBe(r.world.instances.get(t.web));
    for (const id of [t.db, t.subnetB, t.eniA]) expect(after.get(id)).toBe(before.get(id));
    expect([...after.keys()]).toEqual([...before.keys()]);
  });

  it('keeps the edge list when no line changed, and gives each node its own size as measured', () => {
    const b2 = t.b;
    const world1 = b2.world;
    const before = toFlow(world1, 'physical');
    b2.run('ec2:CreateTags', { Resources: [t.web], Tags: [{ Key: 'Name', Value: 'renamed' }] });
    const after = toFlow(b2.world, 'physical');
    expect(after.nodes).not.toBe(before.nodes);
    expect(after.edges.length).toBeGreaterThan(0);
    expect(after.edges).toBe(before.edges);
    const web = byId(after.nodes).get(t.web)!;
    expect(web).not.toBe(byId(before.nodes).get(t.web));
    expect(web.measured).toEqual({ width: web.width, height: web.height });
    expect(web.ariaLabel).toContain('renamed');
    b2.world = world1;
  });

  it('redraws a card whose Elastic IP or volumes changed while the instance itself did not', () => {
    const b = new Builder();
    const vpc = b.vpc();
    b.igw(vpc);
    const subnet = b.subnet(vpc, '10.0.1.0/24', 'us-east-1a', false);
    const web = b.instance(subnet);
    const eip = b.eip();
    const volume = b.volume('us-east-1a');
    const card = () => byId(toFlow(b.world).nodes).get(web) as InstanceFlowNode;
    const instance = b.world.instances.get(web);
    expect(card().data.publicIp).toBeUndefined();
    b.run('ec2:AssociateAddress', { AllocationId: eip, InstanceId: web });
    expect(b.world.instances.get(web)).toBe(instance);
    expect(card().data).toMatchObject({ publicIp: b.world.addresses.get(eip)!.publicIp, elastic: true });
    b.run('ec2:AttachVolume', { VolumeId: volume, InstanceId: web, Device: '/dev/sdf' });
    expect(byId(toFlow(b.world).nodes).get(volume)).toMatchObject({ parentId: web });
    const warm = toFlow(b.world);
    resetFlowMemo();
    expect(toFlow(b.world)).toEqual(warm);
  });

  it('uses a learner-set position for free cards only, and never for fixed ones', () => {
    const positions = { [t.eniA]: { x: 400, y: 10 }, [t.web]: { x: 999, y: 999 } };
    const moved = byId(toFlow(t.b.world, 'network', positions).nodes);
    expect(moved.get(t.eniA)!.position).toEqual({ x: 400, y: 10 });
    expect(moved.get(t.web)!.position).toEqual(node.get(t.web)!.position);
    expect(positionKey('physical', 'vol-1')).toBe('physical:vol-1');
  });
});

describe('toFlow, physical lens', () => {
  it('puts each instance on the host sim:HostOf names, volumes in the AZ storage bay with a line to their instance', () => {
    const t = classroom();
    const { nodes, edges } = toFlow(t.b.world, 'physical');
    const node = byId(nodes);
    const webParent = node.get(t.web)!.parentId!;
    expect(webParent).toMatch(/^host:h-/);
    expect(node.get(webParent)!.parentId).toBe('az:us-east-1a');
    expect(nodes.filter((n) => n.parentId === t.web).map((n) => n.type)).toEqual(['eni']);
    expect(node.get(t.volA)!.parentId).toBe('ebs:us-east-1a');
    const root = t.b.world.volumes.values().find((v) => v.attachment?.instanceId === t.web)!;
    expect(node.get(root.id)!.parentId).toBe('ebs:us-east-1a');
    expect(edges).toContainEqual(expect.objectContaining({ source: t.web, target: root.id }));
  });

  it('moves a stopped instance to the bay of instances on no host, and a restarted one to new hardware', () => {
    const t = classroom();
    const before = byId(toFlow(t.b.world, 'physical').nodes).get(t.web)!.parentId;
    t.b.run('ec2:StopInstances', { InstanceIds: [t.web] });
    expect(byId(toFlow(t.b.world, 'physical').nodes).get(t.web)!.parentId).toBe('idle:us-east-1a');
    t.b.run('ec2:StartInstances', { InstanceIds: [t.web] });
    const after = byId(toFlow(t.b.world, 'physical').nodes).get(t.web)!.parentId;
    expect(after).toMatch(/^host:h-/);
    expect(after).not.toBe(before);
  });
});

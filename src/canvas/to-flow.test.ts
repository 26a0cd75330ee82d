import { describe, expect, it } from 'vitest';
import { apply, createWorld } from '../engine';
import { LAYOUT, homeRegionIsEmpty, toFlow, type AzFlowNode, type RegionFlowNode } from './to-flow';

describe('toFlow', () => {
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

  it('places the AZs side by side inside the region, without overlap', () => {
    const { azWidth, azHeight, azGap, regionPadding, regionHeader } = LAYOUT;
    expect(azs.map((n) => n.position)).toEqual([
      { x: regionPadding, y: regionHeader },
      { x: regionPadding + azWidth + azGap, y: regionHeader },
      { x: regionPadding + 2 * (azWidth + azGap), y: regionHeader },
    ]);
    const last = azs[2]!;
    expect(last.position.x + azWidth + regionPadding).toBe(region.width);
    expect(regionHeader + azHeight + regionPadding).toBe(region.height);
  });

  it('is pure: the same world gives equal nodes', () => {
    expect(toFlow(world)).toEqual(toFlow(world));
    expect(toFlow(createWorld({ seed: 7 }))).toEqual(toFlow(world));
  });

  it('no longer calls the home region empty once it has a VPC', () => {
    const result = apply(world, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(result.ok).toBe(true);
    expect(homeRegionIsEmpty(world)).toBe(true);
    expect(homeRegionIsEmpty(result.world)).toBe(false);
    expect((toFlow(result.world).nodes[0] as RegionFlowNode).data.empty).toBe(false);
  });

  it('treats a default VPC as something in the region and counts its subnets per AZ', () => {
    const withDefault = createWorld({ defaultVpc: true });
    expect(homeRegionIsEmpty(withDefault)).toBe(false);
    expect(azs.map((n) => n.data.subnetCount)).toEqual([0, 0, 0]);
    const counts = (toFlow(withDefault).nodes.slice(1) as AzFlowNode[]).map((n) => n.data.subnetCount);
    expect(counts).toEqual([1, 1, 1]);
  });

  it('draws another home region with its own zones', () => {
    const west = { ...world, homeRegion: 'us-west-2' };
    expect(toFlow(west).nodes.map((n) => n.id)).toEqual([
      'region:us-west-2',
      'az:us-west-2a',
      'az:us-west-2b',
      'az:us-west-2c',
    ]);
  });
});

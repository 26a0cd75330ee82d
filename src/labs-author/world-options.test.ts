import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { findAmazonAmi, findDefaultSubnet, launch } from '../labs/catalogue/common';
import { runActions } from '../labs/runner';
import { propertyDef } from '../labs/authoring';
import { regionOptions, resourceCounts, subnetOptions, valuesInWorld, vpcOptions, zoneOptions } from './world-options';

describe('what the builder offers from the canvas', () => {
  const run = runActions(createWorld({ defaultVpc: true }), [findAmazonAmi(), findDefaultSubnet('us-east-1b', 'subnet'), launch('web', { subnet: 'subnet', type: 'm5.large' })]);

  it('counts the learner’s own resources (not Amazon’s AMIs)', () => {
    const counts = Object.fromEntries(resourceCounts(run.world).map((c) => [c.label, c.count]));
    expect(counts).toMatchObject({ VPCs: Object.keys(run.world.regions).length, instance: 1, 'network interface': 1 }); // a default VPC per Region
    expect(Object.keys(counts).some((k) => k.startsWith('AMI'))).toBe(false);
    expect(resourceCounts(createWorld())).toEqual([]);
  });

  it('scopes: the home Region first, its AZs, the VPCs and the subnets that fit', () => {
    expect(regionOptions(run.world)[0]?.value).toBe(run.world.homeRegion);
    expect(zoneOptions(run.world, undefined).map((o) => o.value)).toContain('us-east-1b');
    expect(vpcOptions(run.world, undefined)[0]?.label).toMatch(/^default VPC · 172\.31\.0\.0\/16 · vpc-/);
    expect(subnetOptions(run.world, { az: 'us-east-1b' })).toHaveLength(1);
    expect(subnetOptions(run.world, { az: 'us-east-1b', vpcId: 'vpc-nope' })).toEqual([]);
  });

  it('suggests the values a property takes now', () => {
    expect(valuesInWorld(run.world, 'instances', propertyDef('instances', 'instanceType')!)).toEqual(['m5.large']);
    expect(valuesInWorld(run.world, 'nope', propertyDef('instances', 'instanceType')!)).toEqual([]);
  });
});

import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from './index';
import { deepFreeze, no, ok } from './engine-test-helpers';

/** Malformed vs not found, documented filters, pagination: the EC2 API as the SDKs send it. */
const base = deepFreeze(createWorld({ defaultVpc: true }));

suite('malformed ids vs unknown ids', () => {
  it('answers *.Malformed for an id of the wrong form, per resource kind', () => {
    expect(no(base, 'ec2:DescribeImages', { ImageIds: ['ami-12'] }).code).toBe('InvalidAMIID.Malformed');
    expect(no(base, 'ec2:TerminateInstances', { InstanceIds: ['i-xyz'] }).code).toBe('InvalidInstanceID.Malformed');
    expect(no(base, 'ec2:DescribeVpcs', { VpcIds: ['vpc-12345'] }).code).toBe('InvalidVpcID.Malformed');
    expect(no(base, 'ec2:DescribeSubnets', { SubnetIds: ['subnet-zz'] }).code).toBe('InvalidSubnetID.Malformed');
    expect(no(base, 'ec2:DescribeVolumes', { VolumeIds: ['vol-1'] }).code).toBe('InvalidVolumeID.Malformed');
    expect(no(base, 'ec2:DescribeSecurityGroups', { GroupIds: ['sg-1'] }).code).toBe('InvalidGroupId.Malformed');
  });

  it('answers *.NotFound for a well-formed id that does not exist (8 or 17 hex digits)', () => {
    expect(no(base, 'ec2:DescribeImages', { ImageIds: ['ami-0123456789abcdef0'] }).code).toBe('InvalidAMIID.NotFound');
    expect(no(base, 'ec2:TerminateInstances', { InstanceIds: ['i-1234abcd'] }).code).toBe('InvalidInstanceID.NotFound');
    expect(no(base, 'ec2:DescribeVpcs', { VpcIds: ['vpc-0123456789abcdef0'] }).code).toBe('InvalidVpcID.NotFound');
  });
});

suite('documented filters', () => {
  it('reads any documented filter from the SDK shape (default-for-az, cidr-block, availability-zone)', () => {
    const all = describe(base, 'ec2:DescribeSubnets').Subnets;
    const a = describe(base, 'ec2:DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: ['us-east-1a'] }] }).Subnets;
    expect(a.map((s: any) => s.AvailabilityZone)).toEqual(['us-east-1a']);
    expect(describe(base, 'ec2:DescribeSubnets', { Filters: [{ Name: 'default-for-az', Values: ['true'] }] }).Subnets).toHaveLength(all.length);
    expect(describe(base, 'ec2:DescribeSubnets', { Filters: [{ Name: 'default-for-az', Values: ['false'] }] }).Subnets).toHaveLength(0);
    const cidr = describe(base, 'ec2:DescribeSubnets', { Filters: [{ Name: 'cidr-block', Values: ['172.31.1?.0/20'] }] }).Subnets;
    expect(cidr.map((s: any) => s.CidrBlock)).toEqual(['172.31.16.0/20']);
  });

  it('ANDs filters and ORs values, with * wildcards', () => {
    const both = describe(base, 'ec2:DescribeSubnets', {
      Filters: [
        { Name: 'availability-zone', Values: ['us-east-1a', 'us-east-1b'] },
        { Name: 'cidr-block', Values: ['*.16.0/20'] },
      ],
    }).Subnets;
    expect(both.map((s: any) => s.AvailabilityZone)).toEqual(['us-east-1b']);
  });

  it('supports tag-value and tag:<key>', () => {
    const r = ok(base, 'ec2:CreateVpc', {
      CidrBlock: '10.9.0.0/16',
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'lab' }] }],
    });
    expect(describe(r.world, 'ec2:DescribeVpcs', { Filters: [{ Name: 'tag-value', Values: ['la*'] }] }).Vpcs).toHaveLength(1);
    expect(describe(r.world, 'ec2:DescribeVpcs', { Filters: [{ Name: 'tag:Name', Values: ['lab'] }] }).Vpcs).toHaveLength(1);
  });

  it('refuses a filter the API does not document', () => {
    const e = no(base, 'ec2:DescribeSubnets', { Filters: [{ Name: 'colour', Values: ['x'] }] });
    expect(e.code).toBe('InvalidParameterValue');
    expect(e.message).toContain("The filter 'colour' is invalid");
  });
});

suite('pagination', () => {
  it('pages with MaxResults and an opaque, stable NextToken', () => {
    const all = describe(base, 'ec2:DescribeImages', { Owners: ['amazon'] }).Images;
    const first = ok(base, 'ec2:DescribeImages', { Owners: ['amazon'], MaxResults: 1 }).response;
    expect(first.Images).toHaveLength(1);
    expect(typeof first.NextToken).toBe('string');
    expect(ok(base, 'ec2:DescribeImages', { Owners: ['amazon'], MaxResults: 1 }).response.NextToken).toBe(first.NextToken);
    const rest = ok(base, 'ec2:DescribeImages', { Owners: ['amazon'], MaxResults: 1000, NextToken: first.NextToken }).response;
    expect([...first.Images, ...rest.Images]).toEqual(all);
    expect(rest.NextToken).toBeUndefined();
  });

  it('refuses MaxResults out of range, with explicit ids, and a foreign token', () => {
    expect(no(base, 'ec2:DescribeVpcs', { MaxResults: 4 }).code).toBe('InvalidParameterValue');
    expect(no(base, 'ec2:DescribeVpcs', { MaxResults: 1001 }).code).toBe('InvalidParameterValue');
    const vpcId = describe(base, 'ec2:DescribeVpcs').Vpcs[0].VpcId;
    expect(no(base, 'ec2:DescribeVpcs', { MaxResults: 5, VpcIds: [vpcId] }).code).toBe('InvalidParameterCombination');
    expect(no(base, 'ec2:DescribeVpcs', { NextToken: 'nonsense' }).code).toBe('InvalidParameterValue');
  });
});

suite('documented filters read from the SDK shape', () => {
  it('filters route tables by association.main and volumes by a documented name, refusing nothing documented', () => {
    const main = describe(base, 'ec2:DescribeRouteTables', { Filters: [{ Name: 'association.main', Values: ['true'] }] });
    expect(main.RouteTables.length).toBeGreaterThan(0);
    expect(describe(base, 'ec2:DescribeVolumes', { Filters: [{ Name: 'multi-attach-enabled', Values: ['true'] }] }).Volumes).toEqual([]);
    const images = describe(base, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'architecture', Values: ['x86_64'] }] });
    expect(images.Images.length).toBeGreaterThan(0);
  });
});

suite('own-property lookups and bounded reads', () => {
  it('sim:ParseInstanceType refuses m5.constructor and m5.__proto__ but parses m5.large', () => {
    expect(no(base, 'sim:ParseInstanceType', { InstanceType: 'm5.constructor' }).code).toBe('InvalidParameterValue');
    expect(no(base, 'sim:ParseInstanceType', { InstanceType: 'm5.toString' }).code).toBe('InvalidParameterValue');
    expect(ok(base, 'sim:ParseInstanceType', { InstanceType: 'm5.large' }).response.Size).toBe('large');
  });

  it('DescribeReservedInstancesOfferings answers one page of 100 with a NextToken, not every offering', () => {
    const first = ok(base, 'ec2:DescribeReservedInstancesOfferings', {}).response;
    expect(first.ReservedInstancesOfferings).toHaveLength(100);
    expect(typeof first.NextToken).toBe('string');
    const next = ok(base, 'ec2:DescribeReservedInstancesOfferings', { NextToken: first.NextToken }).response;
    expect(next.ReservedInstancesOfferings).toHaveLength(100);
    expect(next.ReservedInstancesOfferings[0].ReservedInstancesOfferingId).not.toBe(first.ReservedInstancesOfferings[0].ReservedInstancesOfferingId);
  });
});

/** DescribeTags and AWS's tag limits, on CreateTags and on every TagSpecifications (issue 15, item 5). */
import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { lab } from '../compute-test-helpers';

const tags = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

function tagged() {
  const l = lab();
  let w = ok(l.world, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: [{ Key: 'Name', Value: 'main' }, { Key: 'env', Value: 'prod' }] }).world;
  w = ok(w, 'ec2:CreateTags', { Resources: [l.subnetA, l.subnetB], Tags: [{ Key: 'tier', Value: 'web' }] }).world;
  w = ok(w, 'ec2:CreateTags', { Resources: [l.subnetA], Tags: [{ Key: 'env', Value: 'dev' }] }).world;
  return { ...l, world: w };
}

suite('DescribeTags', () => {
  it('lists one row per tag of each resource, with its resource type', () => {
    const l = tagged();
    const rows = describe(l.world, 'ec2:DescribeTags').Tags;
    expect(rows).toContainEqual({ ResourceId: l.vpcId, ResourceType: 'vpc', Key: 'Name', Value: 'main' });
    expect(rows).toContainEqual({ ResourceId: l.subnetA, ResourceType: 'subnet', Key: 'tier', Value: 'web' });
    expect(rows).toHaveLength(5);
    expect(describe(createWorld(), 'ec2:DescribeTags').Tags).toEqual([]);
  });

  it('filters by key, value, resource-type, resource-id and tag:<key>, with wildcards', () => {
    const l = tagged();
    const find = (Filters: unknown[]) => describe(l.world, 'ec2:DescribeTags', { Filters }).Tags;
    expect(find([{ Name: 'key', Values: ['env'] }]).map((t: any) => t.Value).sort()).toEqual(['dev', 'prod']);
    expect(find([{ Name: 'resource-type', Values: ['subnet'] }, { Name: 'key', Values: ['t*'] }])).toHaveLength(2);
    expect(find([{ Name: 'resource-id', Values: [l.vpcId] }]).map((t: any) => t.Key).sort()).toEqual(['Name', 'env']);
    expect(find([{ Name: 'value', Values: ['pro?'] }])).toEqual([{ ResourceId: l.vpcId, ResourceType: 'vpc', Key: 'env', Value: 'prod' }]);
    expect(find([{ Name: 'tag:env', Values: ['dev'] }]).map((t: any) => t.ResourceId)).toEqual([l.subnetA, l.subnetA]);
    expect(no(l.world, 'ec2:DescribeTags', { Filters: [{ Name: 'colour', Values: ['x'] }] }).code).toBe('InvalidParameterValue');
  });

  it('pages with MaxResults and NextToken', () => {
    const l = tagged();
    const first = describe(l.world, 'ec2:DescribeTags', { MaxResults: 5 });
    expect(first.Tags).toHaveLength(5);
    const w = ok(l.world, 'ec2:CreateTags', { Resources: [l.igwId], Tags: tags(3) }).world;
    const page1 = describe(w, 'ec2:DescribeTags', { MaxResults: 5 });
    const page2 = describe(w, 'ec2:DescribeTags', { MaxResults: 5, NextToken: page1.NextToken });
    expect(page1.Tags.length + page2.Tags.length).toBe(8);
    expect(page2.NextToken).toBeUndefined();
    expect(no(w, 'ec2:DescribeTags', { MaxResults: 2 }).code).toBe('InvalidParameterValue');
  });
});

suite('tag limits', () => {
  it('CreateTags: 50 tags per resource, then TagLimitExceeded', () => {
    const l = lab();
    const w = ok(l.world, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: tags(50) }).world;
    const e = no(w, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: [{ Key: 'one-more', Value: '' }] });
    expect(e.code).toBe('TagLimitExceeded');
    expect(e.rule).toBe('tags.limit');
    ok(w, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: [{ Key: 'k1', Value: 'overwrite' }] });
  });

  it('CreateTags: key 1–128, value ≤ 256, aws: reserved (InvalidParameterValue)', () => {
    const l = lab();
    const bad = (Key: string, Value = '') => no(l.world, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: [{ Key, Value }] });
    expect(bad('x'.repeat(129)).code).toBe('InvalidParameterValue');
    expect(bad('k', 'v'.repeat(257)).rule).toBe('tags.invalid');
    expect(bad('aws:cloudformation:stack-name').message).toMatch(/reserved/);
    expect(bad('AWS:x').code).toBe('InvalidParameterValue');
    ok(l.world, 'ec2:CreateTags', { Resources: [l.vpcId], Tags: [{ Key: 'k'.repeat(128), Value: 'v'.repeat(256) }] });
  });

  it('TagSpecifications: a resource type the action creates, at least one tag, the same limits', () => {
    const w = createWorld();
    const vpc = (TagSpecifications: unknown[]) => ({ CidrBlock: '10.0.0.0/16', TagSpecifications });
    const made = ok(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'lab' }] }]));
    expect(made.response.Vpc.Tags).toEqual([{ Key: 'Name', Value: 'lab' }]);
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc', Tags: [] }])).message).toMatch(/at least one tag/);
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc' }])).code).toBe('InvalidParameterValue');
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'banana', Tags: tags(1) }])).message).toMatch(/not a valid taggable resource type/);
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'volume', Tags: tags(1) }])).code).toBe('InvalidParameterValue');
    expect(no(w, 'ec2:CreateVpc', vpc([{ Tags: tags(1) }])).code).toBe('InvalidParameterValue');
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc', Tags: [{ Key: 'aws:x', Value: '' }] }])).rule).toBe('tags.invalid');
    expect(no(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc', Tags: tags(51) }])).code).toBe('TagLimitExceeded');
    ok(w, 'ec2:CreateVpc', vpc([{ ResourceType: 'vpc', Tags: tags(50) }]));
  });
});

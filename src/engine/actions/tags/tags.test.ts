import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import { no, ok } from '../../engine-test-helpers';
import { labWorld, launch } from '../purchasing/purchasing-test-helpers';

const tagsOf = (world: Parameters<typeof read>[0], id: string) =>
  read(world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0].Tags as { Key: string; Value: string }[];

describe('ec2:CreateTags / ec2:DeleteTags', () => {
  it('names an instance, overwrites the value, and DescribeInstances shows it', () => {
    const { world, id } = launch(labWorld());
    let next = ok(world, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'Name', Value: 'web' }] });
    expect(next.events[0]?.message).toContain('“web”');
    next = ok(next.world, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'Name', Value: 'cache' }, { Key: 'team', Value: 'a' }] });
    expect(tagsOf(next.world, id)).toEqual(expect.arrayContaining([{ Key: 'Name', Value: 'cache' }, { Key: 'team', Value: 'a' }]));
    expect(next.world.instances.get(id)!.tags).toHaveLength(2);
  });

  it('tags several kinds at once, all or nothing', () => {
    const { world, id } = launch(labWorld());
    const vpc = world.vpcs.values().find((v) => v.isDefault && v.region === 'us-east-1')!.id;
    const done = ok(world, 'ec2:CreateTags', { Resources: [id, vpc], Tags: [{ Key: 'Name', Value: 'x' }] });
    expect(done.world.vpcs.get(vpc)!.tags).toEqual([{ Key: 'Name', Value: 'x' }]);
    expect(no(world, 'ec2:CreateTags', { Resources: [id, 'i-0000000000000dead'], Tags: [{ Key: 'Name', Value: 'x' }] }).code).toBe('InvalidInstanceID.NotFound');
  });

  it('keeps AWS limits: aws: prefix, key 128, value 256, 50 tags', () => {
    const { world, id } = launch(labWorld());
    const refused = (Tags: unknown[]) => no(world, 'ec2:CreateTags', { Resources: [id], Tags });
    expect(refused([{ Key: 'aws:cloudformation', Value: 'x' }])).toMatchObject({ code: 'InvalidParameterValue', rule: 'tags.invalid' });
    expect(refused([{ Key: 'AWS:x', Value: 'x' }]).code).toBe('InvalidParameterValue');
    expect(refused([{ Key: 'k'.repeat(129), Value: 'x' }]).code).toBe('InvalidParameterValue');
    expect(refused([{ Key: '', Value: 'x' }]).code).toBe('MissingParameter'); // an empty key is no key
    expect(refused([{ Key: 'k', Value: 'v'.repeat(257) }]).code).toBe('InvalidParameterValue');
    ok(world, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'k'.repeat(128), Value: 'v'.repeat(256) }] });
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    const full = ok(world, 'ec2:CreateTags', { Resources: [id], Tags: fifty }).world;
    expect(no(full, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'one-more', Value: '' }] }).code).toBe('TagLimitExceeded');
    ok(full, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'k3', Value: 'overwrite is fine' }] });
    expect(no(world, 'ec2:CreateTags', { Resources: [id] }).code).toBe('MissingParameter');
    expect(no(world, 'ec2:CreateTags', { Resources: ['x-123'], Tags: [{ Key: 'a', Value: 'b' }] }).code).toBe('InvalidID');
  });

  it('DeleteTags removes by key, by key and value, or all', () => {
    const { world, id } = launch(labWorld());
    const tagged = ok(world, 'ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'Name', Value: 'web' }, { Key: 'env', Value: 'dev' }] }).world;
    expect(ok(tagged, 'ec2:DeleteTags', { Resources: [id], Tags: [{ Key: 'env', Value: 'prod' }] }).world.instances.get(id)!.tags).toHaveLength(2);
    expect(ok(tagged, 'ec2:DeleteTags', { Resources: [id], Tags: [{ Key: 'env' }] }).world.instances.get(id)!.tags).toEqual([{ Key: 'Name', Value: 'web' }]);
    expect(ok(tagged, 'ec2:DeleteTags', { Resources: [id] }).world.instances.get(id)!.tags).toEqual([]);
    expect(no(tagged, 'ec2:DeleteTags', { Resources: [id], Tags: [{ Key: 'aws:x' }] }).code).toBe('InvalidParameterValue');
  });
});

import { describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../../engine';
import { accountOptions } from './options';

function run(world: World, type: string, params: Record<string, unknown>): { world: World; response: any } {
  const r = apply(world, { type, params });
  if (!r.ok) throw new Error(`${type}: ${r.error.code}`);
  return { world: r.world, response: r.response };
}

describe('accountOptions', () => {
  it('offers only your own account in a starting world (never Amazon or the Marketplace)', () => {
    const world = createWorld();
    expect(accountOptions(world)).toEqual([{ value: world.account, label: `${world.account} (your account)` }]);
  });

  it('adds an account an AMI was shared with', () => {
    let world = createWorld({ defaultVpc: true });
    const ami = world.images.values().find((i) => i.region === 'us-east-1' && i.imageOwnerAlias === 'amazon')!.id;
    const subnet = world.subnets.values().find((s) => s.region === 'us-east-1')!.id;
    let r = run(world, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet });
    r = run(r.world, 'ec2:CreateImage', { InstanceId: r.response.Instances[0].InstanceId, Name: 'golden' });
    world = run(r.world, 'ec2:ModifyImageAttribute', {
      ImageId: r.response.ImageId,
      LaunchPermission: { Add: [{ UserId: '444455556666' }] },
    }).world;
    expect(accountOptions(world).map((o) => o.value)).toEqual([world.account, '444455556666']);
  });
});

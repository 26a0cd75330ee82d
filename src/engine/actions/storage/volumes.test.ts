import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';

function customKey(region = 'us-east-1') {
  const r = ok(createWorld(), 'kms:CreateKey', { Description: 'cmk' }, { region });
  return { world: r.world, arn: r.response.KeyMetadata.Arn as string, id: r.response.KeyMetadata.KeyId as string };
}

suite('ec2:CreateVolume', () => {
  it('creates a settled volume in one AZ with the SDK Volume shape', () => {
    const r = ok(createWorld(), 'ec2:CreateVolume', {
      AvailabilityZone: 'us-east-1b',
      Size: 20,
      VolumeType: 'gp3',
      TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: 'data' }] }],
    });
    const v = r.response;
    expect(v.VolumeId).toMatch(/^vol-0[0-9a-f]{16}$/);
    expect(v).toMatchObject({
      AvailabilityZone: 'us-east-1b',
      Size: 20,
      State: 'available',
      VolumeType: 'gp3',
      Iops: 3000,
      Throughput: 125,
      Encrypted: false,
      SnapshotId: '',
      Attachments: [],
      Tags: [{ Key: 'Name', Value: 'data' }],
    });
    const listed = describe(r.world, 'ec2:DescribeVolumes', { VolumeIds: [v.VolumeId] }).Volumes;
    expect(listed).toHaveLength(1);
    expect(listed[0].AvailabilityZone).toBe('us-east-1b');
  });

  it('refuses an AZ that is not in the region called (ebs.create.unknown-az)', () => {
    const world = createWorld();
    ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-west-2a', Size: 1 }, { region: 'us-west-2' });
    const err = no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-west-2a', Size: 1 });
    expect(err.code).toBe('InvalidParameterValue');
    expect(err.rule).toBe('ebs.create.unknown-az');
    expect(err.scope).toEqual({ kind: 'region', from: 'us-west-2', to: 'us-east-1' });
    expect(no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1z', Size: 1 }).rule).toBe('ebs.create.unknown-az');
  });

  it('refuses sizes outside the type range (ebs.create.size-range)', () => {
    const world = createWorld();
    ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 125, VolumeType: 'st1' });
    const err = no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 10, VolumeType: 'st1' });
    expect(err.code).toBe('InvalidParameterValue');
    expect(err.rule).toBe('ebs.create.size-range');
    expect(no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 20000, VolumeType: 'gp3' }).rule).toBe(
      'ebs.create.size-range',
    );
  });

  it('needs Size or SnapshotId, and Iops for io1', () => {
    const world = createWorld();
    expect(no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a' }).code).toBe('MissingParameter');
    expect(no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 10, VolumeType: 'io1' }).code).toBe(
      'MissingParameter',
    );
    const io1 = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 10, VolumeType: 'io1', Iops: 500 });
    expect(io1.response.Iops).toBe(500);
    expect(no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 10, VolumeType: 'gp2', Iops: 500 }).code).toBe(
      'InvalidParameterCombination',
    );
  });

  it('restores a snapshot into any AZ of the region, never smaller than the snapshot (ebs.create.size-below-snapshot)', () => {
    let world = createWorld();
    const v = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 30 });
    const s = ok(v.world, 'ec2:CreateSnapshot', { VolumeId: v.response.VolumeId });
    world = s.world;
    const snap = s.response.SnapshotId;
    const same = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1c', SnapshotId: snap });
    expect(same.response).toMatchObject({ Size: 30, SnapshotId: snap, AvailabilityZone: 'us-east-1c' });
    expect(ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', SnapshotId: snap, Size: 50 }).response.Size).toBe(50);
    const err = no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', SnapshotId: snap, Size: 10 });
    expect(err.code).toBe('InvalidParameterValue');
    expect(err.rule).toBe('ebs.create.size-below-snapshot');
    expect(err.message).toBe(`Volume of size 10GB is smaller than snapshot '${snap}', expect size >= 30GB`);
  });

  it('refuses KmsKeyId without Encrypted=true (rule 63) and uses the key with it', () => {
    const { world, arn, id } = customKey();
    const err = no(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, KmsKeyId: id });
    expect(err.code).toBe('InvalidParameterDependency');
    expect(err.rule).toBe('ebs.encryption.kms-requires-encrypted');
    expect(err.message).toBe('The parameter [KmsKeyId] requires the parameter Encrypted to be set.');
    const r = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true, KmsKeyId: id });
    expect(r.response.Encrypted).toBe(true);
    expect(r.response.KmsKeyId).toBe(arn);
  });

  it('uses alias/aws/ebs of the region when Encrypted=true has no key', () => {
    const world = createWorld();
    const managed = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }).KeyMetadata.Arn;
    const r = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true });
    expect(r.response.KmsKeyId).toBe(managed);
  });

  it('a volume from an encrypted snapshot is always encrypted, even with Encrypted=false', () => {
    const { world, arn, id } = customKey();
    const v = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true, KmsKeyId: id });
    const s = ok(v.world, 'ec2:CreateSnapshot', { VolumeId: v.response.VolumeId });
    expect(s.response.Encrypted).toBe(true);
    expect(s.response.KmsKeyId).toBe(arn);
    const r = ok(s.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', SnapshotId: s.response.SnapshotId, Encrypted: false });
    expect(r.response.Encrypted).toBe(true);
    expect(r.response.KmsKeyId).toBe(arn);
    expect(r.events.some((e) => e.type === 'notice' && e.message.includes('stays encrypted'))).toBe(true);
  });

  it('a key of another region is accepted but the volume disappears (rule 64, checked asynchronously)', () => {
    const { world, arn } = customKey('us-west-2');
    const r = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true, KmsKeyId: arn });
    expect(r.response.State).toBe('creating');
    const failed = r.events.find((e) => e.type === 'failed');
    expect(failed?.to).toBe('deleted');
    expect(failed?.message).toContain('KMS keys are regional');
    const err = no(r.world, 'ec2:DescribeVolumes', { VolumeIds: [r.response.VolumeId] });
    expect(err.code).toBe('InvalidVolume.NotFound');
  });
});

suite('ec2:DeleteVolume / DetachVolume / DescribeVolumes without instances', () => {
  it('deletes an available volume', () => {
    const v = ok(createWorld(), 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const d = ok(v.world, 'ec2:DeleteVolume', { VolumeId: v.response.VolumeId });
    expect(d.response).toEqual({});
    expect(no(d.world, 'ec2:DescribeVolumes', { VolumeIds: [v.response.VolumeId] }).code).toBe('InvalidVolume.NotFound');
  });

  it('refuses to detach a volume that is not attached (ebs.detach.not-attached)', () => {
    const v = ok(createWorld(), 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const err = no(v.world, 'ec2:DetachVolume', { VolumeId: v.response.VolumeId });
    expect(err.code).toBe('InvalidAttachment.NotFound');
    expect(err.rule).toBe('ebs.detach.not-attached');
  });

  it('filters by availability-zone and status; ids are regional', () => {
    let world = createWorld();
    const a = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const b = ok(a.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', Size: 1 });
    world = b.world;
    const inB = describe(world, 'ec2:DescribeVolumes', { Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] });
    expect(inB.Volumes.map((v: any) => v.VolumeId)).toEqual([b.response.VolumeId]);
    const avail = describe(world, 'ec2:DescribeVolumes', { Filters: [{ Name: 'status', Values: ['available'] }] });
    expect(avail.Volumes).toHaveLength(2);
    expect(describe(world, 'ec2:DescribeVolumes', {}, 'us-west-2').Volumes).toEqual([]);
    const err = no(world, 'ec2:DescribeVolumes', { VolumeIds: [a.response.VolumeId] }, { region: 'us-west-2' });
    expect(err.code).toBe('InvalidVolume.NotFound');
    expect(err.scope).toEqual({ kind: 'region', from: 'us-east-1', to: 'us-west-2' });
    // Another account does not see them either.
    const asB = apply(world, { type: 'ec2:DescribeVolumes', params: {}, account: '444455556666' });
    expect(asB.ok && asB.response.Volumes).toEqual([]);
  });
});

import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';

const B = '444455556666';

/** A world with one snapshot of a new volume in us-east-1 (optionally encrypted, optionally with a CMK). */
function withSnapshot(options: { encrypted?: boolean; cmk?: boolean } = {}) {
  let world = createWorld();
  let keyArn: string | undefined;
  let keyId: string | undefined;
  if (options.cmk) {
    const k = ok(world, 'kms:CreateKey', {});
    world = k.world;
    keyArn = k.response.KeyMetadata.Arn;
    keyId = k.response.KeyMetadata.KeyId;
  }
  const v = ok(world, 'ec2:CreateVolume', {
    AvailabilityZone: 'us-east-1a',
    Size: 12,
    ...(options.encrypted ? { Encrypted: true } : {}),
    ...(keyId ? { KmsKeyId: keyId } : {}),
  });
  const s = ok(v.world, 'ec2:CreateSnapshot', { VolumeId: v.response.VolumeId, Description: 'nightly' });
  return { world: s.world, snapshotId: s.response.SnapshotId as string, volumeId: v.response.VolumeId as string, keyArn, snap: s.response };
}

function managedKey(world: World, region: string): string {
  return describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }, region).KeyMetadata.Arn;
}

function snapshotIn(world: World, id: string, region: string) {
  return describe(world, 'ec2:DescribeSnapshots', { SnapshotIds: [id] }, region).Snapshots[0];
}

suite('ec2:CreateSnapshot', () => {
  it('snapshots a volume, settled completed, inheriting size and encryption', () => {
    const { snap, volumeId } = withSnapshot({ encrypted: true });
    expect(snap.SnapshotId).toMatch(/^snap-0[0-9a-f]{16}$/);
    expect(snap).toMatchObject({ VolumeId: volumeId, VolumeSize: 12, State: 'completed', Progress: '100%', Encrypted: true, OwnerId: '111122223333', Description: 'nightly' });
  });

  it('DescribeSnapshots lists own snapshots and the Amazon ones (OwnerIds self / amazon)', () => {
    const { world, snapshotId } = withSnapshot();
    expect(describe(world, 'ec2:DescribeSnapshots', { OwnerIds: ['self'] }).Snapshots.map((s: any) => s.SnapshotId)).toEqual([snapshotId]);
    const amazon = describe(world, 'ec2:DescribeSnapshots', { OwnerIds: ['amazon'] }).Snapshots;
    expect(amazon).toHaveLength(1);
    expect(amazon[0].OwnerId).toBe('137112412989');
    expect(amazon[0].OwnerAlias).toBe('amazon');
  });
});

suite('ec2:CopySnapshot — the four encryption cases (rule 68)', () => {
  it('1. unencrypted → unencrypted (default), cross-region: a new id in the destination only', () => {
    const { world, snapshotId } = withSnapshot();
    const r = ok(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId }, { region: 'us-west-2' });
    const copyId = r.response.SnapshotId;
    expect(copyId).toMatch(/^snap-0[0-9a-f]{16}$/);
    expect(copyId).not.toBe(snapshotId);
    const copy = snapshotIn(r.world, copyId, 'us-west-2');
    expect(copy).toMatchObject({ State: 'completed', Encrypted: false, VolumeSize: 12, Description: `[Copied ${snapshotId} from us-east-1]` });
    // Ids are regional: the copy is invisible from us-east-1 and the source from us-west-2.
    const e1 = no(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [copyId] }, { region: 'us-east-1' });
    expect(e1.code).toBe('InvalidSnapshot.NotFound');
    const e2 = no(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [snapshotId] }, { region: 'us-west-2' });
    expect(e2.code).toBe('InvalidSnapshot.NotFound');
    expect(e2.scope).toEqual({ kind: 'region', from: 'us-east-1', to: 'us-west-2' });
  });

  it('2. encrypted → encrypted: same key in-region, the destination region key across regions, or KmsKeyId', () => {
    const { world, snapshotId, keyArn } = withSnapshot({ encrypted: true, cmk: true });
    const same = ok(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId });
    expect(snapshotIn(same.world, same.response.SnapshotId, 'us-east-1')).toMatchObject({ Encrypted: true, KmsKeyId: keyArn });

    const west = ok(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: true }, { region: 'us-west-2' });
    const westCopy = snapshotIn(west.world, west.response.SnapshotId, 'us-west-2');
    expect(westCopy.Encrypted).toBe(true);
    expect(westCopy.KmsKeyId).toBe(managedKey(world, 'us-west-2'));
    expect(westCopy.KmsKeyId).toContain(':us-west-2:');

    const k = ok(world, 'kms:CreateKey', {}, { region: 'us-west-2' });
    const withKey = ok(
      k.world,
      'ec2:CopySnapshot',
      { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: true, KmsKeyId: k.response.KeyMetadata.KeyId },
      { region: 'us-west-2' },
    );
    expect(snapshotIn(withKey.world, withKey.response.SnapshotId, 'us-west-2').KmsKeyId).toBe(k.response.KeyMetadata.Arn);
  });

  it('3. unencrypted → encrypted with Encrypted=true', () => {
    const { world, snapshotId } = withSnapshot();
    const r = ok(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: true }, { region: 'eu-west-1' });
    const copy = snapshotIn(r.world, r.response.SnapshotId, 'eu-west-1');
    expect(copy.Encrypted).toBe(true);
    expect(copy.KmsKeyId).toBe(managedKey(world, 'eu-west-1'));
  });

  it('4. encrypted → unencrypted is accepted but the copy stays encrypted, with a notice', () => {
    const { world, snapshotId } = withSnapshot({ encrypted: true });
    const r = ok(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: false }, { region: 'us-west-2' });
    expect(snapshotIn(r.world, r.response.SnapshotId, 'us-west-2').Encrypted).toBe(true);
    const notice = r.events.find((e) => e.type === 'notice');
    expect(notice?.message).toContain('stays encrypted');
  });

  it('refuses KmsKeyId without Encrypted (InvalidParameterDependency)', () => {
    const { world, snapshotId } = withSnapshot();
    const k = ok(world, 'kms:CreateKey', {}, { region: 'us-west-2' });
    const err = no(k.world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, KmsKeyId: k.response.KeyMetadata.KeyId }, { region: 'us-west-2' });
    expect(err.code).toBe('InvalidParameterDependency');
    expect(err.rule).toBe('ebs.encryption.kms-requires-encrypted');
  });

  it('a key that does not exist in the destination region: accepted, then the copy ends in error (rule 64)', () => {
    const { world, snapshotId, keyArn } = withSnapshot({ encrypted: true, cmk: true });
    const r = ok(
      world,
      'ec2:CopySnapshot',
      { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: true, KmsKeyId: keyArn },
      { region: 'us-west-2' },
    );
    const copy = snapshotIn(r.world, r.response.SnapshotId, 'us-west-2');
    expect(copy.State).toBe('error');
    expect(copy.StateMessage).toContain('KMS keys are regional');
    expect(r.events.find((e) => e.type === 'failed')?.to).toBe('error');
    // A failed copy can not be restored.
    expect(no(r.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-west-2a', SnapshotId: r.response.SnapshotId }, { region: 'us-west-2' }).code).toBe(
      'IncorrectState',
    );
  });

  it('refuses an unknown source snapshot and an unknown SourceRegion', () => {
    const { world } = withSnapshot();
    expect(no(world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-0123456789abcdef0' }).code).toBe(
      'InvalidSnapshot.NotFound',
    );
    expect(no(world, 'ec2:CopySnapshot', { SourceRegion: 'mars-1', SourceSnapshotId: 'snap-0123456789abcdef0' }).code).toBe(
      'InvalidParameterValue',
    );
  });
});

suite('ec2:DeleteSnapshot (rule 69)', () => {
  it('refuses a snapshot an AMI uses (InvalidSnapshot.InUse), deletes it after DeregisterImage', () => {
    const { world, snapshotId } = withSnapshot();
    const img = ok(world, 'ec2:RegisterImage', {
      Name: 'from-snap',
      RootDeviceName: '/dev/xvda',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId } }],
    });
    const err = no(img.world, 'ec2:DeleteSnapshot', { SnapshotId: snapshotId });
    expect(err.code).toBe('InvalidSnapshot.InUse');
    expect(err.rule).toBe('snapshot.delete.in-use');
    expect(err.message).toBe(`The snapshot ${snapshotId} is currently in use by ${img.response.ImageId}`);
    const dereg = ok(img.world, 'ec2:DeregisterImage', { ImageId: img.response.ImageId });
    const del = ok(dereg.world, 'ec2:DeleteSnapshot', { SnapshotId: snapshotId });
    expect(del.response).toEqual({});
    expect(no(del.world, 'ec2:DescribeSnapshots', { SnapshotIds: [snapshotId] }).code).toBe('InvalidSnapshot.NotFound');
  });
});

suite('ec2:ModifySnapshotAttribute (rule 70)', () => {
  it('shares an unencrypted snapshot with one account, which can then restore it', () => {
    const { world, snapshotId } = withSnapshot();
    // Before sharing, account B can not see it.
    const before = apply(world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', SnapshotId: snapshotId }, account: B });
    expect(!before.ok && before.error.code).toBe('InvalidSnapshot.NotFound');
    const r = ok(world, 'ec2:ModifySnapshotAttribute', { SnapshotId: snapshotId, CreateVolumePermission: { Add: [{ UserId: B }] } });
    expect(describe(r.world, 'ec2:DescribeSnapshotAttribute', { SnapshotId: snapshotId, Attribute: 'createVolumePermission' }).CreateVolumePermissions).toEqual([
      { UserId: B },
    ]);
    const v = ok(r.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', SnapshotId: snapshotId }, { account: B });
    expect(v.response.SnapshotId).toBe(snapshotId);
    const listed = apply(r.world, { type: 'ec2:DescribeSnapshots', params: { RestorableByUserIds: ['self'] }, account: B });
    expect(listed.ok && listed.response.Snapshots.map((s: any) => s.SnapshotId)).toContain(snapshotId);
    // Remove with the OperationType form.
    const rm = ok(r.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: snapshotId, Attribute: 'createVolumePermission', OperationType: 'remove', UserIds: [B] });
    const after = apply(rm.world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', SnapshotId: snapshotId }, account: B });
    expect(!after.ok && after.error.code).toBe('InvalidSnapshot.NotFound');
  });

  it('an unencrypted snapshot can be public; an encrypted one can not (snapshot.share.public-encrypted)', () => {
    const plain = withSnapshot();
    const pub = ok(plain.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: plain.snapshotId, CreateVolumePermission: { Add: [{ Group: 'all' }] } });
    const seen = apply(pub.world, { type: 'ec2:DescribeSnapshots', params: { RestorableByUserIds: ['all'] }, account: B });
    expect(seen.ok && seen.response.Snapshots.map((s: any) => s.SnapshotId)).toContain(plain.snapshotId);

    const enc = withSnapshot({ encrypted: true, cmk: true });
    const err = no(enc.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: enc.snapshotId, CreateVolumePermission: { Add: [{ Group: 'all' }] } });
    expect(err.code).toBe('UnsupportedOperation');
    expect(err.rule).toBe('snapshot.share.public-encrypted');
  });

  it('a snapshot under a customer managed key can be shared; under alias/aws/ebs it can not (snapshot.share.aws-managed-key)', () => {
    const cmk = withSnapshot({ encrypted: true, cmk: true });
    ok(cmk.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: cmk.snapshotId, CreateVolumePermission: { Add: [{ UserId: B }] } });
    const managed = withSnapshot({ encrypted: true });
    const err = no(managed.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: managed.snapshotId, CreateVolumePermission: { Add: [{ UserId: B }] } });
    expect(err.code).toBe('InvalidParameter');
    expect(err.rule).toBe('snapshot.share.aws-managed-key');
  });

  it('refuses a malformed account id', () => {
    const { world, snapshotId } = withSnapshot();
    expect(no(world, 'ec2:ModifySnapshotAttribute', { SnapshotId: snapshotId, CreateVolumePermission: { Add: [{ UserId: 'bob' }] } }).code).toBe(
      'InvalidParameterValue',
    );
  });

  it('a shared snapshot can be copied by the other account into its own region and account', () => {
    const { world, snapshotId } = withSnapshot();
    const shared = ok(world, 'ec2:ModifySnapshotAttribute', { SnapshotId: snapshotId, CreateVolumePermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId, Encrypted: true }, { account: B, region: 'us-west-2' });
    const copy = apply(r.world, { type: 'ec2:DescribeSnapshots', params: { SnapshotIds: [r.response.SnapshotId] }, account: B, region: 'us-west-2' });
    expect(copy.ok && copy.response.Snapshots[0].OwnerId).toBe(B);
    expect(copy.ok && copy.response.Snapshots[0].KmsKeyId).toContain(`:us-west-2:${B}:key/`);
  });
});

import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, type World } from '../../index';
import { no, ok } from '../../engine-test-helpers';

const B = '444455556666';
const AMAZON = '137112412989';

function amazonAmi(world: World, region = 'us-east-1'): string {
  const images = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }, region).Images;
  return images[0].ImageId;
}

/** Register an AMI of the lab account from a fresh snapshot (encrypted with alias/aws/ebs, a CMK, or not). */
function ownAmi(options: { encryption?: 'none' | 'managed' | 'cmk'; name?: string; world?: World } = {}) {
  let world = options.world ?? createWorld();
  let keyId: string | undefined;
  let keyArn: string | undefined;
  if (options.encryption === 'cmk') {
    const k = ok(world, 'kms:CreateKey', {});
    world = k.world;
    keyId = k.response.KeyMetadata.KeyId;
    keyArn = k.response.KeyMetadata.Arn;
  }
  const enc = options.encryption === 'managed' || options.encryption === 'cmk';
  const v = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, ...(enc ? { Encrypted: true } : {}), ...(keyId ? { KmsKeyId: keyId } : {}) });
  const s = ok(v.world, 'ec2:CreateSnapshot', { VolumeId: v.response.VolumeId });
  const img = ok(s.world, 'ec2:RegisterImage', {
    Name: options.name ?? 'golden-1',
    RootDeviceName: '/dev/xvda',
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: s.response.SnapshotId, VolumeType: 'gp3', DeleteOnTermination: true } }],
    TagSpecifications: [{ ResourceType: 'image', Tags: [{ Key: 'team', Value: 'lab' }] }],
  });
  return { world: img.world, imageId: img.response.ImageId as string, snapshotId: s.response.SnapshotId as string, keyArn };
}

function imageIn(world: World, id: string, region: string, account?: string) {
  const r = apply(world, { type: 'ec2:DescribeImages', params: { ImageIds: [id] }, region, ...(account ? { account } : {}) });
  return r.ok ? r.response.Images[0] : undefined;
}

suite('ec2:DescribeImages', () => {
  it('finds Amazon’s public AMIs with Owners amazon, in every region with regional ids', () => {
    const world = createWorld();
    const east = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }).Images;
    expect(east).toHaveLength(2);
    for (const image of east) {
      expect(image).toMatchObject({ OwnerId: AMAZON, ImageOwnerAlias: 'amazon', Public: true, State: 'available', Architecture: 'x86_64' });
    }
    expect(east.map((i: any) => i.RootDeviceType).sort()).toEqual(['ebs', 'instance-store']);
    const ebs = east.find((i: any) => i.RootDeviceType === 'ebs');
    expect(ebs.RootDeviceName).toBe('/dev/xvda');
    expect(ebs.BlockDeviceMappings[0].Ebs).toMatchObject({ VolumeSize: 8, DeleteOnTermination: true, Encrypted: false });
    expect(ebs.CreationDate).toBe('2025-01-01T00:00:00.000Z');
    const west = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, 'us-west-2').Images;
    expect(west.map((i: any) => i.ImageId)).not.toContain(ebs.ImageId);
    // An AMI id of us-east-1 does not exist in us-west-2.
    expect(no(world, 'ec2:DescribeImages', { ImageIds: [ebs.ImageId] }, { region: 'us-west-2' }).code).toBe('InvalidAMIID.NotFound');
  });

  it('filters by name (wildcards), is-public and Owners self', () => {
    const { world, imageId } = ownAmi();
    const byName = describe(world, 'ec2:DescribeImages', { Filters: [{ Name: 'name', Values: ['al2023-ami-*'] }] }).Images;
    expect(byName).toHaveLength(1);
    expect(byName[0].OwnerId).toBe(AMAZON);
    const mine = describe(world, 'ec2:DescribeImages', { Owners: ['self'] }).Images;
    expect(mine.map((i: any) => i.ImageId)).toEqual([imageId]);
    expect(mine[0]).toMatchObject({ Public: false, Name: 'golden-1', RootDeviceType: 'ebs', Tags: [{ Key: 'team', Value: 'lab' }] });
    const priv = describe(world, 'ec2:DescribeImages', { Filters: [{ Name: 'is-public', Values: ['false'] }] }).Images;
    expect(priv.map((i: any) => i.ImageId)).toEqual([imageId]);
  });
});

suite('AMI names (rule 65)', () => {
  it('refuses names shorter than 3 characters or with other characters (InvalidAMIName.Malformed)', () => {
    const { world, snapshotId } = ownAmi();
    for (const Name of ['ab', 'bad*name', 'x'.repeat(129)]) {
      const err = no(world, 'ec2:RegisterImage', { Name, RootDeviceName: '/dev/xvda', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId } }] });
      expect(err.code).toBe('InvalidAMIName.Malformed');
      expect(err.rule).toBe('ami.name.malformed');
    }
    ok(world, 'ec2:RegisterImage', { Name: 'web (v2) [2025] @lab', RootDeviceName: '/dev/xvda', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId } }] });
  });

  it('refuses a name already used in the account and region (InvalidAMIName.Duplicate); other regions are free', () => {
    const { world, imageId, snapshotId } = ownAmi();
    const err = no(world, 'ec2:RegisterImage', { Name: 'golden-1', RootDeviceName: '/dev/xvda', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId } }] });
    expect(err.code).toBe('InvalidAMIName.Duplicate');
    expect(err.rule).toBe('ami.name.duplicate');
    expect(err.message).toBe(`AMI name golden-1 is already in use by AMI ${imageId}`);
    const copy = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'golden-1' }, { region: 'us-west-2' });
    expect(copy.response.ImageId).toMatch(/^ami-0[0-9a-f]{16}$/);
    // Same name in the same region through CopyImage is refused too.
    expect(no(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'golden-1' }).code).toBe('InvalidAMIName.Duplicate');
  });
});

suite('ec2:CopyImage (rules 66–68)', () => {
  it('cross-region: new id, new snapshots, private, tags only on request, ids invisible across regions', () => {
    const { world, imageId, snapshotId } = ownAmi();
    const shared = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'golden-west' }, { region: 'us-west-2' });
    const copyId = r.response.ImageId;
    expect(copyId).not.toBe(imageId);
    const copy = imageIn(r.world, copyId, 'us-west-2');
    expect(copy).toMatchObject({ State: 'available', Public: false, Name: 'golden-west', SourceImageId: imageId });
    expect(copy.Tags).toBeUndefined();
    const copiedSnap = copy.BlockDeviceMappings[0].Ebs.SnapshotId;
    expect(copiedSnap).not.toBe(snapshotId);
    expect(describe(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [copiedSnap] }, 'us-west-2').Snapshots[0].State).toBe('completed');
    // Launch permissions are not copied.
    expect(describe(r.world, 'ec2:DescribeImageAttribute', { ImageId: copyId, Attribute: 'launchPermission' }, 'us-west-2').LaunchPermissions).toEqual([]);
    expect(imageIn(r.world, copyId, 'us-west-2', B)).toBeUndefined();
    // Regional ids both ways.
    expect(no(r.world, 'ec2:DescribeImages', { ImageIds: [copyId] }, { region: 'us-east-1' }).code).toBe('InvalidAMIID.NotFound');
    const err = no(r.world, 'ec2:DescribeImages', { ImageIds: [imageId] }, { region: 'us-west-2' });
    expect(err.code).toBe('InvalidAMIID.NotFound');
    expect(err.scope).toEqual({ kind: 'region', from: 'us-east-1', to: 'us-west-2' });
    // Tags on request.
    const tagged = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'golden-tagged', CopyImageTags: true }, { region: 'us-west-2' });
    expect(imageIn(tagged.world, tagged.response.ImageId, 'us-west-2').Tags).toEqual([{ Key: 'team', Value: 'lab' }]);
  });

  it('case 1 unencrypted → unencrypted', () => {
    const { world, imageId } = ownAmi();
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'copy-1' }, { region: 'eu-west-1' });
    const ebs = imageIn(r.world, r.response.ImageId, 'eu-west-1').BlockDeviceMappings[0].Ebs;
    expect(ebs.Encrypted).toBe(false);
    expect(ebs.KmsKeyId).toBeUndefined();
  });

  it('case 2 encrypted → encrypted: with the destination region’s key (KMS is regional) or KmsKeyId', () => {
    const { world, imageId, keyArn } = ownAmi({ encryption: 'cmk' });
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'copy-2' }, { region: 'us-west-2' });
    const ebs = imageIn(r.world, r.response.ImageId, 'us-west-2').BlockDeviceMappings[0].Ebs;
    const westKey = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }, 'us-west-2').KeyMetadata.Arn;
    expect(ebs.Encrypted).toBe(true);
    expect(ebs.KmsKeyId).toBe(westKey);
    expect(r.events.find((e) => e.type === 'created' && e.resourceId === r.response.ImageId)?.message).toContain('KMS keys are regional');
    // Same region keeps the source key.
    const same = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'c2-same' });
    expect(imageIn(same.world, same.response.ImageId, 'us-east-1').BlockDeviceMappings[0].Ebs.KmsKeyId).toBe(keyArn);
    // Or a key of the destination named explicitly.
    const k = ok(world, 'kms:CreateKey', {}, { region: 'us-west-2' });
    const named = ok(k.world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'c2-key', Encrypted: true, KmsKeyId: k.response.KeyMetadata.Arn }, { region: 'us-west-2' });
    expect(imageIn(named.world, named.response.ImageId, 'us-west-2').BlockDeviceMappings[0].Ebs.KmsKeyId).toBe(k.response.KeyMetadata.Arn);
  });

  it('case 3 unencrypted → encrypted with Encrypted=true', () => {
    const { world, imageId } = ownAmi();
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'copy-3', Encrypted: true }, { region: 'us-west-2' });
    const image = imageIn(r.world, r.response.ImageId, 'us-west-2');
    expect(image.BlockDeviceMappings[0].Ebs.Encrypted).toBe(true);
    const snap = describe(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [image.BlockDeviceMappings[0].Ebs.SnapshotId] }, 'us-west-2').Snapshots[0];
    expect(snap.Encrypted).toBe(true);
  });

  it('case 4 encrypted → unencrypted: accepted, stays encrypted, a notice explains why', () => {
    const { world, imageId } = ownAmi({ encryption: 'cmk' });
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'copy-4', Encrypted: false }, { region: 'us-west-2' });
    expect(imageIn(r.world, r.response.ImageId, 'us-west-2').BlockDeviceMappings[0].Ebs.Encrypted).toBe(true);
    const notices = r.events.filter((e) => e.type === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('stays encrypted');
  });

  it('refuses KmsKeyId without Encrypted (InvalidParameterDependency)', () => {
    const { world, imageId } = ownAmi();
    const k = ok(world, 'kms:CreateKey', {}, { region: 'us-west-2' });
    const err = no(k.world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'copy-x', KmsKeyId: k.response.KeyMetadata.KeyId }, { region: 'us-west-2' });
    expect(err.code).toBe('InvalidParameterDependency');
    expect(err.rule).toBe('ebs.encryption.kms-requires-encrypted');
  });

  it('a KMS key that does not exist in the destination region: accepted, the AMI ends failed (rule 64)', () => {
    const { world, imageId, keyArn } = ownAmi({ encryption: 'cmk' });
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'bad-key', Encrypted: true, KmsKeyId: keyArn }, { region: 'us-west-2' });
    const image = imageIn(r.world, r.response.ImageId, 'us-west-2');
    expect(image.State).toBe('failed');
    expect(image.StateReason.Message).toContain('KMS keys are regional');
    expect(r.events.find((e) => e.type === 'failed')?.to).toBe('failed');
    // A failed AMI can not be launched.
    expect(no(r.world, 'ec2:CopyImage', { SourceRegion: 'us-west-2', SourceImageId: r.response.ImageId, Name: 'again' }, { region: 'us-west-2' }).code).toBe(
      'InvalidAMIID.Unavailable',
    );
  });

  it('copies Amazon’s public AMI into the account', () => {
    const world = createWorld();
    const src = amazonAmi(world);
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: src, Name: 'my-al2023' }, { region: 'eu-west-1' });
    const copy = imageIn(r.world, r.response.ImageId, 'eu-west-1');
    expect(copy.OwnerId).toBe('111122223333');
    expect(copy.ImageOwnerAlias).toBeUndefined();
  });

  it('another account copies a shared AMI (cross-account copying); an unshared one is not found', () => {
    const { world, imageId } = ownAmi({ encryption: 'cmk' });
    const hidden = apply(world, { type: 'ec2:CopyImage', params: { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'b-copy' }, account: B });
    expect(!hidden.ok && hidden.error.code).toBe('InvalidAMIID.NotFound');
    const shared = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'b-copy' }, { account: B });
    const copy = imageIn(r.world, r.response.ImageId, 'us-east-1', B);
    expect(copy.OwnerId).toBe(B);
    // Encrypted → encrypted with B's own default key.
    expect(copy.BlockDeviceMappings[0].Ebs.KmsKeyId).toContain(`:${B}:key/`);
  });
});

suite('ec2:ModifyImageAttribute — launch permissions (rule 70)', () => {
  it('shares with an account (visible to it) and removes it again; DescribeImageAttribute shows it', () => {
    const { world, imageId } = ownAmi();
    expect(imageIn(world, imageId, 'us-east-1', B)).toBeUndefined();
    const r = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
    expect(describe(r.world, 'ec2:DescribeImageAttribute', { ImageId: imageId, Attribute: 'launchPermission' }).LaunchPermissions).toEqual([{ UserId: B }]);
    expect(imageIn(r.world, imageId, 'us-east-1', B)?.ImageId).toBe(imageId);
    const asB = apply(r.world, { type: 'ec2:DescribeImages', params: { ExecutableUsers: ['self'] }, account: B });
    expect(asB.ok && asB.response.Images.map((i: any) => i.ImageId)).toEqual([imageId]);
    // Sharing is per region.
    expect(imageIn(r.world, imageId, 'us-west-2', B)).toBeUndefined();
    const rm = ok(r.world, 'ec2:ModifyImageAttribute', { ImageId: imageId, Attribute: 'launchPermission', OperationType: 'remove', UserIds: [B] });
    expect(imageIn(rm.world, imageId, 'us-east-1', B)).toBeUndefined();
  });

  it('makes an unencrypted AMI public with Group all', () => {
    const { world, imageId } = ownAmi();
    const r = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ Group: 'all' }] } });
    expect(imageIn(r.world, imageId, 'us-east-1')?.Public).toBe(true);
    expect(imageIn(r.world, imageId, 'us-east-1', B)?.Public).toBe(true);
  });

  it('refuses anything but a 12-digit account or the group all (InvalidAMIAttributeItemValue)', () => {
    const { world, imageId } = ownAmi();
    for (const item of [{ UserId: '1234' }, { Group: 'everyone' }]) {
      const err = no(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [item] } });
      expect(err.code).toBe('InvalidAMIAttributeItemValue');
      expect(err.rule).toBe('ami.share.bad-item');
    }
  });

  it('refuses to make an AMI with encrypted snapshots public (UnsupportedOperation)', () => {
    const { world, imageId } = ownAmi({ encryption: 'cmk' });
    const err = no(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ Group: 'all' }] } });
    expect(err.code).toBe('UnsupportedOperation');
    expect(err.rule).toBe('ami.share.public-encrypted');
    expect(err.message).toBe(`Encrypted snapshots can't be shared publicly. Specify another snapshot. (image ${imageId})`);
    // With a customer managed key it can still be shared with an account.
    ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
  });

  it('refuses to share an AMI encrypted with the AWS managed key (InvalidParameter)', () => {
    const { world, imageId } = ownAmi({ encryption: 'managed' });
    const err = no(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
    expect(err.code).toBe('InvalidParameter');
    expect(err.rule).toBe('ami.share.aws-managed-key');
  });

  it('only the owner changes an AMI: Amazon’s public AMI is refused with AuthFailure', () => {
    const world = createWorld();
    const err = no(world, 'ec2:ModifyImageAttribute', { ImageId: amazonAmi(world), LaunchPermission: { Remove: [{ Group: 'all' }] } });
    expect(err.code).toBe('AuthFailure');
    expect(err.rule).toBe('ami.modify.not-owner');
    expect(no(world, 'ec2:DeregisterImage', { ImageId: amazonAmi(world) }).rule).toBe('ami.modify.not-owner');
    const { world: w2, imageId } = ownAmi();
    ok(w2, 'ec2:ModifyImageAttribute', { ImageId: imageId, Description: { Value: 'baked' } });
  });
});

suite('ec2:DeregisterImage (rule 69)', () => {
  it('keeps the snapshots unless DeleteAssociatedSnapshots', () => {
    const { world, imageId, snapshotId } = ownAmi();
    const r = ok(world, 'ec2:DeregisterImage', { ImageId: imageId });
    expect(r.response.Return).toBe(true);
    expect(describe(r.world, 'ec2:DescribeImages', { Owners: ['self'] }).Images).toEqual([]);
    expect(describe(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [snapshotId] }).Snapshots).toHaveLength(1);
    // The name is free again.
    ok(r.world, 'ec2:RegisterImage', { Name: 'golden-1', RootDeviceName: '/dev/xvda', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId } }] });
    const d = ok(world, 'ec2:DeregisterImage', { ImageId: imageId, DeleteAssociatedSnapshots: true });
    expect(d.response.DeleteSnapshotResults).toEqual([{ SnapshotId: snapshotId, ReturnCode: 'success' }]);
    expect(no(d.world, 'ec2:DescribeSnapshots', { SnapshotIds: [snapshotId] }).code).toBe('InvalidSnapshot.NotFound');
  });
});

suite('AMIs are immutable (course: an AMI cannot be edited)', () => {
  it('refuses to change the block device mapping or other contents (InvalidParameterValue, ami.immutable)', () => {
    const { world, imageId, snapshotId } = ownAmi();
    const bdm = no(world, 'ec2:ModifyImageAttribute', {
      ImageId: imageId,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshotId, VolumeSize: 20 } }],
    });
    expect(bdm.code).toBe('InvalidParameterValue');
    expect(bdm.rule).toBe('ami.immutable');
    expect(bdm.message).toContain(imageId);
    expect(bdm.fix).toContain('CreateImage');
    expect(bdm.section).toBe('AMI Lifecycle');
    for (const attribute of ['blockDeviceMapping', 'kernel', 'ramdisk', 'rootDeviceName', 'architecture', 'sriovNetSupport']) {
      const e = no(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, Attribute: attribute, Value: 'x' });
      expect([e.code, e.rule], attribute).toEqual(['InvalidParameterValue', 'ami.immutable']);
    }
    expect(no(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, RootDeviceName: '/dev/sda1' }).rule).toBe('ami.immutable');
    // The contents stay as they were.
    expect(describe(world, 'ec2:DescribeImages', { ImageIds: [imageId] }).Images[0].BlockDeviceMappings[0].Ebs.SnapshotId).toBe(snapshotId);
  });

  it('its description and launch permissions are the only things that change (the accepted side)', () => {
    const { world, imageId } = ownAmi();
    const described = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, Attribute: 'description', Value: 'v2' });
    expect(describe(described.world, 'ec2:DescribeImages', { ImageIds: [imageId] }).Images[0].Description).toBe('v2');
    ok(described.world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
  });
});

suite('Cross-account copying: who pays what', () => {
  it('a copy of another account’s AMI carries a notice: the owner pays the transfer, the copier the storage of its copy', () => {
    const { world, imageId } = ownAmi();
    const shared = ok(world, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'b-copy' }, { account: B });
    const copyId = r.response.ImageId;
    const notice = r.events.find((e) => e.type === 'notice' && e.data?.section === 'Cross-account copying');
    expect(notice?.data).toMatchObject({ sourceOwner: '111122223333', payer: B });
    expect(notice?.resourceId).toBe(copyId);
    const copySnap = imageIn(r.world, copyId, 'us-east-1', B).BlockDeviceMappings[0].Ebs.SnapshotId;
    expect(notice?.message).toContain('account 111122223333 owns AMI');
    expect(notice?.message).toContain('pays the data transfer');
    expect(notice?.message).toContain(`account ${B} owns ${copyId} and pays the storage of its snapshot ${copySnap}`);
  });

  it('copying your own AMI has no such notice', () => {
    const { world, imageId } = ownAmi();
    const r = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'own-copy' }, { region: 'us-west-2' });
    expect(r.events.filter((e) => e.data?.section === 'Cross-account copying')).toEqual([]);
  });

  it('CopySnapshot of a shared snapshot tells the same split; of an own snapshot it does not', () => {
    const v = ok(createWorld(), 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 4 });
    const s = ok(v.world, 'ec2:CreateSnapshot', { VolumeId: v.response.VolumeId });
    const snapshotId = s.response.SnapshotId;
    const own = ok(s.world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId });
    expect(own.events.filter((e) => e.data?.section === 'Cross-account copying')).toEqual([]);
    const shared = ok(s.world, 'ec2:ModifySnapshotAttribute', { SnapshotId: snapshotId, CreateVolumePermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:CopySnapshot', { SourceRegion: 'us-east-1', SourceSnapshotId: snapshotId }, { account: B, region: 'eu-west-1' });
    const notice = r.events.find((e) => e.data?.section === 'Cross-account copying');
    expect(notice?.message).toContain(`account 111122223333 owns snapshot ${snapshotId} and pays the data transfer`);
    expect(notice?.message).toContain(`account ${B} owns ${r.response.SnapshotId} and pays the storage of ${r.response.SnapshotId} in eu-west-1`);
  });
});

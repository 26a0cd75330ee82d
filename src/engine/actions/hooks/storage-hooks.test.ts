import { describe as suite, expect, it } from 'vitest';
import { apply, describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { amazonAmi, B, defaultSubnet, labWorld, launch, stop, terminate, volumesOf } from '../storage/storage-test-helpers';

/** The storage side of RunInstances, StopInstances and TerminateInstances (rules 56, 63–65, 70). */

suite('launch storage', () => {
  it('creates the root volume from the AMI snapshot in the instance’s AZ, DeleteOnTermination true', () => {
    const world = labWorld();
    const ami = describe(world, 'ec2:DescribeImages', { ImageIds: [amazonAmi(world)] }).Images[0];
    const l = launch(world, { az: 'us-east-1b' });
    const volumes = volumesOf(l.world, l.instanceId);
    expect(volumes).toHaveLength(1);
    expect(volumes[0]).toMatchObject({
      AvailabilityZone: 'us-east-1b',
      Size: 8,
      SnapshotId: ami.BlockDeviceMappings[0].Ebs.SnapshotId,
      State: 'in-use',
      Encrypted: false,
      VolumeType: 'gp3',
    });
    expect(volumes[0].Attachments[0]).toMatchObject({ InstanceId: l.instanceId, Device: '/dev/xvda', DeleteOnTermination: true });
  });

  it('applies the launch BlockDeviceMappings: bigger root, encryption, extra volumes', () => {
    const world = labWorld();
    const l = launch(world, {
      params: {
        BlockDeviceMappings: [
          { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, Encrypted: true } },
          { DeviceName: '/dev/sdf', Ebs: { VolumeSize: 10, VolumeType: 'gp3' } },
          { DeviceName: '/dev/sdg', Ebs: { VolumeSize: 5, DeleteOnTermination: false } },
        ],
      },
    });
    const byDevice = Object.fromEntries(volumesOf(l.world, l.instanceId).map((v) => [v.Attachments[0].Device, v]));
    const managed = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }).KeyMetadata.Arn;
    expect(byDevice['/dev/xvda']).toMatchObject({ Size: 20, Encrypted: true, KmsKeyId: managed });
    expect(byDevice['/dev/sdf']).toMatchObject({ Size: 10, VolumeType: 'gp3', Encrypted: false, SnapshotId: '' });
    expect(byDevice['/dev/sdf'].Attachments[0].DeleteOnTermination).toBe(true);
    expect(byDevice['/dev/sdg'].Attachments[0].DeleteOnTermination).toBe(false);
  });

  it('refuses a root smaller than the AMI snapshot (InvalidBlockDeviceMapping)', () => {
    const world = labWorld();
    const err = no(world, 'ec2:RunInstances', {
      ImageId: amazonAmi(world),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: defaultSubnet(world, 'us-east-1a'),
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 4 } }],
    });
    expect(err.code).toBe('InvalidBlockDeviceMapping');
    expect(err.rule).toBe('ebs.bdm.size-below-snapshot');
  });

  it('refuses KmsKeyId without Encrypted and a key of another region in a launch mapping', () => {
    const world = labWorld();
    const k = ok(world, 'kms:CreateKey', {}, { region: 'us-west-2' });
    const base = { ImageId: amazonAmi(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: defaultSubnet(world, 'us-east-1a') };
    const dep = no(k.world, 'ec2:RunInstances', { ...base, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { KmsKeyId: k.response.KeyMetadata.Arn } }] });
    expect(dep.code).toBe('InvalidParameterDependency');
    const region = no(k.world, 'ec2:RunInstances', {
      ...base,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, KmsKeyId: k.response.KeyMetadata.Arn } }],
    });
    expect(region.rule).toBe('ebs.launch.kms-key-not-in-region');
    expect(region.code).toBe('InvalidParameterValue');
  });

  it('encryption by default encrypts the root volume', () => {
    const world = ok(labWorld(), 'ec2:EnableEbsEncryptionByDefault', {}).world;
    const l = launch(world);
    expect(volumesOf(l.world, l.instanceId)[0].Encrypted).toBe(true);
  });

  it('an instance-store AMI needs a type that boots from instance store (UnsupportedOperation)', () => {
    const world = labWorld();
    const storeAmi = amazonAmi(world, 'instance-store');
    const err = no(world, 'ec2:RunInstances', {
      ImageId: storeAmi,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: defaultSubnet(world, 'us-east-1a'),
    });
    expect(err.code).toBe('UnsupportedOperation');
    expect(err.rule).toBe('ami.launch.instance-store-type');
    expect(err.message).toBe(`AMI '${storeAmi}' with an instance-store root device is not supported for the instance type 't3.micro'.`);
    const l = launch(world, { imageId: storeAmi, type: 'm3.medium' });
    expect(volumesOf(l.world, l.instanceId)).toEqual([]);
  });
});

suite('stop and terminate', () => {
  it('terminate deletes DeleteOnTermination volumes and detaches the others (rule 56)', () => {
    const l = launch(labWorld(), { params: { BlockDeviceMappings: [{ DeviceName: '/dev/sdg', Ebs: { VolumeSize: 5, DeleteOnTermination: false } }] } });
    const later = ok(l.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 3 });
    const attached = ok(later.world, 'ec2:AttachVolume', { VolumeId: later.response.VolumeId, InstanceId: l.instanceId, Device: '/dev/sdh' }).world;
    const before = volumesOf(attached, l.instanceId);
    const root = before.find((v) => v.Attachments[0].Device === '/dev/xvda');
    const kept = before.find((v) => v.Attachments[0].Device === '/dev/sdg');
    const t = terminate(attached, l.instanceId);
    expect(no(t.world, 'ec2:DescribeVolumes', { VolumeIds: [root.VolumeId] }).code).toBe('InvalidVolume.NotFound');
    const survivors = describe(t.world, 'ec2:DescribeVolumes', { VolumeIds: [kept.VolumeId, later.response.VolumeId] }).Volumes;
    expect(survivors.map((v: any) => [v.State, v.Attachments.length])).toEqual([
      ['available', 0],
      ['available', 0],
    ]);
    expect(t.events.some((e) => e.type === 'deleted' && e.resourceId === root.VolumeId)).toBe(true);
  });

  it('stopping an instance with instance store narrates the data loss; EBS volumes stay', () => {
    const l = launch(labWorld(), { type: 'c5d.large' });
    expect(l.events.some((e) => e.type === 'notice' && e.message.includes('instance store'))).toBe(true);
    const r = ok(l.world, 'ec2:StopInstances', { InstanceIds: [l.instanceId] });
    expect(r.events.some((e) => e.type === 'instance-store-lost' && e.resourceId === l.instanceId)).toBe(true);
    expect(volumesOf(r.world, l.instanceId)).toHaveLength(1);
    const plain = launch(labWorld());
    const s = ok(plain.world, 'ec2:StopInstances', { InstanceIds: [plain.instanceId] });
    expect(s.events.some((e) => e.type === 'instance-store-lost')).toBe(false);
  });

  it('DescribeInstances shows the EBS block device mappings', () => {
    const l = launch(labWorld());
    const root = volumesOf(l.world, l.instanceId)[0];
    const inst = describe(l.world, 'ec2:DescribeInstances', { InstanceIds: [l.instanceId] }).Reservations[0].Instances[0];
    expect(inst.BlockDeviceMappings).toEqual([
      { DeviceName: '/dev/xvda', Ebs: expect.objectContaining({ VolumeId: root.VolumeId, Status: 'attached', DeleteOnTermination: true }) },
    ]);
    expect(stop(l.world, l.instanceId)).toBeDefined();
  });
});

suite('cross-account launch (rule 70)', () => {
  function bSubnet(world: any) {
    const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.20.0.0/16' }, { account: B });
    const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpc.response.Vpc.VpcId, CidrBlock: '10.20.1.0/24', AvailabilityZone: 'us-east-1a' }, { account: B });
    return { world: subnet.world, subnetId: subnet.response.Subnet.SubnetId as string };
  }

  it('a private AMI is not found for another account until it is shared', () => {
    const l = launch(labWorld());
    const img = ok(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'golden' });
    const amiId = img.response.ImageId;
    const { world, subnetId } = bSubnet(img.world);
    const params = { ImageId: amiId, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId };
    const refused = apply(world, { type: 'ec2:RunInstances', params, account: B });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('InvalidAMIID.NotFound');
    const shared = ok(world, 'ec2:ModifyImageAttribute', { ImageId: amiId, LaunchPermission: { Add: [{ UserId: B }] } });
    const r = ok(shared.world, 'ec2:RunInstances', params, { account: B });
    const instanceId = r.response.Instances[0].InstanceId;
    const volumes = volumesOf(r.world, instanceId, B);
    expect(volumes).toHaveLength(1);
    expect(volumes[0].AvailabilityZone).toBe('us-east-1a');
    // The new root volume belongs to B; the lab account does not see it.
    expect(volumesOf(r.world, instanceId)).toEqual([]);
  });
});

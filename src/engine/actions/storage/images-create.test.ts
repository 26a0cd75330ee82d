import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { amazonAmi, labWorld, launch, stop, terminate, volumesOf } from './storage-test-helpers';

/** CreateImage from instances and launching what it made (rules 65, 69). */

function bakedInstance() {
  const l = launch(labWorld());
  const v = ok(l.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 16, VolumeType: 'gp3' });
  const world = ok(v.world, 'ec2:AttachVolume', { VolumeId: v.response.VolumeId, InstanceId: l.instanceId, Device: '/dev/sdf' }).world;
  return { world, instanceId: l.instanceId, dataVolumeId: v.response.VolumeId as string };
}

suite('ec2:CreateImage', () => {
  it('snapshots every attached EBS volume and records them in the block device mapping; reboots unless NoReboot', () => {
    const { world, instanceId, dataVolumeId } = bakedInstance();
    const r = ok(world, 'ec2:CreateImage', { InstanceId: instanceId, Name: 'web-v1', Description: 'baked' });
    const imageId = r.response.ImageId;
    expect(imageId).toMatch(/^ami-0[0-9a-f]{16}$/);
    const image = describe(r.world, 'ec2:DescribeImages', { ImageIds: [imageId] }).Images[0];
    expect(image).toMatchObject({ State: 'available', Public: false, OwnerId: '111122223333', RootDeviceType: 'ebs', RootDeviceName: '/dev/xvda', Name: 'web-v1' });
    expect(image.BlockDeviceMappings.map((m: any) => [m.DeviceName, m.Ebs.VolumeSize, m.Ebs.DeleteOnTermination])).toEqual([
      ['/dev/xvda', 8, true],
      ['/dev/sdf', 16, false],
    ]);
    const dataSnap = describe(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [image.BlockDeviceMappings[1].Ebs.SnapshotId] }).Snapshots[0];
    expect(dataSnap.VolumeId).toBe(dataVolumeId);
    expect(dataSnap.Description).toBe(`Created by CreateImage(${instanceId}) for ${imageId}`);
    expect(r.events.some((e) => e.type === 'reboot' && e.resourceId === instanceId)).toBe(true);
    const quiet = ok(world, 'ec2:CreateImage', { InstanceId: instanceId, Name: 'web-v1', NoReboot: true });
    expect(quiet.events.some((e) => e.type === 'reboot')).toBe(false);
  });

  it('a launch from the image gets the same EBS configuration, in the AZ it launches into', () => {
    const { world, instanceId } = bakedInstance();
    const img = ok(world, 'ec2:CreateImage', { InstanceId: instanceId, Name: 'web-v1' });
    const copy = launch(img.world, { imageId: img.response.ImageId, az: 'us-east-1c' });
    const volumes = volumesOf(copy.world, copy.instanceId);
    expect(volumes.map((v) => [v.Attachments[0].Device, v.Size, v.AvailabilityZone])).toEqual([
      ['/dev/xvda', 8, 'us-east-1c'],
      ['/dev/sdf', 16, 'us-east-1c'],
    ]);
  });

  it('can grow a volume in the image, never shrink it (InvalidBlockDeviceMapping)', () => {
    const { world, instanceId } = bakedInstance();
    const r = ok(world, 'ec2:CreateImage', { InstanceId: instanceId, Name: 'bigger', BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30 } }] });
    expect(describe(r.world, 'ec2:DescribeImages', { ImageIds: [r.response.ImageId] }).Images[0].BlockDeviceMappings[0].Ebs.VolumeSize).toBe(30);
    const err = no(world, 'ec2:CreateImage', { InstanceId: instanceId, Name: 'smaller', BlockDeviceMappings: [{ DeviceName: '/dev/sdf', Ebs: { VolumeSize: 4 } }] });
    expect(err.code).toBe('InvalidBlockDeviceMapping');
    expect(err.rule).toBe('ebs.bdm.size-below-snapshot');
  });

  it('records instance store in the mapping without capturing it', () => {
    const l = launch(labWorld(), { type: 'c5d.large' });
    const r = ok(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'with-store' });
    const mappings = describe(r.world, 'ec2:DescribeImages', { ImageIds: [r.response.ImageId] }).Images[0].BlockDeviceMappings;
    expect(mappings).toContainEqual({ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' });
  });

  it('snapshots inherit the volume encryption', () => {
    const l = launch(labWorld(), { params: { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }] } });
    const r = ok(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'encrypted-web' });
    const ebs = describe(r.world, 'ec2:DescribeImages', { ImageIds: [r.response.ImageId] }).Images[0].BlockDeviceMappings[0].Ebs;
    expect(ebs.Encrypted).toBe(true);
    expect(describe(r.world, 'ec2:DescribeSnapshots', { SnapshotIds: [ebs.SnapshotId] }).Snapshots[0].Encrypted).toBe(true);
  });

  it('works on a stopped instance; refuses a terminated one (IncorrectInstanceState)', () => {
    const l = launch(labWorld());
    ok(stop(l.world, l.instanceId), 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'from-stopped' });
    const err = no(terminate(l.world, l.instanceId).world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'from-dead' });
    expect(err.code).toBe('IncorrectInstanceState');
    expect(err.rule).toBe('ami.create.instance-state');
  });

  it('refuses an instance-store-backed instance (UnsupportedOperation)', () => {
    const world = labWorld();
    const l = launch(world, { imageId: amazonAmi(world, 'instance-store'), type: 'm3.medium' });
    const err = no(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'store-image' });
    expect(err.code).toBe('UnsupportedOperation');
    expect(err.rule).toBe('ami.create.instance-store');
  });

  it('refuses a duplicate name (InvalidAMIName.Duplicate)', () => {
    const l = launch(labWorld());
    const r = ok(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'web-v1' });
    const err = no(r.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'web-v1' });
    expect(err.code).toBe('InvalidAMIName.Duplicate');
    expect(err.message).toBe(`AMI name web-v1 is already in use by AMI ${r.response.ImageId}`);
  });

  it('deregistering does not affect running instances, but no new launch is possible', () => {
    const l = launch(labWorld());
    const img = ok(l.world, 'ec2:CreateImage', { InstanceId: l.instanceId, Name: 'short-lived' });
    const running = launch(img.world, { imageId: img.response.ImageId });
    const dereg = ok(running.world, 'ec2:DeregisterImage', { ImageId: img.response.ImageId });
    const inst = describe(dereg.world, 'ec2:DescribeInstances', { InstanceIds: [running.instanceId] }).Reservations[0].Instances[0];
    expect(inst.State.Name).toBe('running');
    const err = no(dereg.world, 'ec2:RunInstances', {
      ImageId: img.response.ImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: inst.SubnetId,
    });
    expect(err.code).toBe('InvalidAMIID.NotFound');
  });
});

import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../index';
import { no, ok } from '../../engine-test-helpers';
import { labWorld, launch, stop, terminate, volumesOf } from './storage-test-helpers';

/** AttachVolume / DetachVolume / DeleteVolume against real instances (rules 56–62). */

function withInstanceAndVolume(volumeAz = 'us-east-1a') {
  const l = launch(labWorld());
  const v = ok(l.world, 'ec2:CreateVolume', { AvailabilityZone: volumeAz, Size: 10, VolumeType: 'gp3' });
  return { world: v.world, instanceId: l.instanceId, volumeId: v.response.VolumeId as string };
}

suite('ec2:AttachVolume', () => {
  it('attaches a volume of the same AZ, settled attached, DeleteOnTermination false', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const r = ok(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    expect(r.response).toMatchObject({ VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf', State: 'attached', DeleteOnTermination: false });
    const v = describe(r.world, 'ec2:DescribeVolumes', { VolumeIds: [volumeId] }).Volumes[0];
    expect(v.State).toBe('in-use');
    expect(v.Attachments).toEqual([
      expect.objectContaining({ InstanceId: instanceId, Device: '/dev/sdf', State: 'attached', DeleteOnTermination: false }),
    ]);
  });

  it('refuses a volume of another AZ (InvalidVolume.ZoneMismatch) and names the way across', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume('us-east-1b');
    const err = no(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    expect(err.code).toBe('InvalidVolume.ZoneMismatch');
    expect(err.rule).toBe('ebs.attach.same-az');
    expect(err.message).toBe(`The volume '${volumeId}' is not in the same availability zone as instance '${instanceId}'`);
    expect(err.scope).toEqual({ kind: 'availability-zone', from: 'us-east-1b', to: 'us-east-1a' });
    expect(err.fix).toBe(`Snapshot ${volumeId}, create a volume from it in us-east-1a, attach that.`);
    expect(err.resources).toEqual([volumeId, instanceId]);
    // Following the fix works.
    const s = ok(world, 'ec2:CreateSnapshot', { VolumeId: volumeId });
    const moved = ok(s.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', SnapshotId: s.response.SnapshotId });
    ok(moved.world, 'ec2:AttachVolume', { VolumeId: moved.response.VolumeId, InstanceId: instanceId, Device: '/dev/sdf' });
  });

  it('refuses a volume already attached (VolumeInUse)', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const attached = ok(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' }).world;
    const other = launch(attached);
    const err = no(other.world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: other.instanceId, Device: '/dev/sdg' });
    expect(err.code).toBe('VolumeInUse');
    expect(err.rule).toBe('ebs.attach.in-use');
    expect(err.message).toBe(`${volumeId} is already attached to an instance`);
  });

  it('refuses a device name already in use, including the root device (InvalidParameterValue)', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const rootErr = no(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/xvda' });
    expect(rootErr.code).toBe('InvalidParameterValue');
    expect(rootErr.rule).toBe('ebs.attach.device-in-use');
    expect(rootErr.message).toBe(`Invalid value '/dev/xvda' for unixDevice. Attachment point /dev/xvda is already in use (instance ${instanceId})`);
    const first = ok(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' }).world;
    const second = ok(first, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const err = no(second.world, 'ec2:AttachVolume', { VolumeId: second.response.VolumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    expect(err.rule).toBe('ebs.attach.device-in-use');
    ok(second.world, 'ec2:AttachVolume', { VolumeId: second.response.VolumeId, InstanceId: instanceId, Device: '/dev/sdg' });
  });

  it('refuses a malformed device name', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const err = no(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: 'disk1' });
    expect(err.code).toBe('InvalidParameterValue');
    expect(err.rule).toBe('ebs.attach.device-name');
  });

  it('attaches to a stopped instance but not to a terminated one (IncorrectState)', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    ok(stop(world, instanceId), 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    const gone = terminate(world, instanceId).world;
    const err = no(gone, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    expect(err.code).toBe('IncorrectState');
    expect(err.rule).toBe('ebs.attach.instance-state');
  });

  it('stops at the type’s attachment slots: t3.micro takes 27 EBS volumes with one ENI (AttachmentLimitExceeded)', () => {
    const l = launch(labWorld());
    let world = l.world;
    const letters = 'bcdefghijklmnopqrstuvwxyz';
    const devices = Array.from({ length: 27 }, (_, i) => `/dev/sd${letters[Math.floor(i / 25)]}${letters[i % 25]}`);
    for (let i = 0; i < 26; i += 1) {
      const v = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
      world = ok(v.world, 'ec2:AttachVolume', { VolumeId: v.response.VolumeId, InstanceId: l.instanceId, Device: devices[i] }).world;
    }
    expect(volumesOf(world, l.instanceId)).toHaveLength(27);
    const extra = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const err = no(extra.world, 'ec2:AttachVolume', { VolumeId: extra.response.VolumeId, InstanceId: l.instanceId, Device: devices[26] });
    expect(err.code).toBe('AttachmentLimitExceeded');
    expect(err.rule).toBe('ebs.attach.limit');
  });

  it('on Nitro every extra network interface takes one EBS slot (27 → 26 with two ENIs)', () => {
    const l = launch(labWorld());
    const inst = describe(l.world, 'ec2:DescribeInstances', { InstanceIds: [l.instanceId] }).Reservations[0].Instances[0];
    const eni = ok(l.world, 'ec2:CreateNetworkInterface', { SubnetId: inst.SubnetId });
    let world = ok(eni.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eni.response.NetworkInterface.NetworkInterfaceId,
      InstanceId: l.instanceId,
      DeviceIndex: 1,
    }).world;
    const letters = 'bcdefghijklmnopqrstuvwxyz';
    const devices = Array.from({ length: 26 }, (_, i) => `/dev/sd${letters[Math.floor(i / 25)]}${letters[i % 25]}`);
    for (let i = 0; i < 25; i += 1) {
      const v = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
      world = ok(v.world, 'ec2:AttachVolume', { VolumeId: v.response.VolumeId, InstanceId: l.instanceId, Device: devices[i] }).world;
    }
    const extra = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 1 });
    const err = no(extra.world, 'ec2:AttachVolume', { VolumeId: extra.response.VolumeId, InstanceId: l.instanceId, Device: devices[25] });
    expect(err.code).toBe('AttachmentLimitExceeded');
    expect(err.message).toContain('allows 26 EBS volumes with 2 network interfaces attached');
  });
});

suite('ec2:DetachVolume / DeleteVolume with instances', () => {
  it('detaches a data volume while running; refuses the wrong instance (InvalidAttachment.NotFound)', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const attached = ok(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' }).world;
    const other = launch(attached);
    const err = no(other.world, 'ec2:DetachVolume', { VolumeId: volumeId, InstanceId: other.instanceId });
    expect(err.code).toBe('InvalidAttachment.NotFound');
    expect(err.rule).toBe('ebs.detach.not-attached');
    const r = ok(attached, 'ec2:DetachVolume', { VolumeId: volumeId, InstanceId: instanceId });
    expect(r.response).toMatchObject({ VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf', State: 'detached' });
    expect(describe(r.world, 'ec2:DescribeVolumes', { VolumeIds: [volumeId] }).Volumes[0].State).toBe('available');
  });

  it('detaches the root volume only when the instance is stopped (rule 60)', () => {
    const l = launch(labWorld());
    const root = volumesOf(l.world, l.instanceId)[0];
    expect(root.Attachments[0].Device).toBe('/dev/xvda');
    const err = no(l.world, 'ec2:DetachVolume', { VolumeId: root.VolumeId });
    expect(err.code).toBe('IncorrectState');
    expect(err.rule).toBe('ebs.detach.root-running');
    expect(err.message).toBe(`Unable to detach root volume '${root.VolumeId}' from instance '${l.instanceId}'`);
    const stopped = stop(l.world, l.instanceId);
    const r = ok(stopped, 'ec2:DetachVolume', { VolumeId: root.VolumeId });
    expect(r.response.State).toBe('detached');
  });

  it('refuses to delete an attached volume (VolumeInUse), deletes it once detached', () => {
    const { world, instanceId, volumeId } = withInstanceAndVolume();
    const attached = ok(world, 'ec2:AttachVolume', { VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' }).world;
    const err = no(attached, 'ec2:DeleteVolume', { VolumeId: volumeId });
    expect(err.code).toBe('VolumeInUse');
    expect(err.rule).toBe('ebs.delete.in-use');
    const detached = ok(attached, 'ec2:DetachVolume', { VolumeId: volumeId }).world;
    ok(detached, 'ec2:DeleteVolume', { VolumeId: volumeId });
  });
});

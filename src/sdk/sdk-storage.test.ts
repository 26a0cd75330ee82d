/** The real AWS SDK v3 EC2Client against the engine: volumes, snapshots, AMIs, Elastic IPs, ENIs and tags. */
import { describe, expect, it } from 'vitest';
import {
  AllocateAddressCommand,
  AssignPrivateIpAddressesCommand,
  AssociateAddressCommand,
  AttachInternetGatewayCommand,
  AttachNetworkInterfaceCommand,
  AttachVolumeCommand,
  CopyImageCommand,
  CopySnapshotCommand,
  CreateImageCommand,
  CreateInternetGatewayCommand,
  CreateNetworkInterfaceCommand,
  CreateSnapshotCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteNetworkInterfaceCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeleteVolumeCommand,
  DeregisterImageCommand,
  DescribeAddressesCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSnapshotsCommand,
  DescribeTagsCommand,
  DescribeVolumesCommand,
  DetachNetworkInterfaceCommand,
  DetachVolumeCommand,
  DisassociateAddressCommand,
  EC2Client,
  ModifyImageAttributeCommand,
  ModifyNetworkInterfaceAttributeCommand,
  ReleaseAddressCommand,
  StopInstancesCommand,
  UnassignPrivateIpAddressesCommand,
} from '@aws-sdk/client-ec2';
import { CREDENTIALS, launch, lab, network, refusal } from './sdk-test-helpers';

describe('EC2Client through the engine: volumes and snapshots', () => {
  it('creates, attaches, detaches and deletes a volume, and snapshots and copies it', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const [instanceId] = await launch(ec2, subnetId, imageId);
    const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 20, VolumeType: 'gp3', Encrypted: true }));
    expect(vol).toMatchObject({ Size: 20, VolumeType: 'gp3', State: 'available', AvailabilityZone: 'us-east-1a', Encrypted: true });
    expect(vol.VolumeId).toMatch(/^vol-/);
    expect(vol.CreateTime).toBeInstanceOf(Date);
    const other = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1b', Size: 8 }));
    const zone = await refusal(ec2.send(new AttachVolumeCommand({ VolumeId: other.VolumeId!, InstanceId: instanceId!, Device: '/dev/sdg' })));
    expect(zone.name).toBe('InvalidVolume.ZoneMismatch');

    const att = await ec2.send(new AttachVolumeCommand({ VolumeId: vol.VolumeId!, InstanceId: instanceId!, Device: '/dev/sdf' }));
    expect(att).toMatchObject({ VolumeId: vol.VolumeId, InstanceId: instanceId, Device: '/dev/sdf' });
    const inUse = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instanceId!] }] }));
    expect(inUse.Volumes!.map((v) => v.VolumeId)).toContain(vol.VolumeId);
    expect(inUse.Volumes!.find((v) => v.VolumeId === vol.VolumeId)!.State).toBe('in-use');
    expect((await refusal(ec2.send(new DeleteVolumeCommand({ VolumeId: vol.VolumeId! })))).name).toBe('VolumeInUse');

    const snap = await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId!, Description: 'before upgrade' }));
    expect(snap).toMatchObject({ VolumeId: vol.VolumeId, VolumeSize: 20, Description: 'before upgrade', Encrypted: true });
    expect(snap.SnapshotId).toMatch(/^snap-/);
    const copy = await ec2.send(new CopySnapshotCommand({ SourceSnapshotId: snap.SnapshotId!, SourceRegion: 'us-east-1', Description: 'copy' }));
    expect(copy.SnapshotId).toMatch(/^snap-/);
    expect(copy.SnapshotId).not.toBe(snap.SnapshotId);
    const mine = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    expect(mine.Snapshots!.map((s) => s.SnapshotId).sort()).toEqual([snap.SnapshotId, copy.SnapshotId].sort());
    expect(mine.Snapshots!.find((s) => s.SnapshotId === snap.SnapshotId)!.StartTime).toBeInstanceOf(Date);
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: copy.SnapshotId! }));

    const det = await ec2.send(new DetachVolumeCommand({ VolumeId: vol.VolumeId! }));
    expect(det).toMatchObject({ VolumeId: vol.VolumeId, InstanceId: instanceId });
    await ec2.send(new DeleteVolumeCommand({ VolumeId: vol.VolumeId! }));
    const gone = await refusal(ec2.send(new DescribeVolumesCommand({ VolumeIds: [vol.VolumeId!] })));
    expect(gone.name).toBe('InvalidVolume.NotFound');
  });

  it('creates, shares, copies and deregisters an AMI', async () => {
    const { ec2, handler } = lab();
    const { subnetId, imageId } = await network(ec2);
    const [instanceId] = await launch(ec2, subnetId, imageId);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [instanceId!] }));
    const image = await ec2.send(new CreateImageCommand({ InstanceId: instanceId!, Name: 'golden-1', Description: 'golden image' }));
    const amiId = image.ImageId!;
    expect(amiId).toMatch(/^ami-/);
    const described = await ec2.send(new DescribeImagesCommand({ ImageIds: [amiId] }));
    expect(described.Images![0]).toMatchObject({ ImageId: amiId, Name: 'golden-1', State: 'available', OwnerId: '111122223333', RootDeviceType: 'ebs' });
    expect(described.Images![0]!.BlockDeviceMappings![0]!.Ebs?.SnapshotId).toMatch(/^snap-/);
    const byName = await ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: ['golden-?'] }] }));
    expect(byName.Images!.map((i) => i.ImageId)).toEqual([amiId]);

    await ec2.send(new ModifyImageAttributeCommand({ ImageId: amiId, LaunchPermission: { Add: [{ UserId: '444455556666' }] } }));
    const perms = await ec2.send(new DescribeImageAttributeCommand({ ImageId: amiId, Attribute: 'launchPermission' }));
    expect(perms.LaunchPermissions).toEqual([{ UserId: '444455556666' }]);

    const west = new EC2Client({ region: 'us-west-2', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
    const copied = await west.send(new CopyImageCommand({ SourceImageId: amiId, SourceRegion: 'us-east-1', Name: 'golden-1-west' }));
    expect(copied.ImageId).toMatch(/^ami-/);
    const inWest = await west.send(new DescribeImagesCommand({ ImageIds: [copied.ImageId!] }));
    expect(inWest.Images![0]).toMatchObject({ Name: 'golden-1-west' });
    const notInEast = await refusal(ec2.send(new DescribeImagesCommand({ ImageIds: [copied.ImageId!] })));
    expect(notInEast.name).toBe('InvalidAMIID.NotFound');

    await ec2.send(new DeregisterImageCommand({ ImageId: amiId }));
    const after = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(after.Images!.map((i) => i.ImageId)).not.toContain(amiId);
  });
});

describe('EC2Client through the engine: Elastic IPs and network interfaces', () => {
  it('allocates, associates, disassociates (twice: idempotent) and releases an address', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId, vpcId } = await network(ec2);
    const [instanceId] = await launch(ec2, subnetId, imageId);
    const eip = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const noGateway = await refusal(ec2.send(new AssociateAddressCommand({ AllocationId: eip.AllocationId!, InstanceId: instanceId! })));
    expect(noGateway.name).toBe('Gateway.NotAttached');
    const igwId = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
    expect(eip.AllocationId).toMatch(/^eipalloc-/);
    expect(eip.PublicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(eip.Domain).toBe('vpc');
    const assoc = await ec2.send(new AssociateAddressCommand({ AllocationId: eip.AllocationId!, InstanceId: instanceId! }));
    expect(assoc.AssociationId).toMatch(/^eipassoc-/);
    const addresses = await ec2.send(new DescribeAddressesCommand({ Filters: [{ Name: 'instance-id', Values: [instanceId!] }] }));
    expect(addresses.Addresses).toEqual([
      expect.objectContaining({ AllocationId: eip.AllocationId, PublicIp: eip.PublicIp, InstanceId: instanceId, AssociationId: assoc.AssociationId }),
    ]);
    expect((await refusal(ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! })))).name).toBe('InvalidIPAddress.InUse');
    await ec2.send(new DisassociateAddressCommand({ AssociationId: assoc.AssociationId! }));
    await ec2.send(new DisassociateAddressCommand({ AssociationId: assoc.AssociationId! }));
    await ec2.send(new ReleaseAddressCommand({ AllocationId: eip.AllocationId! }));
    const released = await refusal(ec2.send(new DescribeAddressesCommand({ AllocationIds: [eip.AllocationId!] })));
    expect(released.name).toBe('InvalidAllocationID.NotFound');
  });

  it('creates an ENI, assigns addresses, attaches, detaches and deletes it', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const [instanceId] = await launch(ec2, subnetId, imageId);
    const eni = await ec2.send(new CreateNetworkInterfaceCommand({ SubnetId: subnetId, Description: 'second leg', PrivateIpAddress: '10.0.1.50' }));
    const eniId = eni.NetworkInterface!.NetworkInterfaceId!;
    expect(eni.NetworkInterface).toMatchObject({ SubnetId: subnetId, PrivateIpAddress: '10.0.1.50', Status: 'available', Description: 'second leg' });
    expect(eni.NetworkInterface!.MacAddress).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    const reserved = await refusal(ec2.send(new CreateNetworkInterfaceCommand({ SubnetId: subnetId, PrivateIpAddress: '10.0.1.1' })));
    expect(reserved.name).toBe('InvalidParameterValue');

    const assigned = await ec2.send(new AssignPrivateIpAddressesCommand({ NetworkInterfaceId: eniId, SecondaryPrivateIpAddressCount: 2 }));
    expect(assigned.AssignedPrivateIpAddresses).toHaveLength(2);
    const second = assigned.AssignedPrivateIpAddresses![0]!.PrivateIpAddress!;
    await ec2.send(new UnassignPrivateIpAddressesCommand({ NetworkInterfaceId: eniId, PrivateIpAddresses: [second] }));
    await ec2.send(new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: eniId, SourceDestCheck: { Value: false } }));

    const attach = await ec2.send(new AttachNetworkInterfaceCommand({ NetworkInterfaceId: eniId, InstanceId: instanceId!, DeviceIndex: 1 }));
    expect(attach.AttachmentId).toMatch(/^eni-attach-/);
    const listed = await ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instanceId!] }] }));
    const mine = listed.NetworkInterfaces!.find((n) => n.NetworkInterfaceId === eniId)!;
    expect(mine).toMatchObject({ Status: 'in-use', SourceDestCheck: false, Attachment: { InstanceId: instanceId, DeviceIndex: 1 } });
    expect(mine.PrivateIpAddresses!.map((p) => p.PrivateIpAddress).sort()).toHaveLength(2);
    expect(listed.NetworkInterfaces).toHaveLength(2);

    expect((await refusal(ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: eniId })))).name).toBe('InvalidNetworkInterface.InUse');
    await ec2.send(new DetachNetworkInterfaceCommand({ AttachmentId: attach.AttachmentId! }));
    await ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: eniId }));
    const after = await refusal(ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [eniId] })));
    expect(after.name).toBe('InvalidNetworkInterfaceID.NotFound');
  });
});

describe('EC2Client through the engine: tags', () => {
  it('creates, describes with filters and deletes tags, with AWS limits', async () => {
    const { ec2 } = lab();
    const { vpcId, subnetId } = await network(ec2);
    await ec2.send(new CreateTagsCommand({ Resources: [vpcId, subnetId], Tags: [{ Key: 'env', Value: 'lab' }, { Key: 'owner', Value: 'ana' }] }));
    const tags = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['env'] }] }));
    expect(tags.Tags!.map((t) => `${t.ResourceType}:${t.ResourceId}:${t.Key}=${t.Value}`).sort()).toEqual(
      [`subnet:${subnetId}:env=lab`, `vpc:${vpcId}:env=lab`].sort(),
    );
    const reserved = await refusal(ec2.send(new CreateTagsCommand({ Resources: [vpcId], Tags: [{ Key: 'aws:owner', Value: 'x' }] })));
    expect(reserved.name).toBe('InvalidParameterValue');
    const long = await refusal(ec2.send(new CreateTagsCommand({ Resources: [vpcId], Tags: [{ Key: 'k'.repeat(129), Value: 'x' }] })));
    expect(long.name).toBe('InvalidParameterValue');
    await ec2.send(new DeleteTagsCommand({ Resources: [vpcId], Tags: [{ Key: 'env' }] }));
    const left = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [vpcId] }] }));
    expect(left.Tags!.map((t) => t.Key)).toEqual(['owner']);
  });
});

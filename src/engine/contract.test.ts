/**
 * The contract of docs/contract/ENGINE_API.md, walked through end to end with the names and shapes it promises.
 * Hidden tests are written against that document, so this file reads like it.
 */
import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, recoverAlarmParams, type World } from './index';
import { deepFreeze, no, ok } from './engine-test-helpers';

function amazonAmi(world: World, region = 'us-east-1', rootDeviceType = 'ebs'): string {
  const images = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, region).Images;
  return images.find((i: any) => i.RootDeviceType === rootDeviceType).ImageId;
}

function network() {
  let world = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  const vpcId: string = vpc.response.Vpc.VpcId;
  world = vpc.world;
  const a = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/20', AvailabilityZone: 'us-east-1a' });
  const b = ok(a.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.16.0/20', AvailabilityZone: 'us-east-1b' });
  const igw = ok(b.world, 'ec2:CreateInternetGateway');
  const igwId: string = igw.response.InternetGateway.InternetGatewayId;
  world = ok(igw.world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: vpcId }).world;
  return { world, vpcId, subnetA: a.response.Subnet.SubnetId as string, subnetB: b.response.Subnet.SubnetId as string };
}

function launch(world: World, subnetId: string, extra: Record<string, unknown> = {}) {
  const r = ok(world, 'ec2:RunInstances', {
    ImageId: amazonAmi(world),
    InstanceType: 't3.micro',
    MinCount: 1,
    MaxCount: 1,
    SubnetId: subnetId,
    ...extra,
  });
  return { world: r.world, id: r.response.Instances[0].InstanceId as string, response: r.response };
}

suite('ENGINE_API: the door', () => {
  it('runs the README example', () => {
    const world = deepFreeze(createWorld());
    const r = apply(world, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' }, region: 'us-east-1' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.response.Vpc.VpcId).toMatch(/^vpc-/);
      expect(Array.isArray(r.events)).toBe(true);
    }
  });

  it('is deterministic: same world and action give the same result, byte for byte', () => {
    const { world, subnetA } = network();
    const action = {
      type: 'ec2:RunInstances',
      params: { ImageId: amazonAmi(world), InstanceType: 't3.micro', MinCount: 2, MaxCount: 2, SubnetId: subnetA },
    };
    expect(JSON.stringify(apply(world, action))).toBe(JSON.stringify(apply(world, action)));
    const other = createWorld({ seed: 99 });
    const a = apply(createWorld(), { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    const b = apply(other, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(a.ok && b.ok && a.response.Vpc.VpcId !== b.response.Vpc.VpcId).toBe(true);
  });

  it('returns every id the contract names', () => {
    const { world: w0, subnetA } = network();
    const { world: w1, response } = launch(w0, subnetA);
    expect(response.Instances[0].InstanceId).toMatch(/^i-/);
    const eni = ok(w1, 'ec2:CreateNetworkInterface', { SubnetId: subnetA });
    expect(eni.response.NetworkInterface.NetworkInterfaceId).toMatch(/^eni-/);
    const attach = ok(eni.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eni.response.NetworkInterface.NetworkInterfaceId,
      InstanceId: response.Instances[0].InstanceId,
      DeviceIndex: 1,
    });
    expect(attach.response.AttachmentId).toMatch(/^eni-attach-/);
    const sg = ok(attach.world, 'ec2:CreateSecurityGroup', {
      GroupName: 'web',
      Description: 'web',
      VpcId: response.Instances[0].VpcId,
    });
    expect(sg.response.GroupId).toMatch(/^sg-/);
    const eip = ok(sg.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    expect(eip.response.AllocationId).toMatch(/^eipalloc-/);
    expect(eip.response.PublicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const volume = ok(eip.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
    expect(volume.response.VolumeId).toMatch(/^vol-/);
    const snapshot = ok(volume.world, 'ec2:CreateSnapshot', { VolumeId: volume.response.VolumeId });
    expect(snapshot.response.SnapshotId).toMatch(/^snap-/);
    const image = ok(snapshot.world, 'ec2:CreateImage', { InstanceId: response.Instances[0].InstanceId, Name: 'golden' });
    expect(image.response.ImageId).toMatch(/^ami-/);
    const key = ok(image.world, 'kms:CreateKey', {});
    expect(key.response.KeyMetadata.KeyId).toBeTruthy();
    expect(key.response.KeyMetadata.Arn).toMatch(/^arn:aws:kms:us-east-1:111122223333:key\//);
    const hosts = ok(key.world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', Quantity: 1 });
    expect(hosts.response.HostIds[0]).toMatch(/^h-/);
    const offering = describe(hosts.world, 'ec2:DescribeReservedInstancesOfferings', { InstanceType: 't3.micro' })
      .ReservedInstancesOfferings[0].ReservedInstancesOfferingId;
    const ri = ok(hosts.world, 'ec2:PurchaseReservedInstancesOffering', {
      ReservedInstancesOfferingId: offering,
      InstanceCount: 1,
    });
    expect(ri.response.ReservedInstancesId).toBeTruthy();
  });

  it('leaves resources settled', () => {
    const { world: w0, subnetA } = network();
    const { world, id, response } = launch(w0, subnetA);
    expect(response.Instances[0].State).toEqual({ Code: 16, Name: 'running' });
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [id] });
    expect(stopped.response.StoppingInstances[0].CurrentState.Name).toBe('stopped');
    expect(stopped.events.map((e) => e.to).filter(Boolean)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
    const attached = ok(volume.world, 'ec2:AttachVolume', {
      VolumeId: volume.response.VolumeId,
      InstanceId: id,
      Device: '/dev/sdf',
    });
    expect(attached.response.State).toBe('attached');
  });

  it('answers reads with the same world', () => {
    const { world } = network();
    for (const type of ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeInstances', 'ec2:DescribeImages']) {
      const r = apply(world, { type });
      expect(r.ok && r.world === world, type).toBe(true);
    }
  });

  it('refuses unknown actions and malformed params without throwing', () => {
    const world = createWorld();
    expect(no(world, 'ec2:LaunchRocket').code).toBe('InvalidAction');
    expect(no(world, 'ec2:CreateSubnet', {}).code).toBe('MissingParameter');
    expect(no(world, 'ec2:RunInstances', { ImageId: amazonAmi(world), MinCount: 'lots', MaxCount: 1 }).code).toBe(
      'InvalidParameterValue',
    );
    expect(no(world, 'ec2:DescribeInstances', { InstanceIds: ['i-0123456789abcdef0'] }).code).toBe('InvalidInstanceID.NotFound');
  });
});

suite('ENGINE_API: the starting world', () => {
  it('has public Amazon AMIs (EBS and instance store) and alias/aws/ebs in every region', () => {
    const world = createWorld();
    for (const region of ['us-east-1', 'us-west-2', 'eu-west-1']) {
      const images = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, region).Images;
      expect(images.map((i: any) => i.RootDeviceType).sort(), region).toEqual(['ebs', 'instance-store']);
      const key = describe(world, 'kms:DescribeKey', { KeyId: 'alias/aws/ebs' }, region);
      expect(key.KeyMetadata.KeyManager, region).toBe('AWS');
    }
  });
});

suite('ENGINE_API: regions and accounts', () => {
  it('copies an AMI by calling the destination region with SourceRegion', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA);
    const image = ok(world, 'ec2:CreateImage', { InstanceId: id, Name: 'golden' });
    const copy = ok(image.world, 'ec2:CopyImage', {
      SourceRegion: 'us-east-1',
      SourceImageId: image.response.ImageId,
      Name: 'golden-copy',
    }, { region: 'eu-west-1' });
    expect(copy.response.ImageId).not.toBe(image.response.ImageId);
    expect(describe(copy.world, 'ec2:DescribeImages', { ImageIds: [copy.response.ImageId] }, 'eu-west-1').Images[0].State).toBe(
      'available',
    );
    expect(no(copy.world, 'ec2:DescribeImages', { ImageIds: [copy.response.ImageId] }).code).toBe('InvalidAMIID.NotFound');
  });

  it('lets a second account launch an AMI only once it is shared (InvalidAMIID.NotFound before)', () => {
    const other = '444455556666';
    let world = createWorld({ defaultVpc: true });
    const subnet = describe(world, 'ec2:DescribeSubnets').Subnets[0].SubnetId;
    const l = launch(world, subnet);
    const image = ok(l.world, 'ec2:CreateImage', { InstanceId: l.id, Name: 'shared-later' });
    world = image.world;
    const otherVpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' }, { account: other });
    const otherSubnet = ok(
      otherVpc.world,
      'ec2:CreateSubnet',
      { VpcId: otherVpc.response.Vpc.VpcId, CidrBlock: '10.9.0.0/24', AvailabilityZone: 'us-east-1a' },
      { account: other },
    );
    const params = {
      ImageId: image.response.ImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: otherSubnet.response.Subnet.SubnetId,
    };
    expect(no(otherSubnet.world, 'ec2:RunInstances', params, { account: other }).code).toBe('InvalidAMIID.NotFound');
    const shared = ok(otherSubnet.world, 'ec2:ModifyImageAttribute', {
      ImageId: image.response.ImageId,
      LaunchPermission: { Add: [{ UserId: other }] },
    });
    const launched = ok(shared.world, 'ec2:RunInstances', params, { account: other });
    expect(launched.response.Instances[0].OwnerId ?? launched.response.OwnerId).toBe(other);
  });
});

suite('ENGINE_API: choices where AWS is ambiguous', () => {
  it('copies an encrypted snapshot with Encrypted: false as encrypted, with a notice', () => {
    const world = createWorld();
    const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true });
    const snap = ok(volume.world, 'ec2:CreateSnapshot', { VolumeId: volume.response.VolumeId });
    const copy = ok(snap.world, 'ec2:CopySnapshot', {
      SourceRegion: 'us-east-1',
      SourceSnapshotId: snap.response.SnapshotId,
      Encrypted: false,
    }, { region: 'us-west-2' });
    expect(describe(copy.world, 'ec2:DescribeSnapshots', { SnapshotIds: [copy.response.SnapshotId] }, 'us-west-2').Snapshots[0].Encrypted).toBe(
      true,
    );
    expect(copy.events.some((e) => e.type === 'notice')).toBe(true);
  });

  it('treats AllowReassociation: false as a refusal with Resource.AlreadyAssociated, and omitted as reassociate', () => {
    const { world: w0, subnetA } = network();
    const one = launch(w0, subnetA);
    const two = launch(one.world, subnetA);
    const eip = ok(two.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    const first = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: one.id });
    expect(first.response.AssociationId).toMatch(/^eipassoc-/);
    const refused = no(first.world, 'ec2:AssociateAddress', {
      AllocationId: eip.response.AllocationId,
      InstanceId: two.id,
      AllowReassociation: false,
    });
    expect(refused.code).toBe('Resource.AlreadyAssociated');
    const moved = ok(first.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: two.id });
    const addresses = describe(moved.world, 'ec2:DescribeAddresses').Addresses;
    expect(addresses[0].InstanceId).toBe(two.id);
  });

  it('refuses a device name in use and a reserved subnet address with InvalidParameterValue', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA);
    const v1 = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
    const a1 = ok(v1.world, 'ec2:AttachVolume', { VolumeId: v1.response.VolumeId, InstanceId: id, Device: '/dev/sdf' });
    const v2 = ok(a1.world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
    expect(no(v2.world, 'ec2:AttachVolume', { VolumeId: v2.response.VolumeId, InstanceId: id, Device: '/dev/sdf' }).code).toBe(
      'InvalidParameterValue',
    );
    for (const address of ['10.16.0.0', '10.16.0.1', '10.16.0.2', '10.16.0.3', '10.16.15.255']) {
      expect(no(world, 'ec2:CreateNetworkInterface', { SubnetId: subnetA, PrivateIpAddress: address }).code, address).toBe(
        'InvalidParameterValue',
      );
    }
  });

  it('refuses an ENI attach across AZs and a volume attach across AZs with AWS codes and the scope crossed', () => {
    const { world: w0, subnetA, subnetB } = network();
    const { world, id } = launch(w0, subnetA);
    const eni = ok(world, 'ec2:CreateNetworkInterface', { SubnetId: subnetB });
    const eniError = no(eni.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eni.response.NetworkInterface.NetworkInterfaceId,
      InstanceId: id,
      DeviceIndex: 1,
    });
    expect(eniError.code).toBe('InvalidParameterCombination');
    expect(eniError.rule).toBe('eni.attach.same-az');
    expect(eniError.scope?.kind).toBe('availability-zone');
    const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', Size: 8 });
    const volumeError = no(volume.world, 'ec2:AttachVolume', { VolumeId: volume.response.VolumeId, InstanceId: id, Device: '/dev/sdf' });
    expect(volumeError.code).toBe('InvalidVolume.ZoneMismatch');
    expect(volumeError.fix).toMatch(/snapshot/i);
  });

  it('recovers an instance in its AZ and subnet, on a new host', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA);
    const hostBefore = describe(world, 'sim:HostOf', { InstanceId: id }).HostId;
    const alarm = ok(world, 'cloudwatch:PutMetricAlarm', recoverAlarmParams('recover', id));
    const failed = ok(alarm.world, 'sim:FailSystemStatusCheck', { InstanceId: id, Cause: 'host-hardware' });
    const later = ok(failed.world, 'sim:AdvanceTime', { Seconds: 600 });
    const host = describe(later.world, 'sim:HostOf', { InstanceId: id });
    expect(host.HostId).not.toBe(hostBefore);
    expect(host.AvailabilityZone).toBe('us-east-1a');
    const instance = describe(later.world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0];
    expect(instance.SubnetId).toBe(subnetA);
    expect(instance.State.Name).toBe('running');
    const status = describe(later.world, 'ec2:DescribeInstanceStatus', { InstanceIds: [id] }).InstanceStatuses[0];
    expect(status.SystemStatus.Status).toBe('ok');
  });
});

suite('ENGINE_API: sim views', () => {
  it('answers IMDSv2: a token PUT, then GETs with the token; 401 without it when required', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA, { MetadataOptions: { HttpTokens: 'required' } });
    const put = describe(world, 'sim:QueryIMDS', {
      InstanceId: id,
      Method: 'PUT',
      Path: '/latest/api/token',
      Headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
    });
    expect(put.Status).toBe(200);
    expect(put.Token).toBe(put.Body);
    expect(describe(world, 'sim:QueryIMDS', { InstanceId: id, Method: 'GET', Path: '/latest/meta-data/instance-id' }).Status).toBe(401);
    const got = describe(world, 'sim:QueryIMDS', {
      InstanceId: id,
      Method: 'GET',
      Path: '/latest/meta-data/instance-id',
      Headers: { 'X-aws-ec2-metadata-token': put.Token },
    });
    expect(got).toMatchObject({ Status: 200, Body: id });
    const badTtl = describe(world, 'sim:QueryIMDS', {
      InstanceId: id,
      Method: 'PUT',
      Path: '/latest/api/token',
      Headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '0' },
    });
    expect(badTtl.Status).toBe(400);
  });

  it('never shows the public IPv4 inside the guest, but IMDS knows it', () => {
    const world = createWorld({ defaultVpc: true });
    const subnet = describe(world, 'ec2:DescribeSubnets').Subnets[0].SubnetId;
    const { world: w, id, response } = launch(world, subnet);
    const publicIp = response.Instances[0].PublicIpAddress;
    expect(publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const guest = describe(w, 'sim:GuestInterfaces', { InstanceId: id });
    expect(JSON.stringify(guest)).not.toContain(publicIp);
    expect(guest.Interfaces[0]).toMatchObject({ Device: expect.any(String), MacAddress: expect.any(String) });
    expect(describe(w, 'sim:QueryIMDS', { InstanceId: id, Method: 'GET', Path: '/latest/meta-data/public-ipv4' }).Body).toBe(publicIp);
  });

  it('resolves the public DNS name split-horizon', () => {
    const world = createWorld({ defaultVpc: true });
    const subnet = describe(world, 'ec2:DescribeSubnets').Subnets[0];
    const { world: w, response } = launch(world, subnet.SubnetId);
    const instance = response.Instances[0];
    expect(instance.PublicDnsName).toMatch(/compute-1\.amazonaws\.com$/);
    const inside = describe(w, 'sim:ResolveDns', { Name: instance.PublicDnsName, From: 'inside-vpc', VpcId: subnet.VpcId });
    const outside = describe(w, 'sim:ResolveDns', { Name: instance.PublicDnsName, From: 'internet' });
    expect(inside).toMatchObject({ Answers: [instance.PrivateIpAddress], Rcode: 'NOERROR' });
    expect(outside).toMatchObject({ Answers: [instance.PublicIpAddress], Rcode: 'NOERROR' });
    expect(describe(w, 'sim:ResolveDns', { Name: 'nothing.example', From: 'internet' }).Rcode).toBe('NXDOMAIN');
  });

  it('parses instance type names and refuses garbage', () => {
    const r = describe(createWorld(), 'sim:ParseInstanceType', { InstanceType: 'r5dn.8xlarge' });
    expect(r).toMatchObject({ Family: 'r', Size: '8xlarge' });
    expect(String(r.Generation)).toBe('5');
    expect(r.Capabilities.map((c: any) => c.Letter)).toEqual(['d', 'n']);
    expect(typeof r.Category).toBe('string');
    expect(no(createWorld(), 'sim:ParseInstanceType', { InstanceType: 't3.enormous' }).code).toBe('InvalidParameterValue');
  });

  it('interrupts a Spot instance after a 2-minute notice when the price passes its max price', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA, {
      InstanceMarketOptions: { MarketType: 'spot', SpotOptions: { MaxPrice: '0.05' } },
    });
    const raised = ok(world, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '0.09' });
    const notice = describe(raised.world, 'sim:QueryIMDS', {
      InstanceId: id,
      Method: 'GET',
      Path: '/latest/meta-data/spot/instance-action',
    });
    expect(notice.Status).toBe(200);
    expect(JSON.parse(notice.Body).action).toBe('terminate');
    const after = ok(raised.world, 'sim:AdvanceTime', { Seconds: 121 });
    const state = describe(after.world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0].State.Name;
    expect(state).toBe('terminated');
  });

  it('reports the bill per instance with the purchase option that covered it', () => {
    const { world: w0, subnetA } = network();
    const { world, id } = launch(w0, subnetA);
    const later = ok(world, 'sim:AdvanceTime', { Seconds: 3600 });
    const bill = describe(later.world, 'sim:BillingView', { InstanceId: id });
    const line = bill.Lines.find((l: any) => l.ResourceId === id);
    expect(line.PurchaseOption).toBe('on-demand');
    expect(line.Amount).toBeGreaterThan(0);
  });

  it('stops or terminates on a guest shutdown according to InstanceInitiatedShutdownBehavior', () => {
    const { world: w0, subnetA } = network();
    const stopping = launch(w0, subnetA);
    const s = ok(stopping.world, 'sim:GuestShutdown', { InstanceId: stopping.id });
    expect(describe(s.world, 'ec2:DescribeInstances', { InstanceIds: [stopping.id] }).Reservations[0].Instances[0].State.Name).toBe(
      'stopped',
    );
    const terminating = launch(w0, subnetA, { InstanceInitiatedShutdownBehavior: 'terminate', DisableApiTermination: true });
    const t = ok(terminating.world, 'sim:GuestShutdown', { InstanceId: terminating.id });
    expect(
      describe(t.world, 'ec2:DescribeInstances', { InstanceIds: [terminating.id] }).Reservations[0].Instances[0].State.Name,
    ).toBe('terminated');
  });
});

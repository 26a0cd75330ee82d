/** The real AWS SDK v3 EC2Client against the engine: instances, their lifecycle, DryRun, pagination, Spot, hosts. */
import { describe, expect, it } from 'vitest';
import {
  AllocateHostsCommand,
  CancelSpotInstanceRequestsCommand,
  CreateLaunchTemplateCommand,
  DescribeHostsCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstanceStatusCommand,
  DescribeInstanceTypesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeSpotInstanceRequestsCommand,
  DescribeSpotPriceHistoryCommand,
  ModifyInstanceAttributeCommand,
  ModifyInstanceMetadataOptionsCommand,
  RebootInstancesCommand,
  ReleaseHostsCommand,
  RequestSpotInstancesCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { launch, lab, network, refusal } from './sdk-test-helpers';

describe('EC2Client through the engine: instances', () => {
  it('runs an instance and describes it with filters', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId, vpcId } = await network(ec2);
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: imageId,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        SubnetId: subnetId,
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web-1' }] }],
        MetadataOptions: { HttpTokens: 'required' },
      }),
    );
    expect(run.ReservationId).toMatch(/^r-/);
    expect(run.OwnerId).toBe('111122223333');
    const instance = run.Instances![0]!;
    expect(instance).toMatchObject({ ImageId: imageId, InstanceType: 't3.micro', SubnetId: subnetId, VpcId: vpcId, State: { Code: 16, Name: 'running' } });
    expect(instance.PrivateIpAddress).toMatch(/^10\.0\.1\.\d+$/);
    expect(instance.LaunchTime).toBeInstanceOf(Date);
    expect(instance.Placement?.AvailabilityZone).toBe('us-east-1a');
    expect(instance.NetworkInterfaces![0]!.NetworkInterfaceId).toMatch(/^eni-/);
    expect(instance.MetadataOptions?.HttpTokens).toBe('required');

    const byTag = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['web-*'] }, { Name: 'instance-state-name', Values: ['running', 'pending'] }] }),
    );
    expect(byTag.Reservations).toHaveLength(1);
    expect(byTag.Reservations![0]!.Instances!.map((i) => i.InstanceId)).toEqual([instance.InstanceId]);
    expect(byTag.Reservations![0]!.Instances![0]!.Tags).toEqual([{ Key: 'Name', Value: 'web-1' }]);
    const none = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'instance-type', Values: ['m5.large'] }] }));
    expect(none.Reservations).toEqual([]);
    const unknownFilter = await refusal(ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'colour', Values: ['blue'] }] })));
    expect(unknownFilter.name).toBe('InvalidParameterValue');
  });

  it('stops, starts, reboots and terminates, answering the state changes', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const [id] = await launch(ec2, subnetId, imageId);
    const stop = await ec2.send(new StopInstancesCommand({ InstanceIds: [id!] }));
    expect(stop.StoppingInstances).toEqual([{ InstanceId: id, PreviousState: { Code: 16, Name: 'running' }, CurrentState: expect.objectContaining({ Name: expect.stringMatching(/stopp/) }) }]);
    const reboot = await refusal(ec2.send(new RebootInstancesCommand({ InstanceIds: [id!] })));
    expect(reboot.name).toBe('IncorrectInstanceState');
    const start = await ec2.send(new StartInstancesCommand({ InstanceIds: [id!] }));
    expect(start.StartingInstances![0]!.PreviousState).toEqual({ Code: 80, Name: 'stopped' });
    await ec2.send(new RebootInstancesCommand({ InstanceIds: [id!] }));
    const status = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id!] }));
    expect(status.InstanceStatuses![0]).toMatchObject({ InstanceId: id, InstanceState: { Name: 'running' }, AvailabilityZone: 'us-east-1a' });
    expect(status.InstanceStatuses![0]!.SystemStatus?.Status).toBeTruthy();

    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id!, DisableApiTermination: { Value: true } }));
    const attr = await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: id!, Attribute: 'disableApiTermination' }));
    expect(attr).toMatchObject({ InstanceId: id, DisableApiTermination: { Value: true } });
    const protectedTerm = await refusal(ec2.send(new TerminateInstancesCommand({ InstanceIds: [id!] })));
    expect(protectedTerm.name).toBe('OperationNotPermitted');
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: id!, DisableApiTermination: { Value: false } }));
    const meta = await ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: id!, HttpTokens: 'required' }));
    expect(meta.InstanceMetadataOptions?.HttpTokens).toBe('required');
    const term = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id!] }));
    expect(term.TerminatingInstances![0]).toMatchObject({ InstanceId: id, PreviousState: { Name: 'running' } });
    expect(term.TerminatingInstances![0]!.CurrentState!.Name).toMatch(/shutting-down|terminated/);
  });

  it('answers DryRun with DryRunOperation (HTTP 412) and changes nothing; a refused DryRun gets the real code', async () => {
    const { ec2, handler } = lab();
    const { subnetId, imageId } = await network(ec2);
    const before = handler.world;
    const dry = await refusal(ec2.send(new RunInstancesCommand({ ImageId: imageId, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, DryRun: true })));
    expect(dry.name).toBe('DryRunOperation');
    expect(dry.$metadata?.httpStatusCode).toBe(412);
    expect(handler.world).toBe(before);
    const bad = await refusal(ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, DryRun: true })));
    expect(bad.name).toBe('InvalidAMIID.NotFound');
    const malformed = await refusal(ec2.send(new RunInstancesCommand({ ImageId: 'ami-xyz', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId })));
    expect(malformed.name).toBe('InvalidAMIID.Malformed');
  });

  it('pages DescribeInstances with MaxResults and NextToken through the SDK paginator', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(...(await launch(ec2, subnetId, imageId)));
    const first = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    expect(first.Reservations!.flatMap((r) => r.Instances!)).toHaveLength(5);
    expect(first.NextToken).toBeTruthy();
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) {
      pages += 1;
      seen.push(...page.Reservations!.flatMap((r) => r.Instances!.map((i) => i.InstanceId!)));
    }
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual([...ids].sort());
    const combo = await refusal(ec2.send(new DescribeInstancesCommand({ InstanceIds: [ids[0]!], MaxResults: 5 })));
    expect(combo.name).toBe('InvalidParameterCombination');
    const small = await refusal(ec2.send(new DescribeInstancesCommand({ MaxResults: 2 })));
    expect(small.name).toBe('InvalidParameterValue');
  });

  it('describes instance types with their specs', async () => {
    const { ec2 } = lab();
    const types = await ec2.send(new DescribeInstanceTypesCommand({ InstanceTypes: ['m5.large', 't3.micro'] }));
    const m5 = types.InstanceTypes!.find((t) => t.InstanceType === 'm5.large')!;
    expect(m5.VCpuInfo?.DefaultVCpus).toBe(2);
    expect(m5.MemoryInfo?.SizeInMiB).toBe(8192);
    expect(m5.NetworkInfo?.MaximumNetworkInterfaces).toBe(3);
    expect(m5.ProcessorInfo?.SupportedArchitectures).toContain('x86_64');
    const unknown = await refusal(ec2.send(new DescribeInstanceTypesCommand({ InstanceTypes: ['m5.enormous' as never] })));
    expect(unknown.name).toBe('InvalidInstanceType');
  });

  it('launches from a launch template', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const lt = await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: imageId, InstanceType: 't3.small' } }));
    expect(lt.LaunchTemplate).toMatchObject({ LaunchTemplateName: 'web', DefaultVersionNumber: 1, LatestVersionNumber: 1 });
    const listed = await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['web'] }));
    expect(listed.LaunchTemplates![0]!.LaunchTemplateId).toBe(lt.LaunchTemplate!.LaunchTemplateId);
    const run = await ec2.send(new RunInstancesCommand({ MinCount: 1, MaxCount: 1, SubnetId: subnetId, LaunchTemplate: { LaunchTemplateName: 'web' } }));
    expect(run.Instances![0]).toMatchObject({ InstanceType: 't3.small', ImageId: imageId });
  });
});

describe('EC2Client through the engine: Spot and Dedicated Hosts', () => {
  it('requests, describes and cancels a Spot request; reads the price history', async () => {
    const { ec2 } = lab();
    const { subnetId, imageId } = await network(ec2);
    const history = await ec2.send(new DescribeSpotPriceHistoryCommand({ InstanceTypes: ['t3.micro'], AvailabilityZone: 'us-east-1a', MaxResults: 5 }));
    expect(history.SpotPriceHistory!.length).toBeGreaterThan(0);
    expect(history.SpotPriceHistory![0]).toMatchObject({ InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a' });
    expect(Number(history.SpotPriceHistory![0]!.SpotPrice)).toBeGreaterThan(0);
    expect(history.SpotPriceHistory![0]!.Timestamp).toBeInstanceOf(Date);

    const req = await ec2.send(
      new RequestSpotInstancesCommand({ InstanceCount: 1, SpotPrice: '0.05', LaunchSpecification: { ImageId: imageId, InstanceType: 't3.micro', SubnetId: subnetId } }),
    );
    const sir = req.SpotInstanceRequests![0]!;
    expect(sir.SpotInstanceRequestId).toMatch(/^sir-/);
    expect(sir).toMatchObject({ SpotPrice: '0.05', Type: 'one-time' });
    const described = await ec2.send(new DescribeSpotInstanceRequestsCommand({ SpotInstanceRequestIds: [sir.SpotInstanceRequestId!] }));
    expect(described.SpotInstanceRequests![0]!.State).toBe('active');
    expect(described.SpotInstanceRequests![0]!.InstanceId).toMatch(/^i-/);
    const cancel = await ec2.send(new CancelSpotInstanceRequestsCommand({ SpotInstanceRequestIds: [sir.SpotInstanceRequestId!] }));
    expect(cancel.CancelledSpotInstanceRequests).toEqual([{ SpotInstanceRequestId: sir.SpotInstanceRequestId, State: 'cancelled' }]);
  });

  it('allocates, describes and releases a Dedicated Host', async () => {
    const { ec2 } = lab();
    const hosts = await ec2.send(new AllocateHostsCommand({ AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', Quantity: 1 }));
    const hostId = hosts.HostIds![0]!;
    expect(hostId).toMatch(/^h-/);
    const described = await ec2.send(new DescribeHostsCommand({ HostIds: [hostId] }));
    expect(described.Hosts![0]).toMatchObject({ HostId: hostId, AvailabilityZone: 'us-east-1a', State: 'available' });
    expect(described.Hosts![0]!.HostProperties?.InstanceType).toBe('m5.large');
    const released = await ec2.send(new ReleaseHostsCommand({ HostIds: [hostId] }));
    expect(released.Successful).toEqual([hostId]);
  });
});

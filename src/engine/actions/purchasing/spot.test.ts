import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import { no, ok } from '../../engine-test-helpers';
import { advance, amazonAmi, defaultSubnet, hostOf, labWorld, launch, launchParams } from './purchasing-test-helpers';

const SPOT = { MarketType: 'spot' };

function spotOptions(options: Record<string, unknown>) {
  return { InstanceMarketOptions: { MarketType: 'spot', SpotOptions: options } };
}

function setPrice(world: ReturnType<typeof labWorld>, price: string, type = 't3.micro', az = 'us-east-1a') {
  return ok(world, 'sim:SetSpotPrice', { InstanceType: type, AvailabilityZone: az, Price: price });
}

function imds(world: ReturnType<typeof labWorld>, id: string, path: string) {
  return read(world, 'sim:QueryIMDS', { InstanceId: id, Method: 'GET', Path: path });
}

function request(world: ReturnType<typeof labWorld>, id: string) {
  return read(world, 'ec2:DescribeSpotInstanceRequests', { SpotInstanceRequestIds: [id] }).SpotInstanceRequests[0];
}

describe('Spot through RunInstances InstanceMarketOptions', () => {
  it('makes a Spot Instance with its own fulfilled one-time request', () => {
    const { world, id, response } = launch(labWorld(), { InstanceMarketOptions: SPOT });
    const sir = response.Instances[0].SpotInstanceRequestId;
    expect(response.Instances[0].InstanceLifecycle).toBe('spot');
    expect(sir).toMatch(/^sir-[0-9a-f]{8}$/);
    const r = request(world, sir);
    expect(r).toMatchObject({ State: 'active', Type: 'one-time', InstanceId: id, Status: { Code: 'fulfilled' } });
    expect(r.InstanceInterruptionBehavior).toBe('terminate');
    expect(imds(world, id, '/latest/meta-data/instance-life-cycle').Body).toBe('spot');
  });

  it('rule 71: MaxPrice must be more than USD 0.001', () => {
    const world = labWorld();
    const e = no(world, 'ec2:RunInstances', launchParams(world, spotOptions({ MaxPrice: '0.001' })));
    expect(e.code).toBe('InvalidParameterValue');
    expect(e.rule).toBe('spot.max-price.minimum');
    const { instance } = launch(world, spotOptions({ MaxPrice: '0.002' }));
    expect(instance.market?.maxPrice).toBe('0.002');
  });

  it('rule 71: a max price below the Spot price refuses the launch with SpotMaxPriceTooLow', () => {
    const world = setPrice(labWorld(), '0.0374').world;
    const e = no(world, 'ec2:RunInstances', launchParams(world, spotOptions({ MaxPrice: '0.002' })));
    expect(e.code).toBe('SpotMaxPriceTooLow');
    expect(e.rule).toBe('spot.max-price.too-low');
    expect(e.message).toBe(
      'Your Spot request price of 0.002 is lower than the minimum required Spot request fulfillment price of 0.0374.',
    );
    expect(launch(world, spotOptions({ MaxPrice: '0.04' })).instance.state).toBe('running');
  });

  it('rule 73: one-time requests cannot stop or hibernate on interruption', () => {
    const world = labWorld();
    const e = no(world, 'ec2:RunInstances', launchParams(world, spotOptions({ SpotInstanceType: 'one-time', InstanceInterruptionBehavior: 'stop' })));
    expect(e.code).toBe('InvalidParameterCombination');
    expect(e.rule).toBe('spot.one-time.stop');
    expect(e.message).toBe("The request with type 'one-time' is not supported when instanceInterruptionBehavior is set to 'stop'.");
    const { instance } = launch(world, spotOptions({ SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' }));
    expect(instance.market).toMatchObject({ requestType: 'persistent', interruptionBehavior: 'stop' });
  });

  it('rule 73: stop behaviour needs an EBS root', () => {
    const world = labWorld();
    const storeBacked = { ImageId: amazonAmi(world, 'instance-store'), InstanceType: 'm3.medium' };
    const e = no(
      world,
      'ec2:RunInstances',
      launchParams(world, { ...storeBacked, ...spotOptions({ SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' }) }),
    );
    expect(e.code).toBe('InvalidParameterCombination');
    expect(e.rule).toBe('spot.stop.ebs-root');
    const { instance } = launch(world, { ...storeBacked, InstanceMarketOptions: SPOT });
    expect(instance.rootDeviceType).toBe('instance-store');
    expect(instance.market?.interruptionBehavior).toBe('terminate');
  });

  it('no Spot on a Dedicated Host, and not for On-Demand-only types', () => {
    let world = labWorld();
    const hostId = ok(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceFamily: 't3' });
    world = hostId.world;
    const base = launchParams(world, { InstanceMarketOptions: SPOT });
    const onHost = no(world, 'ec2:RunInstances', {
      ...base,
      InstanceType: 't3.micro',
      Placement: { Tenancy: 'host', HostId: hostId.response.HostIds[0] },
    });
    expect(onHost.code).toBe('InvalidParameterCombination');
    expect(onHost.rule).toBe('spot.host-tenancy');
    const nano = no(world, 'ec2:RunInstances', { ...base, InstanceType: 't2.nano' });
    expect(nano.code).toBe('Unsupported');
    expect(nano.rule).toBe('spot.type-unsupported');
    expect(launch(world, { InstanceType: 't3.nano', InstanceMarketOptions: SPOT }).instance.market).toBeDefined();
  });
});

describe('Spot interruption (rule 72)', () => {
  it('gives a 2-minute notice visible in IMDS, then terminates the instance', () => {
    const launched = launch(labWorld(), spotOptions({ MaxPrice: '0.005' }));
    const sir = launched.instance.market?.spotInstanceRequestId as string;
    expect(imds(launched.world, launched.id, '/latest/meta-data/spot/instance-action').Status).toBe(404);

    const priced = setPrice(launched.world, '0.006');
    expect(priced.response.InterruptionNotices).toEqual([
      { InstanceId: launched.id, Action: 'terminate', Time: '2025-01-01T00:02:00.000Z' },
    ]);
    let world = priced.world;
    const notice = imds(world, launched.id, '/latest/meta-data/spot/instance-action');
    expect(notice.Status).toBe(200);
    expect(JSON.parse(notice.Body)).toEqual({ action: 'terminate', time: '2025-01-01T00:02:00Z' });
    expect(request(world, sir).Status.Code).toBe('marked-for-termination');
    expect(world.instances.get(launched.id)?.state).toBe('running');

    world = advance(world, 119).world;
    expect(world.instances.get(launched.id)?.state).toBe('running');
    const done = advance(world, 1);
    world = done.world;
    expect(world.instances.get(launched.id)?.state).toBe('terminated');
    expect(world.instances.get(launched.id)?.stateReason?.Code).toBe('Server.SpotInstanceTermination');
    expect(request(world, sir)).toMatchObject({ State: 'closed', Status: { Code: 'instance-terminated-by-price' } });
    expect(done.events.some((e) => e.type === 'spot-interruption' && e.resourceId === launched.id)).toBe(true);
  });

  it('a persistent request with stop behaviour stops, refuses a manual start, and restarts when the price falls', () => {
    const launched = launch(labWorld(), spotOptions({ MaxPrice: '0.005', SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' }));
    const sir = launched.instance.market?.spotInstanceRequestId as string;
    const hostBefore = hostOf(launched.world, launched.id);
    let world = setPrice(launched.world, '0.009').world;
    expect(request(world, sir).Status.Code).toBe('marked-for-stop');
    expect(JSON.parse(imds(world, launched.id, '/latest/meta-data/spot/instance-action').Body).action).toBe('stop');
    world = advance(world, 120).world;
    expect(world.instances.get(launched.id)?.state).toBe('stopped');
    expect(request(world, sir)).toMatchObject({ State: 'disabled', Status: { Code: 'instance-stopped-by-price' } });

    const e = no(world, 'ec2:StartInstances', { InstanceIds: [launched.id] });
    expect(e.code).toBe('IncorrectSpotRequestState');
    expect(e.rule).toBe('spot.start.interrupted');

    const back = setPrice(world, '0.004');
    expect(back.response.Launched).toEqual([launched.id]);
    world = back.world;
    expect(world.instances.get(launched.id)?.state).toBe('running');
    expect(request(world, sir)).toMatchObject({ State: 'active', Status: { Code: 'fulfilled' }, InstanceId: launched.id });
    expect(hostOf(world, launched.id)).not.toBe(hostBefore);
  });

  it('a persistent request a user stopped can be started by the user', () => {
    const launched = launch(labWorld(), spotOptions({ SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' }));
    const sir = launched.instance.market?.spotInstanceRequestId as string;
    let world = ok(launched.world, 'ec2:StopInstances', { InstanceIds: [launched.id] }).world;
    expect(request(world, sir)).toMatchObject({ State: 'disabled', Status: { Code: 'instance-stopped-by-user' } });
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [launched.id] }).world;
    expect(request(world, sir)).toMatchObject({ State: 'active', Status: { Code: 'fulfilled' } });
  });

  it('hibernation gets no 2-minute warning', () => {
    const launched = launch(
      labWorld(),
      spotOptions({ MaxPrice: '0.005', SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'hibernate' }),
    );
    const r = setPrice(launched.world, '0.01');
    expect(r.response.InterruptionNotices[0]).toMatchObject({ Action: 'hibernate', Time: '2025-01-01T00:00:00.000Z' });
    expect(r.world.instances.get(launched.id)?.state).toBe('stopped');
    expect(r.world.instances.get(launched.id)?.stateReason?.Code).toBe('Server.SpotInstanceShutdown');
  });

  it('without a max price the instance runs until the Spot price exceeds On-Demand', () => {
    const launched = launch(labWorld(), { InstanceMarketOptions: SPOT });
    const under = setPrice(launched.world, '0.0104');
    expect(under.response.InterruptionNotices).toEqual([]);
    const over = setPrice(under.world, '0.0105');
    expect(over.response.InterruptionNotices[0]?.InstanceId).toBe(launched.id);
  });
});

describe('RequestSpotInstances', () => {
  function spec(world: ReturnType<typeof labWorld>) {
    return { ImageId: amazonAmi(world), InstanceType: 't3.micro', SubnetId: defaultSubnet(world, 'us-east-1b') };
  }

  it('launches when the price allows', () => {
    const world = labWorld();
    const r = ok(world, 'ec2:RequestSpotInstances', { SpotPrice: '0.01', InstanceCount: 1, LaunchSpecification: spec(world) });
    const item = r.response.SpotInstanceRequests[0];
    expect(item).toMatchObject({ State: 'active', Status: { Code: 'fulfilled' }, Type: 'one-time', SpotPrice: '0.01' });
    const instance = r.world.instances.get(item.InstanceId);
    expect(instance?.state).toBe('running');
    expect(instance?.az).toBe('us-east-1b');
    expect(instance?.market?.spotInstanceRequestId).toBe(item.SpotInstanceRequestId);
  });

  it('stays open with price-too-low, then launches when the price falls', () => {
    let world = setPrice(labWorld(), '0.02', 't3.micro', 'us-east-1b').world;
    const r = ok(world, 'ec2:RequestSpotInstances', {
      SpotPrice: '0.01',
      Type: 'persistent',
      LaunchSpecification: spec(world),
    });
    const item = r.response.SpotInstanceRequests[0];
    expect(item).toMatchObject({ State: 'open', Status: { Code: 'price-too-low' } });
    expect(item.InstanceId).toBeUndefined();
    world = r.world;
    expect([...world.instances.values()].filter((i) => i.market)).toHaveLength(0);
    const fell = setPrice(world, '0.003', 't3.micro', 'us-east-1b');
    expect(fell.response.Launched).toHaveLength(1);
    expect(request(fell.world, item.SpotInstanceRequestId)).toMatchObject({ State: 'active', InstanceId: fell.response.Launched[0] });
  });

  it('a persistent terminate request relaunches a new instance after an interruption', () => {
    const world = labWorld();
    const r = ok(world, 'ec2:RequestSpotInstances', { SpotPrice: '0.005', Type: 'persistent', LaunchSpecification: spec(world) });
    const sir = r.response.SpotInstanceRequests[0].SpotInstanceRequestId;
    const first = r.response.SpotInstanceRequests[0].InstanceId;
    let w = setPrice(r.world, '0.02', 't3.micro', 'us-east-1b').world;
    w = advance(w, 150).world;
    expect(w.instances.get(first)?.state).toBe('terminated');
    expect(request(w, sir)).toMatchObject({ State: 'open', Status: { Code: 'instance-terminated-by-price' } });
    const fell = setPrice(w, '0.002', 't3.micro', 'us-east-1b');
    const second = fell.response.Launched[0];
    expect(second).toMatch(/^i-/);
    expect(second).not.toBe(first);
    expect(request(fell.world, sir)).toMatchObject({ State: 'active', InstanceId: second });
  });

  it('refuses the same invalid combinations as RunInstances', () => {
    const world = labWorld();
    const e = no(world, 'ec2:RequestSpotInstances', {
      Type: 'one-time',
      InstanceInterruptionBehavior: 'hibernate',
      LaunchSpecification: spec(world),
    });
    expect(e.code).toBe('InvalidParameterCombination');
    expect(e.rule).toBe('spot.one-time.stop');
    const low = no(world, 'ec2:RequestSpotInstances', { SpotPrice: '0.0005', LaunchSpecification: spec(world) });
    expect(low.code).toBe('InvalidParameterValue');
    expect(low.rule).toBe('spot.max-price.minimum');
  });

  it('cancelling a request leaves its instance running', () => {
    const world = labWorld();
    const r = ok(world, 'ec2:RequestSpotInstances', { LaunchSpecification: spec(world) });
    const { SpotInstanceRequestId: sir, InstanceId: instanceId } = r.response.SpotInstanceRequests[0];
    const c = ok(r.world, 'ec2:CancelSpotInstanceRequests', { SpotInstanceRequestIds: [sir] });
    expect(c.response.CancelledSpotInstanceRequests).toEqual([{ SpotInstanceRequestId: sir, State: 'cancelled' }]);
    expect(request(c.world, sir).Status.Code).toBe('request-canceled-and-instance-running');
    expect(c.world.instances.get(instanceId)?.state).toBe('running');
    const e = no(c.world, 'ec2:CancelSpotInstanceRequests', { SpotInstanceRequestIds: ['sir-00000000'] });
    expect(e.code).toBe('InvalidSpotInstanceRequestID.NotFound');
  });
});

describe('Spot prices', () => {
  it('DescribeSpotPriceHistory lists the newest price first', () => {
    let world = labWorld();
    world = advance(world, 60).world;
    world = setPrice(world, '0.0042').world;
    const history = read(world, 'ec2:DescribeSpotPriceHistory', {
      InstanceTypes: ['t3.micro'],
      AvailabilityZone: 'us-east-1a',
    }).SpotPriceHistory;
    expect(history[0]).toEqual({
      AvailabilityZone: 'us-east-1a',
      InstanceType: 't3.micro',
      ProductDescription: 'Linux/UNIX',
      SpotPrice: '0.004200',
      Timestamp: '2025-01-01T00:01:00.000Z',
    });
    expect(history).toHaveLength(2);
    expect(Number(history[1].SpotPrice)).toBeLessThan(0.0104 * 0.41);
  });

  it('sim:SetSpotPrice validates its parameters', () => {
    const world = labWorld();
    // A zone of another region than the one named is refused (without a region, the zone picks it).
    expect(no(world, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-west-2a', Price: '0.1' }, { region: 'us-east-1' }).code).toBe(
      'InvalidParameterValue',
    );
    expect(no(world, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '-1' }).code).toBe(
      'InvalidParameterValue',
    );
  });
});

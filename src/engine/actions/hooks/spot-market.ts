import { placeable } from '../../billing/capacity';
import { asEc2, fulfilling } from '../../billing/ec2-context';
import { spotPriceNow } from '../../billing/market';
import { effectiveMaxPrice, priceTooLowMessage, statusPatch } from '../../billing/spot-rules';
import type { SpotInstanceRequest } from '../../model/purchasing';
import { Params } from '../../params';
import { Refusal } from '../../refusal';
import { Tx } from '../../tx';
import { startInstance } from '../instances/instances';
import { launchInstances } from '../launch';

/**
 * The Spot market acting on instances (rules 71–74): EC2 launches the instance of an open Spot request, or restarts
 * the one it stopped for price, as soon as the price and the pool's capacity allow. The purchasing family drives the
 * instance family's transitions here, as the lifecycle hooks and alarm actions do; the requests themselves live in
 * purchasing/spot.ts and the interruptions in spot-interruptions.ts.
 */

/** The AZ a request launches into: its subnet's, its Placement's, else the cheapest AZ of its Region. */
function requestAz(tx: Tx, request: SpotInstanceRequest): string {
  const spec = new Params(request.launchSpecification);
  const subnetId = spec.optStr('SubnetId') ?? spec.optObjList('NetworkInterfaces')?.[0]?.optStr('SubnetId');
  const subnet = subnetId ? tx.get('subnets', subnetId) : undefined;
  if (subnet) return subnet.az;
  const asked = spec.optObj('Placement')?.optStr('AvailabilityZone');
  if (asked) return asked;
  if (request.launchedAz) return request.launchedAz;
  const all = tx.base.regions[request.region]?.zones.map((z) => z.ZoneName) ?? [];
  // EC2 only picks among AZs that have Spot capacity for the type (sim:SetCapacity), when any has.
  const withRoom = all.filter((az) => hasSpotRoom(tx, request, az));
  const zones = withRoom.length ? withRoom : all;
  let best = zones[0] ?? `${request.region}a`;
  for (const z of zones) if (spotPriceNow(tx, request.instanceType, z) < spotPriceNow(tx, request.instanceType, best)) best = z;
  return best;
}

function hasSpotRoom(tx: Tx, request: SpotInstanceRequest, az: string, exceptId?: string): boolean {
  return placeable(tx, { instanceType: request.instanceType, az }, { account: request.ownerId, spot: true, ...(exceptId ? { exceptId } : {}) }) >= 1;
}

function launchParams(request: SpotInstanceRequest, az: string): Record<string, unknown> {
  const spec = JSON.parse(JSON.stringify(request.launchSpecification)) as Record<string, unknown>;
  const placement = (spec.Placement && typeof spec.Placement === 'object' ? spec.Placement : {}) as Record<string, unknown>;
  const pinned = spec.SubnetId !== undefined || spec.NetworkInterfaces !== undefined;
  return {
    ...spec,
    MinCount: 1,
    MaxCount: 1,
    InstanceMarketOptions: {
      MarketType: 'spot',
      SpotOptions: {
        ...(request.maxPrice !== undefined ? { MaxPrice: request.maxPrice } : {}),
        SpotInstanceType: request.type,
        InstanceInterruptionBehavior: request.interruptionBehavior,
      },
    },
    ...(pinned ? {} : { Placement: { ...placement, AvailabilityZone: az } }),
  };
}

/**
 * Try to launch the instance of an open request. When the price is too low the request stays open
 * (`price-too-low`). With `propagate`, a launch refusal refuses the calling action (RequestSpotInstances validates
 * synchronously); otherwise the request fails with `bad-parameters` and the calling action goes on.
 */
export function tryFulfil(tx: Tx, request: SpotInstanceRequest, propagate: boolean): string | undefined {
  const rtx = tx.actingAs(request.region, request.ownerId);
  const az = requestAz(rtx, request);
  const spot = spotPriceNow(rtx, request.instanceType, az);
  const max = effectiveMaxPrice(request.maxPrice, request.instanceType, request.region);
  if (spot > max) {
    // keep 'instance-terminated-by-price': it already says why the request waits
    if (request.statusCode !== 'price-too-low' && request.statusCode !== 'instance-terminated-by-price') {
      rtx.update('spotRequests', request.id, { state: 'open', ...statusPatch(rtx, 'price-too-low', priceTooLowMessage(max, spot)) });
      rtx.event({
        type: 'spot-request',
        message: `Spot request ${request.id} stays open (price-too-low): the Spot price of ${request.instanceType} in ${az} is ${spot}, above its max price ${max}.`,
        resourceId: request.id,
      });
    }
    return undefined;
  }
  if (!hasSpotRoom(rtx, request, az)) {
    // AWS keeps the request open until the pool has capacity again (sim:SetCapacity).
    if (request.statusCode !== 'capacity-not-available') {
      rtx.update('spotRequests', request.id, { state: 'open', ...statusPatch(rtx, 'capacity-not-available') });
      rtx.event({
        type: 'spot-request',
        message: `Spot request ${request.id} stays open (capacity-not-available): EC2 has no ${request.instanceType} capacity left in ${az}.`,
        resourceId: request.id,
        data: { rule: 'capacity.insufficient' },
      });
    }
    return undefined;
  }
  const params = launchParams(request, az);
  if (!propagate) {
    const trial = new Tx(rtx.finish(), rtx.action, request.region, request.ownerId);
    try {
      fulfilling(trial, request.id, () => launchInstances(trial, new Params(params)));
    } catch (thrown) {
      if (!(thrown instanceof Refusal)) throw thrown;
      rtx.update('spotRequests', request.id, {
        state: 'failed',
        ...statusPatch(rtx, 'bad-parameters', `${thrown.error.code}: ${thrown.error.message}`),
      });
      rtx.event({
        type: 'spot-request',
        message: `Spot request ${request.id} failed (bad-parameters): ${thrown.error.message}`,
        resourceId: request.id,
      });
      return undefined;
    }
  }
  const result = fulfilling(rtx, request.id, () => launchInstances(rtx, new Params(params)));
  const instance = result.instances[0];
  if (instance) {
    rtx.event({
      type: 'spot-request',
      message: `Spot request ${request.id} fulfilled: ${instance.id} runs in ${instance.az} at the Spot price ${spot} USD/hour.`,
      resourceId: request.id,
      to: instance.id,
    });
  }
  return instance?.id;
}

/** Restart an instance that EC2 stopped for price, now that the price allows it. */
function tryRestart(tx: Tx, request: SpotInstanceRequest): string | undefined {
  const instance = request.instanceId ? tx.get('instances', request.instanceId) : undefined;
  if (!instance || instance.state !== 'stopped') return undefined;
  const rtx = tx.actingAs(request.region, request.ownerId);
  if (!(spotPriceNow(rtx, instance.instanceType, instance.az) <= effectiveMaxPrice(request.maxPrice, instance.instanceType, instance.region))) {
    return undefined;
  }
  if (!hasSpotRoom(rtx, request, instance.az, instance.id)) return undefined; // waits for capacity too
  asEc2(rtx, instance.id, 'restart', () => startInstance(rtx, instance.id));
  rtx.event({
    type: 'spot-request',
    message: `The Spot price is back under the max price of ${request.id}: EC2 restarted ${instance.id} in ${instance.az}.`,
    resourceId: instance.id,
  });
  return instance.id;
}

/** Fulfil open requests and restart price-stopped instances wherever the price now allows it. */
export function fulfilSpotRequests(tx: Tx, filter?: { instanceType: string; az: string }): string[] {
  const done: string[] = [];
  const requests = tx
    .all('spotRequests')
    .filter((r) => r.state === 'open' || (r.state === 'disabled' && r.statusCode === 'instance-stopped-by-price'))
    .sort((a, b) => a.createTime - b.createTime || (a.id < b.id ? -1 : 1));
  for (const r of requests) {
    if (filter && r.instanceType !== filter.instanceType) continue;
    const current = tx.get('spotRequests', r.id);
    if (!current) continue;
    const id = current.state === 'open' ? tryFulfil(tx, current, false) : tryRestart(tx, current);
    if (id) done.push(id);
  }
  return done;
}

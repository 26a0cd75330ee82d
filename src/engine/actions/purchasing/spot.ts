import { copyMembers, SPOT_LAUNCH_MEMBERS } from '../../request-bounds';
import { getInstanceType } from '../../catalog/instance-types';
import { placeable } from '../../billing/capacity';
import { asEc2, fulfilling } from '../../billing/ec2-context';
import { formatPrice, onDemandRate, spotKey, spotPriceNow } from '../../billing/market';
import {
  NOTICE_SECONDS,
  checkSpotSpec,
  effectiveMaxPrice,
  newSpotRequestId,
  priceTooLowMessage,
  readMaxPrice,
  statusPatch,
  type InterruptionBehavior,
} from '../../billing/spot-rules';
import { mustFind } from '../../lookup';
import type { Instance } from '../../model/instances';
import type { SpotInstanceRequest, SpotPriceChange } from '../../model/purchasing';
import { invalid, Params } from '../../params';
import { Refusal } from '../../refusal';
import { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkTags } from '../../shapes/tags';
import { launchInstances, startInstance, stopInstance, terminateInstance } from '../instances/instances';
import { isoAt } from '../../time';
import { defineActions } from '../../action-def';
import { describeSpotPriceHistory } from './spot-price-history';

/**
 * Spot (rules 71–74): requests, the Spot price of each pool (instance type + AZ), interruptions with their
 * 2-minute notice, and persistent requests that relaunch or restart their instance when the price falls again.
 *
 * The price of a pool only moves with sim:SetSpotPrice. When it rises above an instance's max price (or above the
 * On-Demand price when the launch named none), EC2 issues an interruption notice (IMDS `spot/instance-action`,
 * request status `marked-for-termination` / `marked-for-stop`) and acts 2 minutes later, when sim:AdvanceTime
 * reaches the notice time. Hibernation gets no 2-minute warning: it starts at once.
 */

const SPOT_STOP_REASON = { Code: 'Server.SpotInstanceShutdown', Message: 'Server.SpotInstanceShutdown: Spot instance shutdown' };
const SPOT_TERMINATE_REASON = {
  Code: 'Server.SpotInstanceTermination',
  Message: 'Server.SpotInstanceTermination: Spot instance termination',
};

// --- helpers ------------------------------------------------------------------------------------------------

function specObject(request: SpotInstanceRequest): Params {
  return new Params(request.launchSpecification);
}

/** The AZ a request launches into: its subnet's, its Placement's, else the cheapest AZ of its Region. */
function requestAz(tx: Tx, request: SpotInstanceRequest): string {
  const spec = specObject(request);
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
function tryFulfil(tx: Tx, request: SpotInstanceRequest, propagate: boolean): string | undefined {
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

/** EC2 decides to interrupt a Spot Instance: notice now, action in 2 minutes (hibernation at once). */
function interrupt(tx: Tx, instance: Instance, spot: number, max: number): { InstanceId: string; Action: string; Time: string } {
  const market = instance.market;
  if (!market) throw new Error(`${instance.id} is not a Spot Instance`);
  const action: InterruptionBehavior = market.interruptionBehavior;
  const time = action === 'hibernate' ? tx.now : tx.now + NOTICE_SECONDS;
  tx.update('instances', instance.id, { market: { ...market, notice: { action, time } } });
  const request = tx.get('spotRequests', market.spotInstanceRequestId);
  if (request && request.instanceId === instance.id && action !== 'hibernate') {
    tx.update('spotRequests', request.id, statusPatch(tx, action === 'stop' ? 'marked-for-stop' : 'marked-for-termination'));
  }
  tx.event({
    type: 'spot-interruption-notice',
    message:
      action === 'hibernate'
        ? `Spot price ${spot} rose above the max price ${max} of ${instance.id}: EC2 hibernates it now (hibernation gets no 2-minute warning).`
        : `Spot price ${spot} rose above the max price ${max} of ${instance.id}: interruption notice issued, EC2 will ${action} it at ${isoAt(time)} (in 2 minutes). The OS can read it at /latest/meta-data/spot/instance-action.`,
    resourceId: instance.id,
    data: { action, time },
  });
  if (action === 'hibernate') performInterruption(tx, instance.id);
  return { InstanceId: instance.id, Action: action, Time: isoAt(time) };
}

function performInterruption(tx: Tx, instanceId: string): void {
  const instance = tx.get('instances', instanceId);
  const notice = instance?.market?.notice;
  if (!instance || !notice || instance.state !== 'running') return;
  const rtx = tx.actingAs(instance.region, instance.ownerId);
  asEc2(rtx, instance.id, 'price', () => {
    if (notice.action === 'terminate') {
      terminateInstance(rtx, instance.id, { reason: 'Service initiated (Spot)', stateReason: SPOT_TERMINATE_REASON });
    } else {
      stopInstance(rtx, instance.id, {
        reason: 'Service initiated (Spot)',
        stateReason: SPOT_STOP_REASON,
        hibernate: notice.action === 'hibernate',
      });
    }
  });
  rtx.event({
    type: 'spot-interruption',
    message: `EC2 interrupted Spot Instance ${instance.id}: ${notice.action === 'terminate' ? 'terminated' : notice.action === 'stop' ? 'stopped' : 'hibernated'}.`,
    resourceId: instance.id,
  });
}

/** The earliest pending interruption time, if any (sim:AdvanceTime stops there). */
export function nextSpotNotice(tx: Tx): number | undefined {
  let next: number | undefined;
  for (const i of tx.all('instances')) {
    const t = i.market?.notice?.time;
    if (t !== undefined && i.state === 'running' && (next === undefined || t < next)) next = t;
  }
  return next;
}

/** Carry out every interruption whose notice time has come. Returns how many. */
export function processSpotNotices(tx: Tx): number {
  let n = 0;
  const due = tx
    .all('instances')
    .filter((i) => i.state === 'running' && i.market?.notice && i.market.notice.time <= tx.now)
    .map((i) => i.id)
    .sort();
  for (const id of due) {
    performInterruption(tx, id);
    n++;
  }
  return n;
}

// --- SDK shapes ---------------------------------------------------------------------------------------------

function toSdkRequest(r: SpotInstanceRequest) {
  const spec = specObject(r);
  const placementAz = spec.optObj('Placement')?.optStr('AvailabilityZone') ?? r.launchedAz;
  const subnetId = spec.optStr('SubnetId');
  const keyName = spec.optStr('KeyName');
  return {
    SpotInstanceRequestId: r.id,
    SpotPrice: r.maxPrice ?? formatPrice(onDemandRate(r.instanceType, r.region)),
    Type: r.type,
    State: r.state,
    Status: { Code: r.statusCode, Message: r.statusMessage, UpdateTime: isoAt(r.updateTime ?? r.createTime) },
    ...(r.instanceId ? { InstanceId: r.instanceId } : {}),
    LaunchSpecification: {
      ImageId: spec.optStr('ImageId'),
      InstanceType: r.instanceType,
      ...(subnetId ? { SubnetId: subnetId } : {}),
      ...(keyName ? { KeyName: keyName } : {}),
      ...(placementAz ? { Placement: { AvailabilityZone: placementAz } } : {}),
    },
    ...(r.launchedAz ? { LaunchedAvailabilityZone: r.launchedAz } : {}),
    CreateTime: isoAt(r.createTime),
    InstanceInterruptionBehavior: r.interruptionBehavior,
    ProductDescription: 'Linux/UNIX',
    ...sdkTags(r.tags),
  };
}

// --- actions --------------------------------------------------------------------------------------------------

function requestSpotInstances(tx: Tx, p: Params) {
  const maxPrice = readMaxPrice(p, 'SpotPrice');
  const count = p.optInt('InstanceCount', 1, 20) ?? 1;
  const type = p.optEnum('Type', ['one-time', 'persistent'] as const) ?? 'one-time';
  const behavior = p.optEnum('InstanceInterruptionBehavior', ['terminate', 'stop', 'hibernate'] as const) ?? 'terminate';
  const spec = p.obj('LaunchSpecification');
  const imageId = spec.str('ImageId');
  const instanceType = spec.optStr('InstanceType') ?? 'm1.small';
  if (!getInstanceType(instanceType)) return invalid('LaunchSpecification.InstanceType', instanceType);
  const image = tx.get('images', imageId);
  const tenancy = spec.optObj('Placement')?.optStr('Tenancy') ?? 'default';
  checkSpotSpec(
    { ...(maxPrice !== undefined ? { maxPrice } : {}), type, behavior },
    { instanceType, rootDeviceType: image?.rootDeviceType ?? 'ebs', tenancy },
  );
  const launchSpecification = copyMembers((name) => spec.peek(name), SPOT_LAUNCH_MEMBERS);
  launchSpecification.InstanceType = instanceType;
  const tags = p.tagsFor('spot-instances-request');
  const out: SpotInstanceRequest[] = [];
  for (let n = 0; n < count; n++) {
    const id = newSpotRequestId(tx);
    const request: SpotInstanceRequest = {
      ownerId: tx.account,
      region: tx.region,
      tags,
      id,
      instanceType,
      ...(maxPrice !== undefined ? { maxPrice } : {}),
      type,
      state: 'open',
      ...statusPatch(tx, 'pending-evaluation'),
      interruptionBehavior: behavior,
      launchSpecification,
      createTime: tx.now,
    };
    tx.put('spotRequests', id, request);
    tx.event({
      type: 'spot-request',
      message: `Spot request ${id} (${type}, ${instanceType}, max ${maxPrice ?? 'the On-Demand price'}) submitted.`,
      resourceId: id,
    });
    tryFulfil(tx, request, true);
    out.push(tx.get('spotRequests', id) ?? request);
  }
  return { SpotInstanceRequests: out.map(toSdkRequest) };
}

function cancelSpotInstanceRequests(tx: Tx, p: Params) {
  const requests = p.strList('SpotInstanceRequestIds').map((id) => mustFind(tx, 'spotRequests', id));
  const out = requests.map((r) => {
    if (r.state === 'open' || r.state === 'active' || r.state === 'disabled') {
      const instance = r.instanceId ? tx.get('instances', r.instanceId) : undefined;
      const running = instance && instance.state !== 'terminated' && r.state !== 'open';
      tx.update('spotRequests', r.id, {
        state: 'cancelled',
        ...statusPatch(tx, running ? 'request-canceled-and-instance-running' : 'canceled-before-fulfillment'),
      });
      tx.event({
        type: 'spot-request',
        message: running
          ? `Spot request ${r.id} cancelled. Its instance ${r.instanceId} keeps running: cancelling a request never terminates its instance.`
          : `Spot request ${r.id} cancelled before it was fulfilled.`,
        resourceId: r.id,
      });
    }
    return { SpotInstanceRequestId: r.id, State: tx.get('spotRequests', r.id)?.state ?? r.state };
  });
  return { CancelledSpotInstanceRequests: out };
}

function describeSpotInstanceRequests(tx: Tx, p: Params) {
  const ids = p.optStrList('SpotInstanceRequestIds');
  const requests = ids ? ids.map((id) => mustFind(tx, 'spotRequests', id)) : tx.visible('spotRequests');
  const filtered = applyFilters(requests, p, {
    'spot-instance-request-id': (r) => r.id,
    state: (r) => r.state,
    'status-code': (r) => r.statusCode,
    'instance-id': (r) => r.instanceId,
    type: (r) => r.type,
    'launched-availability-zone': (r) => r.launchedAz,
    'launch.instance-type': (r) => r.instanceType,
  });
  return { SpotInstanceRequests: filtered.map(toSdkRequest) };
}

function setSpotPrice(tx: Tx, p: Params) {
  const instanceType = p.str('InstanceType');
  if (!getInstanceType(instanceType)) return invalid('InstanceType', instanceType);
  const az = p.str('AvailabilityZone');
  const zones = (tx.base.regions[tx.region]?.zones ?? []).map((z) => z.ZoneName);
  if (!zones.includes(az)) return invalid('AvailabilityZone', az, `Zones in ${tx.region}: ${zones.join(', ')}.`);
  const raw = p.value('Price');
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (text === undefined) return invalid('Price', raw);
  const price = /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(price) || price <= 0) return invalid('Price', raw, 'It must be a positive price in USD per hour, e.g. 0.05.');
  const previous = spotPriceNow(tx, instanceType, az);
  tx.spotPrices = { ...tx.spotPrices, [spotKey(instanceType, az)]: text };
  const change: SpotPriceChange = { instanceType, az, price: text, time: tx.now };
  tx.billing = { ...tx.billing, spotPriceHistory: [...(tx.billing.spotPriceHistory ?? []), change] };
  tx.event({
    type: 'spot-price',
    message: `The Spot price of ${instanceType} in ${az} moved from ${previous} to ${price} USD/hour.`,
    data: { instanceType, az, from: previous, to: price },
  });

  const notices: { InstanceId: string; Action: string; Time: string }[] = [];
  const pool = tx
    .all('instances')
    .filter((i) => i.state === 'running' && i.market && !i.market.notice && i.instanceType === instanceType && i.az === az)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const i of pool) {
    const max = effectiveMaxPrice(i.market?.maxPrice, i.instanceType, i.region);
    if (price > max) notices.push(interrupt(tx, i, price, max));
  }
  const fulfilled = fulfilSpotRequests(tx, { instanceType, az });
  return {
    InstanceType: instanceType,
    AvailabilityZone: az,
    SpotPrice: formatPrice(price),
    PreviousSpotPrice: formatPrice(previous),
    InterruptionNotices: notices,
    Launched: fulfilled,
  };
}

export const SPOT_ACTIONS = defineActions([
  {
    type: 'ec2:RequestSpotInstances',
    summary: 'Ask for Spot Instances at a max price: launched now if the Spot price allows, else the request waits open.',
    run: requestSpotInstances,
  },
  {
    type: 'ec2:CancelSpotInstanceRequests',
    summary: 'Cancel Spot requests (their running instances keep running).',
    run: cancelSpotInstanceRequests,
  },
  {
    type: 'ec2:DescribeSpotInstanceRequests',
    summary: 'List Spot requests with their state and status code (fulfilled, price-too-low, marked-for-termination…).',
    run: describeSpotInstanceRequests,
    read: true,
  },
  {
    type: 'ec2:DescribeSpotPriceHistory',
    summary: 'Spot prices per instance type and AZ, newest first.',
    run: describeSpotPriceHistory,
    read: true,
  },
  {
    type: 'sim:SetSpotPrice',
    summary: 'Move the Spot price of a pool: instances whose max price is now too low get a 2-minute interruption notice.',
    run: setSpotPrice,
  },
]);

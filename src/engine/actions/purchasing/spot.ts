import { copyMembers, SPOT_LAUNCH_MEMBERS } from '../../request-bounds';
import { getInstanceType } from '../../catalog/instance-types';
import { formatPrice, spotKey, spotPriceNow } from '../../billing/market';
import { checkSpotSpec, effectiveMaxPrice, newSpotRequestId, readMaxPrice, statusPatch } from '../../billing/spot-rules';
import { mustFind } from '../../lookup';
import type { SpotInstanceRequest, SpotPriceChange } from '../../model/purchasing';
import { invalid, missing, type Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters, sdkPathAccessors, valuesAtPath } from '../../filters';
import { toSdkSpotRequest, type GroupNameOf } from '../../shapes/spot';
import { zoneIdOf } from '../../zone-param';
import { defineActions } from '../../action-def';
import { fulfilSpotRequests, tryFulfil } from '../hooks/spot-market';
import { interrupt } from '../hooks/spot-interruptions';
import { describeSpotPriceHistory } from './spot-price-history';

/**
 * Spot (rules 71–74): requests, the Spot price of each pool (instance type + AZ), interruptions with their
 * 2-minute notice, and persistent requests that relaunch or restart their instance when the price falls again.
 *
 * The price of a pool only moves with sim:SetSpotPrice. How EC2 then launches, restarts and interrupts instances
 * is in hooks/spot-market.ts and hooks/spot-interruptions.ts (the purchasing family acting on instances).
 */

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
  return { SpotInstanceRequests: out.map((r) => toSdkSpotRequest(r, groupNameOf(tx))) };
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
  const sdk = (r: SpotInstanceRequest) => toSdkSpotRequest(r, groupNameOf(tx));
  const filtered = applyFilters(requests, p, {
    'spot-instance-request-id': (r) => r.id,
    state: (r) => r.state,
    'status-code': (r) => r.statusCode,
    'status-message': (r) => r.statusMessage,
    'instance-id': (r) => r.instanceId,
    type: (r) => r.type,
    'launched-availability-zone': (r) => r.launchedAz,
    'launched-availability-zone-id': (r) => (r.launchedAz ? zoneIdOf(tx, r.region, r.launchedAz) : undefined),
    'launch.instance-type': (r) => r.instanceType,
    ...sdkPathAccessors(SPOT_FILTER_PATHS, sdk),
    'network-interface.private-ip-address': (r) => {
      const nics = valuesAtPath(sdk(r), 'launch-specification.network-interfaces.private-ip-address');
      return [...nics, ...valuesAtPath(sdk(r), 'launch-specification.network-interfaces.private-ip-addresses.private-ip-address')];
    },
  }, sdk);
  return { SpotInstanceRequests: filtered.map(sdk) };
}

/** Documented Spot filter names whose values sit at an SDK path the name does not spell. */
const SPOT_FILTER_PATHS: Record<string, string> = {
  'create-time': 'create-time',
  'product-description': 'product-description',
  'spot-price': 'spot-price',
  'launch.image-id': 'launch-specification.image-id',
  'launch.key-name': 'launch-specification.key-name',
  'launch.group-id': 'launch-specification.security-groups.group-id',
  'launch.group-name': 'launch-specification.security-groups.group-name',
  'launch.monitoring-enabled': 'launch-specification.monitoring.enabled',
  'launch.block-device-mapping.device-name': 'launch-specification.block-device-mappings.device-name',
  'launch.block-device-mapping.delete-on-termination': 'launch-specification.block-device-mappings.ebs.delete-on-termination',
  'launch.block-device-mapping.snapshot-id': 'launch-specification.block-device-mappings.ebs.snapshot-id',
  'launch.block-device-mapping.volume-size': 'launch-specification.block-device-mappings.ebs.volume-size',
  'launch.block-device-mapping.volume-type': 'launch-specification.block-device-mappings.ebs.volume-type',
  'network-interface.addresses.primary': 'launch-specification.network-interfaces.private-ip-addresses.primary',
  'network-interface.delete-on-termination': 'launch-specification.network-interfaces.delete-on-termination',
  'network-interface.description': 'launch-specification.network-interfaces.description',
  'network-interface.device-index': 'launch-specification.network-interfaces.device-index',
  'network-interface.group-id': 'launch-specification.network-interfaces.groups',
  'network-interface.network-interface-id': 'launch-specification.network-interfaces.network-interface-id',
  'network-interface.subnet-id': 'launch-specification.network-interfaces.subnet-id',
};

function groupNameOf(tx: Tx): GroupNameOf {
  return (id) => tx.get('securityGroups', id)?.name;
}

function setSpotPrice(tx: Tx, p: Params) {
  const instanceType = p.str('InstanceType');
  if (!getInstanceType(instanceType)) return invalid('InstanceType', instanceType);
  const az = p.str('AvailabilityZone');
  const zones = (tx.base.regions[tx.region]?.zones ?? []).map((z) => z.ZoneName);
  if (!zones.includes(az)) return invalid('AvailabilityZone', az, `Zones in ${tx.region}: ${zones.join(', ')}.`);
  const raw = p.value('Price');
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (raw === undefined || raw === null) return missing('Price');
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

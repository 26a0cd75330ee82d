import { copyMembers, SPOT_LAUNCH_MEMBERS } from '../../request-bounds';
import { requireCapacity } from '../../billing/capacity';
import { ec2Initiated, fulfillingRequest } from '../../billing/ec2-context';
import { spotPriceNow } from '../../billing/market';
import {
  checkSpotSpec,
  effectiveMaxPrice,
  marketOf,
  newSpotRequestId,
  priceTooLowMessage,
  readMaxPrice,
  statusPatch,
  type SpotSpec,
} from '../../billing/spot-rules';
import type { Instance, Placement, SpotMarket, StatusChecks } from '../../model/instances';
import type { SpotInstanceRequest } from '../../model/purchasing';
import type { Params } from '../../params';
import { Refusal, refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { chooseHost } from '../../billing/dedicated-hosts';
import { newPhysicalHostId } from '../../hardware';

/**
 * Purchasing and placement side of the instance lifecycle (owned by the purchasing family: Spot, Reserved
 * Instances, Dedicated Hosts, billing, status checks). The instance family calls these through ../lifecycle.ts.
 *
 * - Placement: tenancy `default`/`dedicated` instances get a simulated physical host id, a new one on every start
 *   (not on reboot); tenancy `host` instances run on a Dedicated Host, chosen by HostId or auto-placement, and come
 *   back to it after a stop when affinity is `host` (best effort when `default`).
 * - Spot: `InstanceMarketOptions { MarketType: 'spot' }` makes the instance a Spot Instance with its own Spot request.
 * - Status checks: a fresh start runs on healthy hardware with a freshly booted OS, so both checks are `ok`.
 */

const HEALTHY: StatusChecks = { system: 'ok', instance: 'ok' };

function readLaunchPlacement(instance: Instance, p: Params): Placement {
  const placement = p.optObj('Placement');
  const hostId = placement?.optStr('HostId');
  const tenancy =
    placement?.optEnum('Tenancy', ['default', 'dedicated', 'host'] as const) ?? (hostId ? 'host' : instance.placement.tenancy);
  const affinity = placement?.optEnum('Affinity', ['default', 'host'] as const);
  const groupName = placement?.optStr('GroupName') ?? instance.placement.groupName;
  if (affinity === 'host' && tenancy !== 'host') {
    refuse('placement.affinity-needs-host', `Affinity 'host' requires tenancy 'host', not '${tenancy}'.`, {
      scope: { kind: 'parameter', to: 'Placement.Affinity' },
    });
  }
  if (hostId && tenancy !== 'host') {
    refuse('placement.affinity-needs-host', `A HostId (${hostId}) requires tenancy 'host', not '${tenancy}'.`, {
      resources: [hostId],
      scope: { kind: 'parameter', to: 'Placement.Tenancy' },
    });
  }
  return {
    tenancy,
    ...(hostId ? { hostId } : {}),
    ...(tenancy === 'host' ? { affinity: affinity ?? 'default' } : {}),
    ...(groupName ? { groupName } : {}),
  };
}

function readSpotOptions(p: Params): SpotSpec | undefined {
  const market = p.optObj('InstanceMarketOptions');
  if (!market) return undefined;
  const type = market.optEnum('MarketType', ['spot', 'capacity-block'] as const);
  if (type !== 'spot') return undefined;
  const options = market.optObj('SpotOptions');
  const maxPrice = options ? readMaxPrice(options, 'MaxPrice') : undefined;
  return {
    ...(maxPrice !== undefined ? { maxPrice } : {}),
    type: options?.optEnum('SpotInstanceType', ['one-time', 'persistent'] as const) ?? 'one-time',
    behavior: options?.optEnum('InstanceInterruptionBehavior', ['terminate', 'stop', 'hibernate'] as const) ?? 'terminate',
  };
}

/** The RunInstances parameters a persistent request would relaunch with (one instance, same market options). */
function relaunchSpecification(p: Params): Record<string, unknown> {
  const copy = copyMembers((name) => p.peek(name), SPOT_LAUNCH_MEMBERS);
  copy.MinCount = 1;
  copy.MaxCount = 1;
  return copy;
}

/** The physical host a launch lands on: a Dedicated Host for tenancy `host` (recorded in `placement`), else a new one. */
function launchHost(tx: Tx, instance: Instance, p: Params, placement: Placement): string {
  if (placement.tenancy !== 'host') return newPhysicalHostId(tx);
  const credits = p.optObj('CreditSpecification')?.optStr('CpuCredits');
  if (credits === 'unlimited') {
    refuse('host.t3-unlimited', `CpuCredits 'unlimited' is not supported for instances on a Dedicated Host (${instance.instanceType}).`, {
      scope: { kind: 'parameter', to: 'CreditSpecification.CpuCredits' },
    });
  }
  const host = chooseHost(tx, {
    account: instance.ownerId,
    region: instance.region,
    az: instance.az,
    instanceType: instance.instanceType,
    ...(placement.hostId ? { hostId: placement.hostId } : {}),
    instanceId: instance.id,
  });
  placement.hostId = host.id;
  tx.event({
    type: 'placement',
    message: `${instance.id} runs on Dedicated Host ${host.id} (${host.az}), affinity ${placement.affinity ?? 'default'}.`,
    resourceId: instance.id,
    to: host.id,
  });
  return host.id;
}

/** The Spot request being fulfilled (RequestSpotInstances or a persistent relaunch) becomes active with this instance. */
function fulfilRequest(tx: Tx, instance: Instance, placement: Placement, request: SpotInstanceRequest): SpotMarket {
  checkSpotSpec(
    { ...(request.maxPrice ? { maxPrice: request.maxPrice } : {}), type: request.type, behavior: request.interruptionBehavior },
    { instanceType: instance.instanceType, rootDeviceType: instance.rootDeviceType, tenancy: placement.tenancy },
  );
  tx.update('spotRequests', request.id, {
    state: 'active',
    ...statusPatch(tx, 'fulfilled'),
    instanceId: instance.id,
    instanceType: instance.instanceType,
    launchedAz: instance.az,
    az: instance.az,
  });
  return marketOf(request);
}

/** RunInstances with `InstanceMarketOptions`: the Spot price must allow it; the launch gets its own fulfilled request. */
function launchSpot(tx: Tx, instance: Instance, p: Params, placement: Placement, spec: SpotSpec): SpotMarket {
  checkSpotSpec(spec, { instanceType: instance.instanceType, rootDeviceType: instance.rootDeviceType, tenancy: placement.tenancy });
  const spot = spotPriceNow(tx, instance.instanceType, instance.az);
  const max = effectiveMaxPrice(spec.maxPrice, instance.instanceType, instance.region);
  if (spot > max) {
    refuse('spot.max-price.too-low', priceTooLowMessage(max, spot), {
      scope: { kind: 'parameter', to: 'InstanceMarketOptions.SpotOptions.MaxPrice' },
      fix: `The Spot price of ${instance.instanceType} in ${instance.az} is ${spot} USD/hour: raise MaxPrice above it, or leave MaxPrice out.`,
    });
  }
  const id = newSpotRequestId(tx);
  const created: SpotInstanceRequest = {
    ownerId: instance.ownerId,
    region: instance.region,
    tags: [],
    id,
    instanceType: instance.instanceType,
    az: instance.az,
    ...(spec.maxPrice !== undefined ? { maxPrice: spec.maxPrice } : {}),
    type: spec.type,
    state: 'active',
    ...statusPatch(tx, 'fulfilled'),
    instanceId: instance.id,
    interruptionBehavior: spec.behavior,
    launchSpecification: relaunchSpecification(p),
    createTime: tx.now,
    launchedAz: instance.az,
  };
  tx.put('spotRequests', id, created);
  tx.event({
    type: 'spot-request',
    message: `Spot request ${id} (${spec.type}, max ${spec.maxPrice ?? 'the On-Demand price'}) fulfilled by ${instance.id} at the Spot price ${spot} USD/hour; on interruption it will ${spec.behavior}.`,
    resourceId: id,
  });
  return marketOf(created);
}

/** Apply `InstanceMarketOptions` and `Placement` (tenancy, host) of a launch and pick the physical host. */
export function launchPurchasing(tx: Tx, instance: Instance, p: Params): void {
  const placement = readLaunchPlacement(instance, p);
  const physicalHostId = launchHost(tx, instance, p, placement);
  const requestId = fulfillingRequest(tx);
  const request = requestId ? tx.get('spotRequests', requestId) : undefined;
  let market: SpotMarket | undefined;
  if (request) market = fulfilRequest(tx, instance, placement, request);
  else {
    const spec = readSpotOptions(p);
    if (spec) market = launchSpot(tx, instance, p, placement, spec);
  }
  tx.update('instances', instance.id, {
    placement,
    physicalHostId,
    status: { ...HEALTHY },
    ...(market ? { market } : {}),
  });
}

/** The instance stopped (by the user, by an alarm, or by a Spot interruption). */
export function purchasingOnStop(tx: Tx, instance: Instance): void {
  if (instance.market?.notice) {
    const { notice: _done, ...market } = instance.market;
    tx.update('instances', instance.id, { market });
  }
  const request = instance.market ? tx.get('spotRequests', instance.market.spotInstanceRequestId) : undefined;
  if (!request || request.instanceId !== instance.id) return;
  const why = ec2Initiated(tx, instance.id);
  if (why === 'price' || why === 'capacity') {
    tx.update('spotRequests', request.id, {
      state: request.state === 'cancelled' ? 'cancelled' : 'disabled',
      ...statusPatch(tx, why === 'price' ? 'instance-stopped-by-price' : 'instance-stopped-no-capacity'),
    });
  } else if (request.state !== 'cancelled') {
    tx.update('spotRequests', request.id, { state: 'disabled', ...statusPatch(tx, 'instance-stopped-by-user') });
  }
}

/** The instance is starting again: new hardware (unless host affinity pins it), healthy checks, Spot request back. */
export function purchasingOnStart(tx: Tx, instance: Instance): void {
  const request = instance.market ? tx.get('spotRequests', instance.market.spotInstanceRequestId) : undefined;
  if (request && request.instanceId === instance.id) {
    const interrupted = request.statusCode === 'instance-stopped-by-price' || request.statusCode === 'instance-stopped-no-capacity';
    if (interrupted && ec2Initiated(tx, instance.id) !== 'restart') {
      refuse('spot.start.interrupted', `Only Amazon EC2 can restart an interrupted stopped Spot Instance (${instance.id}).`, {
        resources: [instance.id, request.id],
        scope: { kind: 'state', from: request.statusCode },
      });
    }
  }
  // A start needs a free slot of hardware again (sim:SetCapacity), unless a zonal RI reserves one or it runs on a
  // Dedicated Host: this is why a stop/start can fail with InsufficientInstanceCapacity.
  if (instance.placement.tenancy !== 'host') {
    requireCapacity(
      tx,
      { instanceType: instance.instanceType, az: instance.az },
      { account: instance.ownerId, spot: instance.market !== undefined, count: 1, exceptId: instance.id, resources: [instance.id] },
    );
  }
  if (request && request.instanceId === instance.id && request.state !== 'cancelled') {
    tx.update('spotRequests', request.id, { state: 'active', ...statusPatch(tx, 'fulfilled') });
  }

  let physicalHostId: string;
  let placement = instance.placement;
  if (placement.tenancy === 'host') {
    const base = { account: instance.ownerId, region: instance.region, az: instance.az, instanceType: instance.instanceType, instanceId: instance.id };
    let host;
    if (placement.affinity === 'host' && placement.hostId) {
      host = chooseHost(tx, { ...base, hostId: placement.hostId });
    } else {
      const previous = placement.hostId ? tx.get('dedicatedHosts', placement.hostId) : undefined;
      const back = previous && previous.state === 'available' ? tryHost(tx, { ...base, hostId: previous.id }) : undefined;
      host = back ?? chooseHost(tx, base);
    }
    if (placement.hostId !== host.id) placement = { ...placement, hostId: host.id };
    physicalHostId = host.id;
    tx.event({
      type: 'placement',
      message:
        host.id === instance.placement.hostId
          ? `${instance.id} started again on Dedicated Host ${host.id}${placement.affinity === 'host' ? ' (affinity host)' : ''}.`
          : `${instance.id} started on Dedicated Host ${host.id} (it ran on ${instance.placement.hostId ?? 'another host'} before).`,
      resourceId: instance.id,
      to: host.id,
    });
  } else {
    physicalHostId = newPhysicalHostId(tx);
    tx.event({
      type: 'placement',
      message: `${instance.id} started on new hardware: physical host ${physicalHostId}${instance.physicalHostId ? ` (it ran on ${instance.physicalHostId} before)` : ''}.`,
      resourceId: instance.id,
      from: instance.physicalHostId,
      to: physicalHostId,
    });
  }
  tx.update('instances', instance.id, { placement, physicalHostId, status: { ...HEALTHY } });
}

function tryHost(tx: Tx, args: Parameters<typeof chooseHost>[1]) {
  try {
    return chooseHost(tx, args);
  } catch (thrown) {
    if (thrown instanceof Refusal) return undefined;
    throw thrown;
  }
}

/** A reboot keeps the host: an instance-check failure (the guest) clears, a system-check failure (the host) stays. */
export function purchasingOnReboot(tx: Tx, instance: Instance): void {
  if (instance.status.instance !== 'impaired') return;
  const { instanceCause: _c, instanceImpairedSince: _s, ...rest } = instance.status;
  tx.update('instances', instance.id, { status: { ...rest, instance: 'ok' } });
  tx.event({
    type: 'status-check',
    message: `The reboot of ${instance.id} cleared its failed instance status check (the OS booted again).`,
    resourceId: instance.id,
    from: 'impaired',
    to: 'ok',
  });
}

/** The instance terminated: close (one-time) or reopen (persistent) its Spot request. */
export function purchasingOnTerminate(tx: Tx, instance: Instance): void {
  if (!instance.market) return;
  const { notice: _done, ...market } = instance.market;
  tx.update('instances', instance.id, { market });
  const request = tx.get('spotRequests', instance.market.spotInstanceRequestId);
  if (!request || request.instanceId !== instance.id) return;
  const why = ec2Initiated(tx, instance.id);
  const code =
    why === 'price' ? 'instance-terminated-by-price' : why === 'capacity' ? 'instance-terminated-no-capacity' : 'instance-terminated-by-user';
  const state: SpotInstanceRequest['state'] =
    request.state === 'cancelled' ? 'cancelled' : request.type === 'persistent' ? 'open' : 'closed';
  tx.update('spotRequests', request.id, { state, ...statusPatch(tx, code) });
  if (state === 'open') {
    tx.event({
      type: 'spot-request',
      message: `Persistent Spot request ${request.id} is open again: EC2 will launch a new instance when the Spot price is at or below its max price.`,
      resourceId: request.id,
    });
  }
}

import { placeable, requireCapacity } from '../billing/capacity';
import { getInstanceType, type InstanceTypeInfo } from '../catalog/instance-types';
import type { Instance, MetadataOptions, Placement } from '../model/instances';
import type { Image } from '../model/storage';
import { attachEni } from '../net/eni-factory';
import { readNics } from '../net/launch-interface-request';
import { addressRoom, createLaunchInterfaces, planNics, type LaunchAttachment, type NicPlan } from '../net/launch-interfaces';
import { freeAddressCount } from '../net/private-ips';
import { assignDynamicIp } from '../net/public-ips';
import { invalid, missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { toSdkReservation } from '../shapes/instances';
import { decodeUserData } from '../user-data';
import { DEFAULT_METADATA_OPTIONS, readMetadataOptions } from '../metadata-options';
import { defineActions } from '../action-def';
import { withLaunchTemplate } from '../launch-requests';
import { requireZoneUp } from '../zone-failures';
import { launchKeyPair } from '../key-pair-lookup';
import { findLaunchableImage } from './hooks/storage-hooks';
import { onLaunch } from './hooks/lifecycle';
import { requireMatchingArchitecture } from '../instance-architecture';

/**
 * RunInstances: from a request (or a Spot launch specification) to running instances with their interfaces,
 * private/public addresses and storage. The interfaces are planned and created by net/launch-interfaces.ts (read by
 * net/launch-interface-request.ts), user data is decoded by user-data.ts, and the SDK `Instance` / `Reservation`
 * shapes every family reuses are in shapes/instances.ts.
 */

/** Read by network-interfaces.ts (CreateNetworkInterface takes the same address members). */

/** The lab caps one request; AWS's real limit is the account's vCPU quota. */
const MAX_PER_REQUEST = 100;
/** AWS's documented default when a request names no instance type. */
const DEFAULT_INSTANCE_TYPE = 'm1.small';

// --- instance types ----------------------------------------------------------------------------------------

export function launchableType(name: string): InstanceTypeInfo {
  const type = getInstanceType(name);
  if (!type) {
    return refuse('instance.type.unknown', `Invalid value '${name}' for InstanceType.`, {
      scope: { kind: 'parameter', to: 'InstanceType' },
    });
  }
  return type;
}

// --- the rest of the request ------------------------------------------------------------------------------

function readPlacement(p: Params): Placement {
  const placement = p.optObj('Placement');
  const tenancy = placement?.optEnum('Tenancy', ['default', 'dedicated', 'host'] as const) ?? 'default';
  const hostId = placement?.optStr('HostId');
  const affinity = placement?.optEnum('Affinity', ['default', 'host'] as const);
  const groupName = placement?.optStr('GroupName');
  return {
    tenancy,
    ...(hostId ? { hostId } : {}),
    ...(affinity ? { affinity } : {}),
    ...(groupName ? { groupName } : {}),
  };
}

function readProfile(tx: Tx, p: Params): Instance['iamInstanceProfile'] {
  const profile = p.optObj('IamInstanceProfile');
  if (!profile) return undefined;
  const arn = profile.optStr('Arn');
  const name = profile.optStr('Name');
  if (!arn && !name) return missing('IamInstanceProfile.Name');
  if (arn) {
    const match = /^arn:aws:iam::\d{12}:instance-profile\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
    if (!match?.[1]) return invalid('IamInstanceProfile.Arn', arn, 'It is not an instance profile ARN.');
    return { arn, roleName: match[1] };
  }
  return { arn: `arn:aws:iam::${tx.account}:instance-profile/${name}`, roleName: name ?? '' };
}


/** MinCount and MaxCount of the request: MinCount at most MaxCount, and within the lab's per-request cap. */
function readCounts(tx: Tx, p: Params): { minCount: number; maxCount: number } {
  const minCount = p.optInt('MinCount', 1) ?? 1;
  const maxCount = p.optInt('MaxCount', 1) ?? minCount;
  if (minCount > maxCount) invalid('MinCount', minCount, `MinCount (${minCount}) must not be greater than MaxCount (${maxCount}).`);
  if (minCount > MAX_PER_REQUEST) {
    refuse('instance.launch.limit', `You have requested more instances (${minCount}) than your current instance limit of ${MAX_PER_REQUEST} allows.`, {
      scope: { kind: 'quota', to: tx.region },
    });
  }
  return { minCount, maxCount };
}

/** Everything the request sets on each new instance, besides its interfaces. */
interface InstanceOptions {
  isSpot: boolean;
  disableApiTermination: boolean;
  disableApiStop: boolean;
  userData: string | undefined;
  metadataOptions: MetadataOptions;
  iamInstanceProfile: Instance['iamInstanceProfile'];
  shutdownBehavior: Instance['shutdownBehavior'];
  placement: Placement;
  monitoring: boolean;
  keyPair: ReturnType<typeof launchKeyPair> | undefined;
  ebsOptimized: boolean;
  hibernationConfigured: boolean;
}

/** Market, protection, user data, metadata options, profile, placement, monitoring, key pair and the rest, checked. */
function readInstanceOptions(tx: Tx, p: Params, image: Image, eth0: NicPlan): InstanceOptions {
  const market = p.optObj('InstanceMarketOptions');
  const isSpot = market?.optStr('MarketType') === 'spot';
  const disableApiTermination = p.optBool('DisableApiTermination') ?? false;
  const disableApiStop = p.optBool('DisableApiStop') ?? false;
  if (isSpot && disableApiTermination) {
    refuse('instance.protection.spot', `Modifying 'disableApiTermination' is not supported for spot instances.`, {
      scope: { kind: 'parameter', to: 'DisableApiTermination' },
    });
  }
  if (disableApiStop && (isSpot || image.rootDeviceType === 'instance-store')) {
    refuse(
      'instance.stop-protection.unsupported',
      isSpot
        ? `Modifying 'disableApiStop' is not supported for spot instances.`
        : `Stop protection is not supported for instance-store-backed AMI ${image.id}.`,
      { resources: [image.id], scope: { kind: 'parameter', to: 'DisableApiStop' } },
    );
  }
  const userDataText = p.optStr('UserData');
  const userData = userDataText !== undefined ? decodeUserData(userDataText) : undefined;
  const metadataOptions = readMetadataOptions(p.optObj('MetadataOptions'), DEFAULT_METADATA_OPTIONS);
  const iamInstanceProfile = readProfile(tx, p);
  const shutdownBehavior = p.optEnum('InstanceInitiatedShutdownBehavior', ['stop', 'terminate'] as const) ?? 'stop';
  const asked = readPlacement(p);
  // A VPC created with InstanceTenancy=dedicated runs every instance on single-tenant hardware.
  const dedicatedVpc = tx.get('vpcs', eth0.subnet.vpcId)?.instanceTenancy === 'dedicated';
  const placement: Placement = dedicatedVpc && asked.tenancy === 'default' ? { ...asked, tenancy: 'dedicated' } : asked;
  const monitoring = p.optObj('Monitoring')?.bool('Enabled', false) ?? false;
  // CPU credits are checked only where they change the answer (unlimited is refused on a Dedicated Host).
  if (p.optObj('CreditSpecification') && placement.tenancy !== 'host') {
    refuse('request.unsupported-member', 'The parameter CreditSpecification of ec2:RunInstances is not supported by the lab: it does not model the CPU credits of burstable instances.', {
      scope: { kind: 'parameter', to: 'CreditSpecification' },
    });
  }
  const keyName = p.optStr('KeyName');
  const keyPair = keyName !== undefined ? launchKeyPair(tx, keyName) : undefined;
  const ebsOptimized = p.optBool('EbsOptimized') ?? false;
  const hibernationConfigured = p.optObj('HibernationOptions')?.optBool('Configured') ?? false;
  return {
    isSpot,
    disableApiTermination,
    disableApiStop,
    userData,
    metadataOptions,
    iamInstanceProfile,
    shutdownBehavior,
    placement,
    monitoring,
    keyPair,
    ebsOptimized,
    hibernationConfigured,
  };
}

/** How many instances to launch, and what limits it: the subnets' free addresses, then the pool's capacity. */
interface LaunchCount {
  count: number;
  /** Instances the subnets' free addresses allow. */
  room: number;
  /** Instances the capacity pool (type + AZ) allows; Infinity on a Dedicated Host. */
  slots: number;
  az: string;
}

/**
 * Refuses when fewer than MinCount fit (rule 9: free addresses; then the capacity of the pool, sim:SetCapacity, where
 * zonal RIs keep their slots and Spot and On-Demand share the rest — instances on a Dedicated Host use the learner's
 * own host instead); otherwise as many as fit, up to MaxCount.
 */
function launchCount(tx: Tx, nics: NicPlan[], type: InstanceTypeInfo, options: InstanceOptions, counts: { minCount: number; maxCount: number }): LaunchCount {
  const eth0 = nics[0] as NicPlan;
  const { minCount, maxCount } = counts;
  const room = addressRoom(tx, nics);
  if (room.count < minCount) {
    const subnet = room.tightest ?? eth0.subnet;
    refuse('subnet.full', `There are not enough free addresses in subnet '${subnet.id}' to satisfy the requested number of instances.`, {
      resources: [subnet.id],
      scope: { kind: 'subnet', to: subnet.id },
      fix: `${subnet.id} (${subnet.cidr}) has ${freeAddressCount(tx, subnet)} free addresses; stopped instances keep theirs. Free some or use a bigger subnet.`,
    });
  }
  const { placement, isSpot } = options;
  const onHost = placement.tenancy === 'host' || placement.hostId !== undefined;
  const pool = { instanceType: type.name, az: eth0.subnet.az };
  const slots = onHost ? Infinity : placeable(tx, pool, { account: tx.account, spot: isSpot });
  if (slots < minCount) requireCapacity(tx, pool, { account: tx.account, spot: isSpot, count: minCount });
  const count = Math.min(maxCount, MAX_PER_REQUEST, room.count, slots);
  return { count, room: room.count, slots, az: pool.az };
}

/** What every instance of one launch shares. */
interface LaunchPlan {
  reservationId: string;
  eth0: NicPlan;
  type: InstanceTypeInfo;
  image: Image;
  options: InstanceOptions;
  publicIpOnLaunch: boolean;
}

/** The record of the `index`-th new instance of a launch, `running`. */
function newInstance(tx: Tx, p: Params, plan: LaunchPlan, id: string, index: number): Instance {
  const { eth0, type, image, options: o } = plan;
  return {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('instance'),
    id,
    reservationId: plan.reservationId,
    az: eth0.subnet.az,
    vpcId: eth0.subnet.vpcId,
    subnetId: eth0.subnet.id,
    instanceType: type.name,
    imageId: image.id,
    ...(o.keyPair ? { keyName: o.keyPair.name, sshPublicKey: o.keyPair.publicKey } : {}),
    state: 'running',
    stateTransitionReason: '',
    launchTime: tx.now,
    amiLaunchIndex: index,
    rootDeviceType: image.rootDeviceType,
    rootDeviceName: image.rootDeviceName,
    instanceStore: [],
    publicIpOnLaunch: plan.publicIpOnLaunch,
    ...(o.userData !== undefined ? { userData: o.userData } : {}),
    ...(o.iamInstanceProfile ? { iamInstanceProfile: o.iamInstanceProfile } : {}),
    disableApiTermination: o.disableApiTermination,
    disableApiStop: o.disableApiStop,
    shutdownBehavior: o.shutdownBehavior,
    metadataOptions: { ...o.metadataOptions },
    placement: { ...o.placement },
    physicalHostId: '',
    status: { system: 'ok', instance: 'ok' },
    ebsOptimized: o.ebsOptimized,
    hibernationConfigured: o.hibernationConfigured,
    ...(o.monitoring ? { monitoring: o.monitoring } : {}),
    lastStartTime: tx.now,
    recoveries: [],
  };
}

/** Store the new instance, attach its interfaces, give it its public IPv4 and storage, and tell its way to running. */
function startNewInstance(tx: Tx, p: Params, plan: LaunchPlan, instance: Instance, attachments: LaunchAttachment[]): void {
  const id = instance.id;
  tx.put('instances', id, instance);
  for (const a of attachments) attachEni(tx, a.eniId, id, a.deviceIndex, a.deleteOnTermination);
  tx.event({
    type: 'instance-state',
    message: `${id} (${plan.type.name}) is pending: EC2 places it on a host in ${instance.az}, subnet ${instance.subnetId}.`,
    resourceId: id,
    to: 'pending',
  });
  assignDynamicIp(tx, id);
  onLaunch(tx, instance, plan.image, p);
  tx.event({
    type: 'instance-state',
    message: `${id} is running.`,
    resourceId: id,
    from: 'pending',
    to: 'running',
  });
}

/** A notice when fewer than MaxCount were launched, naming what ran out. */
function narrateShortfall(tx: Tx, type: InstanceTypeInfo, counts: { minCount: number; maxCount: number }, launched: LaunchCount): void {
  const { minCount, maxCount } = counts;
  const { count, slots, room } = launched;
  if (count >= maxCount) return;
  const capacityShort = slots < Math.min(maxCount, MAX_PER_REQUEST, room);
  const why = capacityShort ? `that is all the ${type.name} capacity EC2 has left in ${launched.az}` : `that is all the subnet's free addresses allow`;
  tx.event({
    type: 'notice',
    message: `Only ${count} of the ${maxCount} requested instances were launched (MinCount ${minCount}): ${why}.`,
    ...(capacityShort ? { data: { rule: 'capacity.insufficient' } } : {}),
  });
}

export interface LaunchResult {
  reservationId: string;
  instances: Instance[];
  image: Image;
}

/**
 * Launch instances from a RunInstances request (or a Params built from a Spot launch specification): checks every
 * rule, creates the interfaces and addresses, leaves the instances `running` and calls the storage and purchasing
 * hooks. Refuses (throws) before anything is visible when a rule is broken.
 */
export function launchInstances(tx: Tx, p: Params): LaunchResult {
  const image = findLaunchableImage(tx, p.str('ImageId'));
  const type = launchableType(p.optStr('InstanceType') ?? DEFAULT_INSTANCE_TYPE);
  requireMatchingArchitecture(type, image);
  const counts = readCounts(tx, p);
  const requests = readNics(p, counts.maxCount);
  const nics = planNics(tx, p, requests, type, counts.maxCount);
  const eth0 = nics[0] as NicPlan;
  requireZoneUp(tx, eth0.subnet.az);
  const options = readInstanceOptions(tx, p, image, eth0);
  const launched = launchCount(tx, nics, type, options, counts);
  // Rule 28: a dynamic public IPv4 only for a single, newly created interface; the launch flag overrides the subnet.
  const publicIpOnLaunch = !eth0.existing && nics.length === 1 && (eth0.associatePublicIp ?? eth0.subnet.mapPublicIpOnLaunch);
  const plan: LaunchPlan = { reservationId: tx.id('r'), eth0, type, image, options, publicIpOnLaunch };
  const instances: Instance[] = [];
  for (let index = 0; index < launched.count; index++) {
    const id = tx.id('i');
    const attachments = createLaunchInterfaces(tx, p, nics, id);
    const instance = newInstance(tx, p, plan, id, index);
    startNewInstance(tx, p, plan, instance, attachments);
    instances.push(instance);
  }
  narrateShortfall(tx, type, counts, launched);
  return { reservationId: plan.reservationId, instances: instances.map((i) => tx.get('instances', i.id) ?? i), image };
}

/** ec2:RunInstances */
export function runInstances(tx: Tx, p: Params) {
  const { reservationId, instances } = launchInstances(tx, withLaunchTemplate(tx, p));
  return toSdkReservation(tx, reservationId, instances);
}

export const LAUNCH_ACTIONS = defineActions([
  {
    type: 'ec2:RunInstances',
    summary: 'Launch instances from an AMI into a subnet, with their network interfaces and addresses.',
    run: runInstances,
  },
]);

/**
 * The goal library: predicate builders over the world and the learner's history, each with the sentence the lab
 * panel shows. Goals are graded on meaning: any ids, any layout and any correct route pass. Pure.
 *
 * Two kinds of goal:
 * - state goals read the world as it is now (an instance in us-east-1b has an Elastic IP);
 * - history goals read what the learner saw happen (an attach refused because of the AZ), so they stay met even
 *   when later steps change the world.
 */
import { addressesOf, describe, elasticIpsOf, interfacesOf, primaryInterfaceOf, type World } from '../engine';
import type { Instance, InstanceStateName } from '../engine/model/instances';
import type { ElasticIp, NetworkInterface, RouteTable } from '../engine/model/network';
import type { Image, Snapshot, Volume } from '../engine/model/storage';
import type { BillingLine } from '../engine/model/purchasing';
import type { CollectionKey, ResourceOf } from '../engine/model/world';
import type { Goal, GoalContext } from './types';

// ── combinators ──────────────────────────────────────────────────────────────────────────────────

export function goal(label: string, test: (ctx: GoalContext) => boolean): Goal {
  return { label, test };
}

/** Met when every goal is met. */
export function allOf(label: string, ...goals: Goal[]): Goal {
  return goal(label, (ctx) => goals.every((g) => g.test(ctx)));
}

/** Met when at least one goal is met (several correct routes). */
export function anyOf(label: string, ...goals: Goal[]): Goal {
  return goal(label, (ctx) => goals.some((g) => g.test(ctx)));
}

/** The same goal with another sentence. */
export function relabel(label: string, g: Goal): Goal {
  return goal(label, g.test);
}

// ── world queries ────────────────────────────────────────────────────────────────────────────────

/** Elastic IPs associated with any interface of an instance. */
export function instanceElasticIps(world: World, instanceId: string): ElasticIp[] {
  return interfacesOf(world, instanceId).flatMap((eni) => elasticIpsOf(world, eni.id));
}

/** The public IPv4 of an interface's primary private IP: its Elastic IP, else its dynamic address. */
export function eniPublicIp(world: World, eni: NetworkInterface): string | undefined {
  return addressesOf(world, eni).publicIp;
}

/** The public IPv4 of an instance's eth0 primary private IP: its Elastic IP, else its dynamic address. */
export function instancePublicIp(world: World, instanceId: string): string | undefined {
  const eth0 = primaryInterfaceOf(world, instanceId);
  return eth0 ? eniPublicIp(world, eth0) : undefined;
}

/** Category of an instance type (`Memory Optimized`), as sim:ParseInstanceType explains it. */
export function categoryOf(world: World, instanceType: string): string | undefined {
  return describe(world, 'sim:ParseInstanceType', { InstanceType: instanceType })?.Category;
}

/** Whether the world's own account owns a resource. */
export function ownedBySelf(world: World, resource: { ownerId: string }): boolean {
  return resource.ownerId === world.account;
}

/** The route table a subnet uses: its explicit association, else its VPC's main table. */
export function routeTableOf(world: World, subnetId: string): RouteTable | undefined {
  const subnet = world.subnets.get(subnetId);
  if (!subnet) return undefined;
  const tables = world.routeTables.values().filter((t) => t.vpcId === subnet.vpcId);
  return tables.find((t) => t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.main);
}

/** Billing line of a resource (an instance, a reservation, a host), if it has accrued. */
export function billingLineOf(world: World, resourceId: string): BillingLine | undefined {
  return Object.values(world.billing.lines).find((line) => line.resourceId === resourceId);
}

// ── state goals ──────────────────────────────────────────────────────────────────────────────────

export interface InstanceWhere {
  region?: string;
  az?: string;
  state?: InstanceStateName | InstanceStateName[];
  type?: string;
  /** Category from the type name (`Memory Optimized`). */
  category?: string;
  hasElasticIp?: boolean;
  /** Has a public IPv4 on eth0 (dynamic or Elastic). */
  publicIp?: boolean;
  /** At least this many network interfaces attached. */
  enis?: number;
  tenancy?: 'default' | 'dedicated' | 'host';
  spot?: boolean;
  /** Launched from an AMI the learner's account owns (true) or from Amazon's (false). */
  fromOwnImage?: boolean;
  terminationProtection?: boolean;
  shutdownBehavior?: 'stop' | 'terminate';
  httpTokens?: 'optional' | 'required';
  hasUserData?: boolean;
  hasRole?: boolean;
  where?: (instance: Instance, world: World) => boolean;
}

function states(state: InstanceWhere['state']): InstanceStateName[] | undefined {
  if (state === undefined) return undefined;
  return Array.isArray(state) ? state : [state];
}

/** Instances that match every condition given. */
export function instancesWhere(world: World, where: InstanceWhere): Instance[] {
  const wanted = states(where.state);
  return world.instances.values().filter((i) => {
    if (where.region !== undefined && i.region !== where.region) return false;
    if (where.az !== undefined && i.az !== where.az) return false;
    if (wanted && !wanted.includes(i.state)) return false;
    if (where.type !== undefined && i.instanceType !== where.type) return false;
    if (where.category !== undefined && categoryOf(world, i.instanceType) !== where.category) return false;
    if (where.hasElasticIp !== undefined && (instanceElasticIps(world, i.id).length > 0) !== where.hasElasticIp) return false;
    if (where.publicIp !== undefined && (instancePublicIp(world, i.id) !== undefined) !== where.publicIp) return false;
    if (where.enis !== undefined && interfacesOf(world, i.id).length < where.enis) return false;
    if (where.tenancy !== undefined && i.placement.tenancy !== where.tenancy) return false;
    if (where.spot !== undefined && (i.market !== undefined) !== where.spot) return false;
    if (where.fromOwnImage !== undefined) {
      const image = world.images.get(i.imageId);
      if (!image || ownedBySelf(world, image) !== where.fromOwnImage) return false;
    }
    if (where.terminationProtection !== undefined && i.disableApiTermination !== where.terminationProtection) return false;
    if (where.shutdownBehavior !== undefined && i.shutdownBehavior !== where.shutdownBehavior) return false;
    if (where.httpTokens !== undefined && i.metadataOptions.HttpTokens !== where.httpTokens) return false;
    if (where.hasUserData !== undefined && (i.userData !== undefined && i.userData !== '') !== where.hasUserData) return false;
    if (where.hasRole !== undefined && (i.iamInstanceProfile !== undefined) !== where.hasRole) return false;
    if (where.where && !where.where(i, world)) return false;
    return true;
  });
}

/** "An instance in us-east-1b has an Elastic IP" from the conditions given. */
export function describeInstanceWhere(where: InstanceWhere, count = 1): string {
  const adjectives = [where.spot ? 'Spot' : '', where.type ?? '', where.category ?? ''].filter(Boolean).join(' ');
  const head = adjectives ? `${adjectives} ` : '';
  const noun =
    count > 1 ? `${count} ${head}instances` : `${/^[aeiou]/i.test(head || 'instance') ? 'An' : 'A'} ${head}instance`;
  const place: string[] = [];
  if (where.az) place.push(`in ${where.az}`);
  else if (where.region) place.push(`in ${where.region}`);
  if (where.tenancy === 'host') place.push('on a Dedicated Host');
  if (where.tenancy === 'dedicated') place.push('with dedicated tenancy');
  if (where.fromOwnImage === true) place.push('launched from your own AMI');
  if (where.fromOwnImage === false) place.push("launched from Amazon's AMI");
  const wanted = states(where.state);
  const facts: [string, string][] = [];
  if (wanted) facts.push(['is', wanted.join(' or ')]);
  if (where.hasElasticIp !== undefined) facts.push(['has', where.hasElasticIp ? 'an Elastic IP' : 'no Elastic IP']);
  if (where.publicIp !== undefined) facts.push(['has', where.publicIp ? 'a public IPv4 address' : 'no public IPv4 address']);
  if (where.enis !== undefined) facts.push(['has', `at least ${where.enis} network interfaces`]);
  if (where.terminationProtection !== undefined)
    facts.push(['has', `termination protection ${where.terminationProtection ? 'on' : 'off'}`]);
  if (where.shutdownBehavior) facts.push(['has', `shutdown behaviour '${where.shutdownBehavior}'`]);
  if (where.httpTokens) facts.push(['has', `IMDSv2 tokens ${where.httpTokens}`]);
  if (where.hasUserData !== undefined) facts.push(['has', where.hasUserData ? 'user data' : 'no user data']);
  if (where.hasRole !== undefined) facts.push(['has', where.hasRole ? 'an IAM role' : 'no IAM role']);
  const plural = (verb: string) => (count > 1 ? (verb === 'is' ? 'are' : 'have') : verb);
  const said = facts.map(([verb, what]) => `${plural(verb)} ${what}`).join(' and ');
  return [noun, ...place, said].filter(Boolean).join(' ');
}

/** At least `count` instances (default 1) match. */
export function instanceWith(where: InstanceWhere, options: { count?: number; label?: string } = {}): Goal {
  const count = options.count ?? 1;
  return goal(options.label ?? describeInstanceWhere(where, count), ({ world }) => instancesWhere(world, where).length >= count);
}

export interface EniWhere {
  az?: string;
  attached?: boolean;
  /** Device index when attached (0 = primary). */
  deviceIndex?: number;
  sourceDestCheck?: boolean;
  /** At least this many private IPv4 addresses. */
  privateIps?: number;
  where?: (eni: NetworkInterface, world: World) => boolean;
}

export function enisWhere(world: World, where: EniWhere): NetworkInterface[] {
  return world.networkInterfaces.values().filter((eni) => {
    if (where.az !== undefined && eni.az !== where.az) return false;
    if (where.attached !== undefined && (eni.attachment !== undefined) !== where.attached) return false;
    if (where.deviceIndex !== undefined && eni.attachment?.deviceIndex !== where.deviceIndex) return false;
    if (where.sourceDestCheck !== undefined && eni.sourceDestCheck !== where.sourceDestCheck) return false;
    if (where.privateIps !== undefined && eni.privateIps.length < where.privateIps) return false;
    if (where.where && !where.where(eni, world)) return false;
    return true;
  });
}

export function eniWith(where: EniWhere, label: string): Goal {
  return goal(label, ({ world }) => enisWhere(world, where).length > 0);
}

export interface VolumeWhere {
  az?: string;
  attached?: boolean;
  /** The root volume of its instance (true) or a data volume (false). */
  root?: boolean;
  /** Created from a snapshot the learner's account owns. */
  fromOwnSnapshot?: boolean;
  encrypted?: boolean;
  where?: (volume: Volume, world: World) => boolean;
}

function isRoot(world: World, volume: Volume): boolean {
  if (!volume.attachment) return false;
  return world.instances.get(volume.attachment.instanceId)?.rootDeviceName === volume.attachment.device;
}

export function volumesWhere(world: World, where: VolumeWhere): Volume[] {
  return world.volumes.values().filter((v) => {
    if (v.state === 'deleted' || v.state === 'deleting') return false;
    if (where.az !== undefined && v.az !== where.az) return false;
    if (where.attached !== undefined && (v.attachment !== undefined) !== where.attached) return false;
    if (where.root !== undefined && isRoot(world, v) !== where.root) return false;
    if (where.fromOwnSnapshot !== undefined) {
      const snapshot = v.snapshotId ? world.snapshots.get(v.snapshotId) : undefined;
      if ((snapshot !== undefined && ownedBySelf(world, snapshot)) !== where.fromOwnSnapshot) return false;
    }
    if (where.encrypted !== undefined && v.encrypted !== where.encrypted) return false;
    if (where.where && !where.where(v, world)) return false;
    return true;
  });
}

export function volumeWith(where: VolumeWhere, label: string): Goal {
  return goal(label, ({ world }) => volumesWhere(world, where).length > 0);
}

export interface SnapshotWhere {
  region?: string;
  ownedBySelf?: boolean;
  encrypted?: boolean;
  where?: (snapshot: Snapshot, world: World) => boolean;
}

export function snapshotsWhere(world: World, where: SnapshotWhere): Snapshot[] {
  return world.snapshots.values().filter((s) => {
    if (where.region !== undefined && s.region !== where.region) return false;
    if (where.ownedBySelf !== undefined && ownedBySelf(world, s) !== where.ownedBySelf) return false;
    if (where.encrypted !== undefined && s.encrypted !== where.encrypted) return false;
    if (where.where && !where.where(s, world)) return false;
    return true;
  });
}

export function snapshotWith(where: SnapshotWhere, label: string): Goal {
  return goal(label, ({ world }) => snapshotsWhere(world, where).length > 0);
}

export interface ImageWhere {
  region?: string;
  /** Account that owns the image; default: any. `'self'` is the learner's account. */
  owner?: string;
  /** All its EBS snapshots are encrypted (true) or none is (false). */
  encrypted?: boolean;
  public?: boolean;
  /** An account it is shared with. */
  sharedWith?: string;
  /** At least this many block device mappings with an EBS snapshot. */
  ebsMappings?: number;
  /** A copy (of an image from another region, or another account's image). */
  copied?: boolean;
  where?: (image: Image, world: World) => boolean;
}

function imageEncryption(image: Image): boolean[] {
  return image.blockDeviceMappings.flatMap((m) => (m.Ebs ? [m.Ebs.Encrypted] : []));
}

export function imagesWhere(world: World, where: ImageWhere): Image[] {
  const owner = where.owner === 'self' ? world.account : where.owner;
  return world.images.values().filter((image) => {
    if (image.state === 'deregistered' || image.state === 'failed') return false;
    if (where.region !== undefined && image.region !== where.region) return false;
    if (owner !== undefined && image.ownerId !== owner) return false;
    if (where.encrypted !== undefined) {
      const flags = imageEncryption(image);
      if (flags.length === 0 || !flags.every((f) => f === where.encrypted)) return false;
    }
    if (where.public !== undefined && image.public !== where.public) return false;
    if (where.sharedWith !== undefined && !image.launchPermissions.includes(where.sharedWith)) return false;
    if (where.ebsMappings !== undefined && image.blockDeviceMappings.filter((m) => m.Ebs?.SnapshotId).length < where.ebsMappings)
      return false;
    if (where.copied !== undefined && (image.sourceImageId !== undefined) !== where.copied) return false;
    if (where.where && !where.where(image, world)) return false;
    return true;
  });
}

export function imageWith(where: ImageWhere, label: string): Goal {
  return goal(label, ({ world }) => imagesWhere(world, where).length > 0);
}

export interface ResourceCountOptions<K extends CollectionKey> {
  where?: (resource: ResourceOf<K>, world: World) => boolean;
  atLeast?: number;
  exactly?: number;
  label: string;
}

/** How many resources of a kind match: `resourceCount('addresses', { atLeast: 2, label })`. */
export function resourceCount<K extends CollectionKey>(kind: K, options: ResourceCountOptions<K>): Goal {
  return goal(options.label, ({ world }) => {
    const collection = world[kind] as unknown as { values(): readonly ResourceOf<K>[] };
    const n = collection.values().filter((r) => !options.where || options.where(r, world)).length;
    if (options.exactly !== undefined) return n === options.exactly;
    return n >= (options.atLeast ?? 1);
  });
}

export * from './goals-history';

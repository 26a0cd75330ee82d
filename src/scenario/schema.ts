/**
 * zod schemas of the scenario document: the wire document (version 1, after migration), each resource kind of the
 * world, and the world's top level. zod/mini keeps the lazily loaded scenario module small; `jitless` keeps it
 * working under a Content-Security-Policy without `unsafe-eval`.
 *
 * Objects are `looseObject`: fields the schema does not list are kept (the engine grows optional fields), and the
 * decoder keeps the validated original objects rather than zod's output, so key order survives (worlds serialise
 * byte for byte).
 */
import { z } from 'zod/mini';
import type { CollectionKey } from '../engine/model/world';
import { LIMITS } from './limits';
import {
  autoScalingGroupShape,
  launchTemplateShape,
  listenerShape,
  loadBalancerShape,
  scalingPolicyShape,
  targetGroupShape,
  zoneFailureShape,
} from './schema-scaling';

z.config({ jitless: true });

const str = z.string();
const bool = z.boolean();
const num = z.number();
const int = z.int();
const opt = <T extends z.ZodMiniType>(t: T) => z.optional(t);
const strs = z.array(str);

// ── resources ────────────────────────────────────────────────────────────────────────────────────────────────────

const tag = z.looseObject({ Key: str, Value: str });
const owned = { ownerId: str, region: str, tags: z.array(tag) };
const reason = z.looseObject({ Code: str, Message: str });

export const vpcShape = {
  ...owned,
  id: str,
  cidrBlocks: z.array(z.looseObject({ associationId: str, cidr: str })),
  ipv6CidrBlock: opt(str),
  isDefault: bool,
  enableDnsSupport: bool,
  enableDnsHostnames: bool,
  mainRouteTableId: str,
  defaultSecurityGroupId: str,
};

export const subnetShape = {
  ...owned,
  id: str,
  vpcId: str,
  az: str,
  cidr: str,
  ipv6Cidr: opt(str),
  mapPublicIpOnLaunch: bool,
  defaultForAz: bool,
};

export const internetGatewayShape = { ...owned, id: str, vpcId: opt(str) };

export const routeTableShape = {
  ...owned,
  id: str,
  vpcId: str,
  main: bool,
  routes: z.array(
    z.looseObject({
      destination: str,
      gatewayId: opt(str),
      networkInterfaceId: opt(str),
      instanceId: opt(str),
      origin: z.enum(['CreateRouteTable', 'CreateRoute']),
    }),
  ),
  subnetIds: strs,
};

export const securityGroupShape = { ...owned, id: str, vpcId: str, name: str, description: str };

export const networkInterfaceShape = {
  ...owned,
  id: str,
  vpcId: str,
  subnetId: str,
  az: str,
  mac: str,
  privateIps: z.array(z.looseObject({ address: str, primary: bool, publicIp: opt(str) })),
  ipv6: strs,
  groupIds: strs,
  sourceDestCheck: bool,
  description: str,
  attachment: opt(
    z.looseObject({ attachmentId: str, instanceId: str, deviceIndex: int, deleteOnTermination: bool, attachTime: num }),
  ),
  createdBy: z.enum(['launch', 'user']),
};

export const addressShape = {
  ...owned,
  allocationId: str,
  publicIp: str,
  domain: z.literal('vpc'),
  association: opt(z.looseObject({ associationId: str, networkInterfaceId: str, privateIp: str })),
  allocatedAt: num,
};

const statusValue = z.enum(['ok', 'impaired', 'initializing', 'insufficient-data', 'not-applicable']);
const spotBehavior = z.enum(['terminate', 'stop', 'hibernate']);

export const instanceShape = {
  ...owned,
  id: str,
  reservationId: str,
  az: str,
  vpcId: str,
  subnetId: str,
  instanceType: str,
  imageId: str,
  keyName: opt(str),
  sshPublicKey: opt(str),
  state: z.enum(['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated']),
  stateTransitionReason: str,
  stateReason: opt(reason),
  launchTime: num,
  amiLaunchIndex: int,
  rootDeviceType: z.enum(['ebs', 'instance-store']),
  rootDeviceName: str,
  instanceStore: z.array(z.looseObject({ deviceName: str, virtualName: str, sizeGiB: num })),
  publicIpOnLaunch: bool,
  userData: opt(str),
  iamInstanceProfile: opt(z.looseObject({ arn: str, roleName: str })),
  disableApiTermination: bool,
  disableApiStop: bool,
  shutdownBehavior: z.enum(['stop', 'terminate']),
  metadataOptions: z.looseObject({
    HttpTokens: z.enum(['optional', 'required']),
    HttpEndpoint: z.enum(['enabled', 'disabled']),
    HttpPutResponseHopLimit: int,
    HttpProtocolIpv6: z.enum(['enabled', 'disabled']),
    InstanceMetadataTags: z.enum(['enabled', 'disabled']),
    State: z.enum(['pending', 'applied']),
  }),
  placement: z.looseObject({
    tenancy: z.enum(['default', 'dedicated', 'host']),
    hostId: opt(str),
    affinity: opt(z.enum(['default', 'host'])),
    groupName: opt(str),
  }),
  physicalHostId: str,
  market: opt(
    z.looseObject({
      spotInstanceRequestId: str,
      maxPrice: opt(str),
      requestType: z.enum(['one-time', 'persistent']),
      interruptionBehavior: spotBehavior,
      notice: opt(z.looseObject({ action: spotBehavior, time: num })),
    }),
  ),
  status: z.looseObject({
    system: statusValue,
    instance: statusValue,
    systemCause: opt(z.enum(['power', 'network', 'host-software', 'host-hardware'])),
    instanceCause: opt(z.enum(['file-system', 'networking', 'kernel'])),
    impairedSince: opt(num),
    instanceImpairedSince: opt(num),
  }),
  ebsOptimized: bool,
  hibernationConfigured: bool,
  lastStartTime: opt(num),
  terminatedAt: opt(num),
  recoveries: z.array(num),
  autoRecovery: opt(z.enum(['default', 'disabled'])),
};

const volumeType = z.enum(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']);

export const volumeShape = {
  ...owned,
  id: str,
  az: str,
  sizeGiB: num,
  volumeType,
  iops: opt(num),
  throughput: opt(num),
  encrypted: bool,
  kmsKeyId: opt(str),
  snapshotId: opt(str),
  state: z.enum(['creating', 'available', 'in-use', 'deleting', 'deleted', 'error']),
  attachment: opt(z.looseObject({ instanceId: str, device: str, deleteOnTermination: bool, attachTime: num })),
  createTime: num,
};

export const snapshotShape = {
  ...owned,
  id: str,
  volumeId: str,
  volumeSizeGiB: num,
  encrypted: bool,
  kmsKeyId: opt(str),
  state: z.enum(['pending', 'completed', 'error']),
  startTime: num,
  description: str,
  sourceSnapshotId: opt(str),
  sourceRegion: opt(str),
  createVolumePermissions: strs,
  stateMessage: opt(str),
};

export const imageShape = {
  ...owned,
  id: str,
  name: str,
  description: str,
  state: z.enum(['pending', 'available', 'failed', 'deregistered']),
  public: bool,
  launchPermissions: strs,
  imageOwnerAlias: opt(z.literal('amazon')),
  rootDeviceType: z.enum(['ebs', 'instance-store']),
  rootDeviceName: str,
  blockDeviceMappings: z.array(
    z.looseObject({
      DeviceName: str,
      Ebs: opt(
        z.looseObject({
          SnapshotId: opt(str),
          VolumeSize: num,
          VolumeType: volumeType,
          DeleteOnTermination: bool,
          Encrypted: bool,
          KmsKeyId: opt(str),
        }),
      ),
      VirtualName: opt(str),
    }),
  ),
  architecture: z.enum(['x86_64', 'arm64']),
  platformDetails: str,
  creationDate: num,
  sourceInstanceId: opt(str),
  sourceImageId: opt(str),
  sourceRegion: opt(str),
  stateReason: opt(reason),
};

export const kmsKeyShape = {
  ...owned,
  id: str,
  arn: str,
  aliases: strs,
  keyManager: z.enum(['AWS', 'CUSTOMER']),
  description: str,
  enabled: bool,
  creationDate: num,
  keySpec: opt(str),
  ebsEncryptionByDefault: opt(bool),
};

export const spotRequestShape = {
  ...owned,
  id: str,
  instanceType: str,
  az: opt(str),
  maxPrice: opt(str),
  type: z.enum(['one-time', 'persistent']),
  state: z.enum(['open', 'active', 'closed', 'cancelled', 'failed', 'disabled']),
  statusCode: str,
  statusMessage: str,
  instanceId: opt(str),
  interruptionBehavior: spotBehavior,
  launchSpecification: z.record(str, z.unknown()),
  createTime: num,
  updateTime: opt(num),
  launchedAz: opt(str),
};

export const reservedInstanceShape = {
  ...owned,
  id: str,
  offeringId: str,
  instanceType: str,
  scope: z.enum(['Availability Zone', 'Region']),
  az: opt(str),
  instanceCount: int,
  start: num,
  durationSeconds: num,
  offeringType: z.enum(['No Upfront', 'Partial Upfront', 'All Upfront']),
  fixedPrice: num,
  usagePrice: num,
  productDescription: str,
  instanceTenancy: z.enum(['default', 'dedicated']),
  state: z.enum(['payment-pending', 'active', 'retired', 'queued']),
  offeringClass: opt(z.enum(['standard', 'convertible'])),
};

export const dedicatedHostShape = {
  ...owned,
  id: str,
  az: str,
  instanceType: opt(str),
  instanceFamily: opt(str),
  autoPlacement: z.enum(['on', 'off']),
  hostRecovery: z.enum(['on', 'off']),
  state: z.enum(['available', 'under-assessment', 'permanent-failure', 'released', 'released-permanent-failure', 'pending']),
  allocationTime: num,
  releaseTime: opt(num),
};

export const alarmShape = {
  ...owned,
  name: str,
  arn: str,
  namespace: str,
  metricName: str,
  dimensions: z.array(z.looseObject({ Name: str, Value: str })),
  statistic: str,
  period: num,
  evaluationPeriods: num,
  threshold: num,
  comparisonOperator: str,
  alarmActions: strs,
  okActions: strs,
  actionsEnabled: bool,
  state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
  stateReason: str,
  stateUpdatedAt: num,
  breachingFor: num,
};

export const keyPairShape = {
  ...owned,
  id: str,
  name: str,
  keyType: z.enum(['rsa', 'ed25519']),
  origin: z.enum(['created', 'imported']),
  fingerprint: str,
  publicKey: str,
  createTime: num,
};

export const clientKeyShape = { ...owned, id: str, name: str, publicKey: str };

export const securityGroupRuleShape = {
  ...owned,
  id: str,
  groupId: str,
  isEgress: bool,
  ipProtocol: str,
  fromPort: int,
  toPort: int,
  cidrIpv4: opt(str),
  cidrIpv6: opt(str),
  prefixListId: opt(str),
  referencedGroupId: opt(str),
  description: opt(str),
};

export const instanceConnectKeyShape = { ...owned, id: str, instanceId: str, osUser: str, publicKey: str, pushedAt: num };

/** The shape of each resource kind: one schema per field (validated field by field, see restore.ts). */
export const RESOURCE_SHAPES = {
  vpcs: vpcShape,
  subnets: subnetShape,
  internetGateways: internetGatewayShape,
  routeTables: routeTableShape,
  securityGroups: securityGroupShape,
  networkInterfaces: networkInterfaceShape,
  addresses: addressShape,
  instances: instanceShape,
  volumes: volumeShape,
  snapshots: snapshotShape,
  images: imageShape,
  kmsKeys: kmsKeyShape,
  spotRequests: spotRequestShape,
  reservedInstances: reservedInstanceShape,
  dedicatedHosts: dedicatedHostShape,
  alarms: alarmShape,
  keyPairs: keyPairShape,
  clientKeys: clientKeyShape,
  securityGroupRules: securityGroupRuleShape,
  instanceConnectKeys: instanceConnectKeyShape,
  loadBalancers: loadBalancerShape,
  targetGroups: targetGroupShape,
  listeners: listenerShape,
  launchTemplates: launchTemplateShape,
  autoScalingGroups: autoScalingGroupShape,
  scalingPolicies: scalingPolicyShape,
  zoneFailures: zoneFailureShape,
} satisfies Record<CollectionKey, Record<string, z.ZodMiniType>>;

/** Each resource kind as one zod object schema (unknown fields kept). Equivalent to checking RESOURCE_SHAPES field by field. */
export const RESOURCE_SCHEMAS = {
  vpcs: z.looseObject(vpcShape),
  subnets: z.looseObject(subnetShape),
  internetGateways: z.looseObject(internetGatewayShape),
  routeTables: z.looseObject(routeTableShape),
  securityGroups: z.looseObject(securityGroupShape),
  networkInterfaces: z.looseObject(networkInterfaceShape),
  addresses: z.looseObject(addressShape),
  instances: z.looseObject(instanceShape),
  volumes: z.looseObject(volumeShape),
  snapshots: z.looseObject(snapshotShape),
  images: z.looseObject(imageShape),
  kmsKeys: z.looseObject(kmsKeyShape),
  spotRequests: z.looseObject(spotRequestShape),
  reservedInstances: z.looseObject(reservedInstanceShape),
  dedicatedHosts: z.looseObject(dedicatedHostShape),
  alarms: z.looseObject(alarmShape),
  keyPairs: z.looseObject(keyPairShape),
  clientKeys: z.looseObject(clientKeyShape),
  securityGroupRules: z.looseObject(securityGroupRuleShape),
  instanceConnectKeys: z.looseObject(instanceConnectKeyShape),
  loadBalancers: z.looseObject(loadBalancerShape),
  targetGroups: z.looseObject(targetGroupShape),
  listeners: z.looseObject(listenerShape),
  launchTemplates: z.looseObject(launchTemplateShape),
  autoScalingGroups: z.looseObject(autoScalingGroupShape),
  scalingPolicies: z.looseObject(scalingPolicyShape),
  zoneFailures: z.looseObject(zoneFailureShape),
} satisfies Record<CollectionKey, z.ZodMiniType>;

/** Collections keyed by something other than `id`. */
export const KEY_FIELD: Partial<Record<CollectionKey, string>> = { addresses: 'allocationId', alarms: 'arn' };

// ── world top level ──────────────────────────────────────────────────────────────────────────────────────────────

const zone = z.looseObject({ ZoneName: str, ZoneId: str });

export const worldTopSchema = z.looseObject({
  format: z.literal('ec2-lab-world'),
  version: z.literal(1),
  account: z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit account id')),
  homeRegion: str,
  clock: num,
  rng: int,
  seed: int,
  regions: z.record(
    str,
    z.looseObject({ name: str, zones: z.array(zone), publicPools: z.array(z.tuple([num, num])) }),
  ),
  spotPrices: z.record(str, str),
  billing: z.looseObject({
    lines: z.record(str, z.looseObject({ key: str, kind: str, resourceId: str, region: str, amount: num, seconds: num })),
    total: num,
  }),
});

// ── the wire document (version 1) ────────────────────────────────────────────────────────────────────────────────

const jsonObject = z.record(str, z.unknown());
const int32 = z.int().check(z.gte(-2147483648), z.lte(2147483647));

export const wireStepSchema = z.strictObject({
  /** action type */
  t: z.string().check(z.minLength(1), z.maxLength(100)),
  /** params */
  p: opt(jsonObject),
  /** region */
  r: opt(z.string().check(z.maxLength(50))),
  /** account */
  a: opt(z.string().check(z.maxLength(50))),
  /** refusal code when recorded */
  x: opt(z.string().check(z.maxLength(100))),
  /** the presenter's note for the step (version 3) */
  n: opt(z.string().check(z.minLength(1), z.maxLength(LIMITS.maxStepNoteLength))),
  /** a chapter title starting at the step (version 3) */
  c: opt(z.string().check(z.minLength(1), z.maxLength(LIMITS.maxChapterLength))),
});

const deltaItem = z.looseObject({});
export const wireSnapshotSchema = z.strictObject({
  /** draws taken from the seed's generator (the world's `rng`) */
  k: z.int().check(z.gte(0), z.lte(0xffffffff)),
  /** the baseline is `createWorld({ seed, defaultVpc: true })` */
  dv: opt(z.literal(1)),
  /** top-level fields that differ from the baseline */
  v: opt(jsonObject),
  /** collections that differ from the baseline: items are baseline indices or deltas */
  c: opt(z.record(str, z.array(z.union([z.int().check(z.gte(0)), deltaItem])))),
  $d: opt(strs),
  $o: opt(strs),
});

const point = z.tuple([num, num]);

export const wireDocSchema = z.strictObject({
  format: z.literal('ec2-lab'),
  version: z.int(),
  title: opt(z.string().check(z.maxLength(LIMITS.maxTitleLength))),
  notes: opt(z.string().check(z.maxLength(LIMITS.maxNotesLength))),
  seed: opt(int32),
  dv: opt(z.literal(1)),
  snap: opt(wireSnapshotSchema),
  log: opt(z.array(wireStepSchema).check(z.maxLength(LIMITS.maxLogSteps))),
  layout: opt(z.strictObject({ p: opt(z.record(str, point)), lens: opt(z.enum(['network', 'physical'])) })),
  lab: opt(
    z.strictObject({
      id: z.string().check(z.maxLength(200)),
      step: opt(z.int().check(z.gte(0))),
      done: opt(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000))),
      refs: opt(z.record(str, str)),
    }),
  ),
  cam: opt(z.tuple([num, num, z.number().check(z.positive())])),
});

export type WireStep = z.infer<typeof wireStepSchema>;
export type WireSnapshot = z.infer<typeof wireSnapshotSchema>;
export type WireDoc = z.infer<typeof wireDocSchema>;

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

const UNITS: Record<string, string> = { string: ' characters', array: ' items', set: ' items' };

/** zod/mini carries no message texts (they would cost a locale bundle): say it from the issue's own fields. */
function explain(issue: Issue): string {
  const a = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : a(issue.expected ?? 'value')}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
    }
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${UNITS[issue.origin ?? ''] ?? ''}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${UNITS[issue.origin ?? ''] ?? ''}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys ?? []).length === 1 ? '' : 's'} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'not one of the allowed shapes';
    default:
      return issue.message;
  }
}

/** One line for the learner from the first zod issue (`path: what was expected`). */
export function describeIssues(error: { issues: readonly Issue[] }, nested = false): string {
  const first = error.issues[0];
  if (!first) return nested ? ': not the expected shape' : 'the document does not have the expected shape';
  const path = first.path.map(String).join('.');
  if (nested) return `${path ? `.${path}` : ''}: ${explain(first)}`;
  return path ? `${path}: ${explain(first)}` : explain(first);
}

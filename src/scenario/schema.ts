/**
 * zod schemas of the scenario document: the wire document (version 1, after migration), each resource kind of the
 * world, and the world's top level. zod/mini keeps the lazily loaded scenario module small; `jitless` keeps it
 * working under a Content-Security-Policy without `unsafe-eval` (set in schema-parts.ts). The shapes of each kind
 * live in schema-network.ts, schema-compute.ts and schema-scaling.ts; plain sentences from issues in schema-issues.ts.
 *
 * Objects are `looseObject`: fields the schema does not list are kept (the engine grows optional fields), and the
 * decoder keeps the validated original objects rather than zod's output, so key order survives (worlds serialise
 * byte for byte).
 */
import { z } from 'zod/mini';
import type { CollectionKey } from '../engine/model/world';
import { LIMITS } from './limits';
import {
  alarmShape,
  clientKeyShape,
  dedicatedHostShape,
  imageShape,
  instanceConnectEndpointShape,
  instanceConnectKeyShape,
  instanceShape,
  keyPairShape,
  kmsKeyShape,
  reservedInstanceShape,
  snapshotShape,
  spotRequestShape,
  volumeShape,
} from './schema-compute';
import {
  addressShape,
  internetGatewayShape,
  networkAclShape,
  networkInterfaceShape,
  routeTableShape,
  securityGroupRuleShape,
  securityGroupShape,
  subnetShape,
  vpcShape,
} from './schema-network';
import { str, num, int, opt, strs } from './schema-parts';
import {
  autoScalingGroupShape,
  launchTemplateShape,
  listenerShape,
  loadBalancerShape,
  scalingPolicyShape,
  targetGroupShape,
  zoneFailureShape,
} from './schema-scaling';

export { describeIssues } from './schema-issues';

/** The shape of each resource kind: one schema per field (validated field by field, see restore.ts). */
export const RESOURCE_SHAPES = {
  vpcs: vpcShape,
  subnets: subnetShape,
  internetGateways: internetGatewayShape,
  routeTables: routeTableShape,
  networkAcls: networkAclShape,
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
  instanceConnectEndpoints: instanceConnectEndpointShape,
} satisfies Record<CollectionKey, Record<string, z.ZodMiniType>>;

/** Each resource kind as one zod object schema (unknown fields kept). Equivalent to checking RESOURCE_SHAPES field by field. */
export const RESOURCE_SCHEMAS = {
  vpcs: z.looseObject(vpcShape),
  subnets: z.looseObject(subnetShape),
  internetGateways: z.looseObject(internetGatewayShape),
  routeTables: z.looseObject(routeTableShape),
  networkAcls: z.looseObject(networkAclShape),
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
  instanceConnectEndpoints: z.looseObject(instanceConnectEndpointShape),
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
  capacity: opt(z.record(str, num)),
  billing: z.looseObject({
    lines: z.record(str, z.looseObject({ key: str, kind: str, resourceId: str, region: str, amount: num, seconds: num })),
    total: num,
  }),
});

// ── the wire document (version 1) ────────────────────────────────────────────────────────────────────────────────

const jsonObject = z.record(str, z.unknown());
const int32 = z.int().check(z.gte(-2147483648), z.lte(2147483647));

const wireStepSchema = z.strictObject({
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
const wireSnapshotSchema = z.strictObject({
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

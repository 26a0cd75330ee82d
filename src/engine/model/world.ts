import type { RegionInfo } from './common';
import type { ElasticIp, InternetGateway, NetworkAcl, NetworkInterface, RouteTable, SecurityGroup, Subnet, Vpc } from './network';
import type { Instance } from './instances';
import type { Image, KmsKey, Snapshot, Volume } from './storage';
import type { BillingState, DedicatedHost, ReservedInstance, SpotInstanceRequest } from './purchasing';
import type { MetricAlarm } from './health';
import type { ClientKey, InstanceConnectEndpoint, InstanceConnectKey, KeyPair, SecurityGroupRule } from './access';
import type {
  AutoScalingGroup,
  LaunchTemplate,
  Listener,
  LoadBalancer,
  ScalingPolicy,
  TargetGroup,
  ZoneFailure,
} from './scaling';
import type { Collection } from '../collection';

/** What each id-keyed collection of the world holds. */
export interface Resources {
  vpcs: Vpc;
  subnets: Subnet;
  internetGateways: InternetGateway;
  routeTables: RouteTable;
  networkAcls: NetworkAcl;
  securityGroups: SecurityGroup;
  networkInterfaces: NetworkInterface;
  addresses: ElasticIp;
  instances: Instance;
  volumes: Volume;
  snapshots: Snapshot;
  images: Image;
  kmsKeys: KmsKey;
  spotRequests: SpotInstanceRequest;
  reservedInstances: ReservedInstance;
  dedicatedHosts: DedicatedHost;
  alarms: MetricAlarm;
  keyPairs: KeyPair;
  clientKeys: ClientKey;
  securityGroupRules: SecurityGroupRule;
  instanceConnectKeys: InstanceConnectKey;
  loadBalancers: LoadBalancer;
  targetGroups: TargetGroup;
  listeners: Listener;
  launchTemplates: LaunchTemplate;
  autoScalingGroups: AutoScalingGroup;
  scalingPolicies: ScalingPolicy;
  zoneFailures: ZoneFailure;
  instanceConnectEndpoints: InstanceConnectEndpoint;
}

export type Collections = { [K in keyof Resources]: Collection<Resources[K]> };

/**
 * The whole simulated AWS world. Immutable: `apply` returns a new world that shares every collection it did not
 * touch with the old one. Collections are persistent maps keyed by resource id (see ../collection.ts): an action
 * copies only the few nodes it touches, and JSON.stringify gives plain `{ id: resource }` objects.
 */
export interface World extends Collections {
  format: 'ec2-lab-world';
  version: 1;
  account: string;
  homeRegion: string;
  /** Logical clock, seconds since the lab began. Moved only by sim:AdvanceTime. */
  clock: number;
  /** Seeded generator state (ids, MACs, public IPs). */
  rng: number;
  seed: number;
  regions: Record<string, RegionInfo>;
  /** Spot price overrides (sim:SetSpotPrice), key `${instanceType}|${az}`, USD/hour as a string. */
  spotPrices: Record<string, string>;
  /**
   * On-Demand capacity limits (sim:SetCapacity), key `${instanceType}|${az}`: how many instances of that type not
   * covered by a zonal Reserved Instance may run in the AZ at once (all accounts, On-Demand and Spot). A missing key
   * means unlimited. sim:SetCapacity's `Available` is what is left now, stored as this ceiling.
   */
  capacity?: Record<string, number>;
  billing: BillingState;
}

/** Names of the id-keyed collections in the world. */
export type CollectionKey = keyof Resources;

export type ResourceOf<K extends CollectionKey> = Resources[K];

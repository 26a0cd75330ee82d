import type { RegionInfo } from './common';
import type { ElasticIp, InternetGateway, NetworkInterface, RouteTable, SecurityGroup, Subnet, Vpc } from './network';
import type { Instance } from './instances';
import type { Image, KmsKey, Snapshot, Volume } from './storage';
import type { BillingState, DedicatedHost, ReservedInstance, SpotInstanceRequest } from './purchasing';
import type { MetricAlarm } from './health';

/**
 * The whole simulated AWS world. Immutable: `apply` returns a new world that shares every collection it did not
 * touch with the old one. Collections are keyed by resource id.
 */
export interface World {
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
  vpcs: Record<string, Vpc>;
  subnets: Record<string, Subnet>;
  internetGateways: Record<string, InternetGateway>;
  routeTables: Record<string, RouteTable>;
  securityGroups: Record<string, SecurityGroup>;
  networkInterfaces: Record<string, NetworkInterface>;
  addresses: Record<string, ElasticIp>;
  instances: Record<string, Instance>;
  volumes: Record<string, Volume>;
  snapshots: Record<string, Snapshot>;
  images: Record<string, Image>;
  kmsKeys: Record<string, KmsKey>;
  spotRequests: Record<string, SpotInstanceRequest>;
  reservedInstances: Record<string, ReservedInstance>;
  dedicatedHosts: Record<string, DedicatedHost>;
  alarms: Record<string, MetricAlarm>;
  /** Spot price overrides (sim:SetSpotPrice), key `${instanceType}|${az}`, USD/hour as a string. */
  spotPrices: Record<string, string>;
  billing: BillingState;
}

/** Names of the id-keyed collections in the world. */
export type CollectionKey = {
  [K in keyof World]: World[K] extends Record<string, infer V> ? (V extends { ownerId: string } ? K : never) : never;
}[keyof World];

export type ResourceOf<K extends CollectionKey> = World[K][string];

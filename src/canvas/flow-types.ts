/**
 * The React Flow nodes the canvas draws, one kind per resource or group. Node data holds the resource object itself
 * (the world's collections are persistent, so an unchanged resource is the same object in the next world) plus the
 * few derived strings a card shows; nodes are rebuilt only when one of those changes.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Lens } from '../store/layout-slice';

export type { ElasticIp, InternetGateway, NetworkInterface, Subnet, Vpc } from '../engine/model/network';
export type { Instance } from '../engine/model/instances';
export type { Image, KmsKey, Snapshot, Volume } from '../engine/model/storage';
export type { DedicatedHost } from '../engine/model/purchasing';
import type { ElasticIp, InternetGateway, NetworkInterface, Subnet, Vpc } from '../engine/model/network';
import type { Instance } from '../engine/model/instances';
import type { Image, KmsKey, Snapshot, Volume } from '../engine/model/storage';
import type { DedicatedHost } from '../engine/model/purchasing';
import type { AutoScalingGroup, LoadBalancer, TargetGroup } from '../engine/model/scaling';

export type { Lens };
export type { AutoScalingGroup, LoadBalancer, TargetGroup };

export interface RegionNodeData extends Record<string, unknown> {
  name: string;
  zoneCount: number;
  empty: boolean;
  lens: Lens;
  home: boolean;
}

/** The shelf of regional things that live in no AZ: Elastic IPs, snapshots, AMIs, KMS keys, detached gateways. */
export interface ShelfNodeData extends Record<string, unknown> {
  region: string;
  count: number;
}

export interface VpcNodeData extends Record<string, unknown> {
  vpc: Vpc;
  name: string | undefined;
  /** How much of the header's right its internet gateway takes (canvas px), when it has one. */
  igwRoom?: number;
}

/** An Availability Zone's column inside one VPC. */
export interface ZoneColumnNodeData extends Record<string, unknown> {
  zoneName: string;
  vpcId: string;
  subnetCount: number;
}

/** An Availability Zone of the region (network lens: its EBS volumes; physical lens: its hosts and storage). */
export interface AzNodeData extends Record<string, unknown> {
  zoneName: string;
  zoneId: string;
  region: string;
  subnetCount: number;
  volumeCount: number;
  lens: Lens;
  /** The region has no VPC yet: the zone is drawn large, as on the first screen. */
  roomy: boolean;
  /** Network lens with VPCs: where the zone's detached volumes begin (below the VPCs crossing the column). */
  volumesTop?: number;
  /** Down in a failure drill (sim:FailAvailabilityZone) until restored. */
  failed?: boolean;
}

export interface SubnetNodeData extends Record<string, unknown> {
  subnet: Subnet;
  name: string | undefined;
  instanceCount: number;
  /** Nothing inside: no instance, no detached interface. */
  empty: boolean;
}

export interface InstanceNodeData extends Record<string, unknown> {
  instance: Instance;
  name: string | undefined;
  privateIp: string | undefined;
  publicIp: string | undefined;
  /** The public IPv4 is an Elastic IP (it survives stop/start). */
  elastic: boolean;
  lens: Lens;
  /** Status checks as `system:ok instance:ok ebs:ok` (see status-checks.ts). */
  checks: string;
}

export interface EniNodeData extends Record<string, unknown> {
  eni: NetworkInterface;
  privateIp: string | undefined;
  publicIp: string | undefined;
  elastic: boolean;
  /** eth<n> when attached. */
  deviceIndex: number | undefined;
}

export interface VolumeNodeData extends Record<string, unknown> {
  volume: Volume;
  /** Drawn as a chip on its instance (network lens) rather than a card. */
  chip: boolean;
}

export interface EipNodeData extends Record<string, unknown> {
  eip: ElasticIp;
  /** Instance (or else interface) it is associated with. */
  target: string | undefined;
}

export type ShelfItemKind = 'snapshot' | 'image' | 'kms' | 'igw';
export interface ShelfItemNodeData extends Record<string, unknown> {
  kind: ShelfItemKind;
  resource: Snapshot | Image | KmsKey | InternetGateway;
  title: string;
  detail: string;
}

export interface HostNodeData extends Record<string, unknown> {
  hostId: string;
  dedicated: DedicatedHost | undefined;
  instanceCount: number;
}

/** Physical lens: a group inside an AZ (its EBS storage, or its instances that are on no host now). */
export interface BayNodeData extends Record<string, unknown> {
  kind: 'ebs' | 'idle';
  zoneName: string;
  count: number;
}

/** A load balancer, drawn across the AZ columns it is enabled in (network lens). */
export interface LoadBalancerNodeData extends Record<string, unknown> {
  lb: LoadBalancer;
  /** `provisioning` until its nodes are up, then `active`. */
  state: string;
  /** Its listeners, one per line: `HTTP:80 → web-tg`. */
  listeners: string;
}

/** One registered target's health, as DescribeTargetHealth answers it. */
export interface TargetHealthLine {
  id: string;
  state: 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining';
  reason?: string;
  description?: string;
}

export interface TargetGroupNodeData extends Record<string, unknown> {
  tg: TargetGroup;
  /** Targets and their health as one string (see scaling-band.ts `healthKey`), so an unchanged card is not redrawn. */
  health: string;
  /** Load balancers that forward to it (names). */
  usedBy: string;
}

/** One part of an Auto Scaling group's outline: the group in one subnet (see layout/asg-outline.ts). */
export interface AutoScalingNodeData extends Record<string, unknown> {
  group: AutoScalingGroup;
  inService: number;
  /** The group's instances inside this part, and in the whole group. */
  here: number;
  total: number;
  /** This part's place among the group's parts (1-based), one per subnet. */
  part: number;
  parts: number;
}

export type RegionFlowNode = Node<RegionNodeData, 'region'>;
export type ShelfFlowNode = Node<ShelfNodeData, 'shelf'>;
export type VpcFlowNode = Node<VpcNodeData, 'vpc'>;
export type ZoneColumnFlowNode = Node<ZoneColumnNodeData, 'zoneColumn'>;
export type AzFlowNode = Node<AzNodeData, 'az'>;
export type SubnetFlowNode = Node<SubnetNodeData, 'subnet'>;
export type InstanceFlowNode = Node<InstanceNodeData, 'instance'>;
export type EniFlowNode = Node<EniNodeData, 'eni'>;
export type VolumeFlowNode = Node<VolumeNodeData, 'volume'>;
export type EipFlowNode = Node<EipNodeData, 'eip'>;
export type ShelfItemFlowNode = Node<ShelfItemNodeData, 'shelfItem'>;
export type HostFlowNode = Node<HostNodeData, 'host'>;
export type BayFlowNode = Node<BayNodeData, 'bay'>;
export type LoadBalancerFlowNode = Node<LoadBalancerNodeData, 'loadBalancer'>;
export type TargetGroupFlowNode = Node<TargetGroupNodeData, 'targetGroup'>;
export type AutoScalingFlowNode = Node<AutoScalingNodeData, 'autoScalingGroup'>;

export type LabFlowNode =
  | RegionFlowNode
  | ShelfFlowNode
  | VpcFlowNode
  | ZoneColumnFlowNode
  | AzFlowNode
  | SubnetFlowNode
  | InstanceFlowNode
  | EniFlowNode
  | VolumeFlowNode
  | EipFlowNode
  | ShelfItemFlowNode
  | HostFlowNode
  | BayFlowNode
  | LoadBalancerFlowNode
  | TargetGroupFlowNode
  | AutoScalingFlowNode;

export type LabNodeType = NonNullable<LabFlowNode['type']>;

export interface Flow {
  nodes: LabFlowNode[];
  edges: Edge[];
}

export { azNodeId, bayNodeId, hostNodeId, regionNodeId, shelfNodeId, zoneColumnNodeId } from '../view-model/node-ids';

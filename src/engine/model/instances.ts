import type { Owned } from './common';

export type InstanceStateName = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export const STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export interface MetadataOptions {
  HttpTokens: 'optional' | 'required';
  HttpEndpoint: 'enabled' | 'disabled';
  HttpPutResponseHopLimit: number;
  HttpProtocolIpv6: 'enabled' | 'disabled';
  InstanceMetadataTags: 'enabled' | 'disabled';
  State: 'pending' | 'applied';
}

export type StatusValue = 'ok' | 'impaired' | 'initializing' | 'insufficient-data' | 'not-applicable';

export interface StatusChecks {
  system: StatusValue;
  instance: StatusValue;
  systemCause?: 'power' | 'network' | 'host-software' | 'host-hardware';
  instanceCause?: 'file-system' | 'networking' | 'kernel';
  /** Logical time the current failure started (for alarms). */
  impairedSince?: number;
  /** Logical time the instance check started failing (the system one uses impairedSince). */
  instanceImpairedSince?: number;
}

export interface Placement {
  tenancy: 'default' | 'dedicated' | 'host';
  /** Dedicated Host the instance is pinned to (tenancy host). */
  hostId?: string;
  affinity?: 'default' | 'host';
  groupName?: string;
}

export interface SpotMarket {
  spotInstanceRequestId: string;
  maxPrice?: string;
  requestType: 'one-time' | 'persistent';
  interruptionBehavior: 'terminate' | 'stop' | 'hibernate';
  /** Set when EC2 has decided to interrupt: the instance action and when it happens (logical seconds). */
  notice?: { action: 'terminate' | 'stop' | 'hibernate'; time: number };
}

export interface InstanceStoreVolume {
  deviceName: string;
  virtualName: string;
  sizeGiB: number;
}

export interface Instance extends Owned {
  id: string;
  reservationId: string;
  az: string;
  vpcId: string;
  subnetId: string;
  instanceType: string;
  imageId: string;
  keyName?: string;
  /** Public key of the launch key pair, copied into the default user's authorized_keys at first boot (rule A4). */
  sshPublicKey?: string;
  state: InstanceStateName;
  stateTransitionReason: string;
  /** SDK `StateReason` of the last stop/termination (e.g. `Client.UserInitiatedShutdown`). */
  stateReason?: { Code: string; Message: string };
  launchTime: number;
  amiLaunchIndex: number;
  rootDeviceType: 'ebs' | 'instance-store';
  rootDeviceName: string;
  instanceStore: InstanceStoreVolume[];
  /** Whether this launch asked for (or the subnet gave) a dynamic public IPv4 on eth0. */
  publicIpOnLaunch: boolean;
  userData?: string;
  iamInstanceProfile?: { arn: string; roleName: string };
  disableApiTermination: boolean;
  disableApiStop: boolean;
  shutdownBehavior: 'stop' | 'terminate';
  metadataOptions: MetadataOptions;
  placement: Placement;
  /** Physical EC2 host the instance runs on now (sim:HostOf); kept while stopped for affinity. */
  physicalHostId: string;
  market?: SpotMarket;
  status: StatusChecks;
  ebsOptimized: boolean;
  hibernationConfigured: boolean;
  /** RunInstances Monitoring.Enabled: detailed (1-minute) CloudWatch monitoring. */
  monitoring?: boolean;
  /** Logical time of the last start (billing, uptime). */
  lastStartTime?: number;
  /** Logical time it was terminated (stays visible for about an hour). */
  terminatedAt?: number;
  /** The address a client reached it at (public IPv4, else primary private IPv4) when it was terminated. */
  lastAddress?: string;
  /** Number of auto-recoveries in the current logical day window. */
  recoveries: number[];
  /**
   * Simplified automatic recovery (ec2:ModifyInstanceMaintenanceOptions `AutoRecovery`). The lab leaves it off until
   * set to 'default', so that a failed system check stays visible until the learner acts (see actions/status-checks.ts).
   */
  autoRecovery?: 'default' | 'disabled';
}

import type { Owned } from './common';

export interface SpotInstanceRequest extends Owned {
  id: string;
  instanceType: string;
  az?: string;
  maxPrice?: string;
  type: 'one-time' | 'persistent';
  state: 'open' | 'active' | 'closed' | 'cancelled' | 'failed' | 'disabled';
  statusCode: string;
  statusMessage: string;
  instanceId?: string;
  interruptionBehavior: 'terminate' | 'stop' | 'hibernate';
  /** Launch specification kept so a persistent request can relaunch. */
  launchSpecification: Record<string, unknown>;
  createTime: number;
  /** Logical time of the last state/status change. */
  updateTime?: number;
  /** AZ the request's instance was launched in. */
  launchedAz?: string;
}

export interface ReservedInstance extends Owned {
  id: string;
  offeringId: string;
  instanceType: string;
  scope: 'Availability Zone' | 'Region';
  az?: string;
  instanceCount: number;
  start: number;
  durationSeconds: number;
  offeringType: 'No Upfront' | 'Partial Upfront' | 'All Upfront';
  fixedPrice: number;
  usagePrice: number;
  productDescription: string;
  instanceTenancy: 'default' | 'dedicated';
  state: 'payment-pending' | 'active' | 'retired' | 'queued';
  /** 'standard' unless bought from a convertible offering. */
  offeringClass?: 'standard' | 'convertible';
}

export interface DedicatedHost extends Owned {
  id: string;
  az: string;
  instanceType?: string;
  instanceFamily?: string;
  autoPlacement: 'on' | 'off';
  hostRecovery: 'on' | 'off';
  state: 'available' | 'under-assessment' | 'permanent-failure' | 'released' | 'released-permanent-failure' | 'pending';
  allocationTime: number;
  releaseTime?: number;
}

/** Money accrued so far, in USD, keyed by what it is for. The bill only ever grows. */
export interface BillingLine {
  key: string;
  /** `software`: the AWS Marketplace charge of an instance launched from an AMI with a product code. */
  kind: 'instance' | 'software' | 'reservation' | 'dedicated-host' | 'dedicated-region-fee' | 'elastic-ip' | 'ebs' | 'snapshot';
  resourceId: string;
  region: string;
  amount: number;
  seconds: number;
  /** Breakdown of instance seconds by what paid for them. */
  coveredBy?: Partial<Record<'on-demand' | 'spot' | 'zonal-ri' | 'regional-ri' | 'dedicated-host' | 'dedicated', number>>;
  lastRate?: number;
  lastOption?: string;
  lastReason?: string;
  /** Account the line is billed to. */
  ownerId?: string;
  /** Reservations that covered the instance in the last period (instance lines). */
  lastReservations?: string[];
  /** Share of the reservation used in the last period, 0–1 (reservation lines). */
  lastUtilization?: number;
  /** Instances the reservation covered in the last period (reservation lines). */
  lastCovered?: string[];
}

/** One change of a Spot pool's price (sim:SetSpotPrice), for DescribeSpotPriceHistory. */
export interface SpotPriceChange {
  instanceType: string;
  az: string;
  price: string;
  time: number;
}

export interface BillingState {
  lines: Record<string, BillingLine>;
  total: number;
  /** Spot price changes made with sim:SetSpotPrice, oldest first (kept with the bill: prices drive it). */
  spotPriceHistory?: SpotPriceChange[];
}

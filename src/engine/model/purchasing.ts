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
  kind: 'instance' | 'reservation' | 'dedicated-host' | 'dedicated-region-fee' | 'elastic-ip' | 'ebs' | 'snapshot';
  resourceId: string;
  region: string;
  amount: number;
  seconds: number;
  /** Breakdown of instance seconds by what paid for them. */
  coveredBy?: Partial<Record<'on-demand' | 'spot' | 'zonal-ri' | 'regional-ri' | 'dedicated-host' | 'dedicated', number>>;
  lastRate?: number;
  lastOption?: string;
  lastReason?: string;
}

export interface BillingState {
  lines: Record<string, BillingLine>;
  total: number;
}

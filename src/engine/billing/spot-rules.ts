import { getInstanceType } from '../catalog/instance-types';
import type { SpotMarket } from '../model/instances';
import type { SpotInstanceRequest } from '../model/purchasing';
import { invalid, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { formatPrice, onDemandRate, spotPriceNow } from './market';

/** Spot checks shared by RunInstances (InstanceMarketOptions) and RequestSpotInstances (rules 71–73). */

export type SpotType = 'one-time' | 'persistent';
export type InterruptionBehavior = 'terminate' | 'stop' | 'hibernate';

export interface SpotSpec {
  maxPrice?: string;
  type: SpotType;
  behavior: InterruptionBehavior;
}

/** The lowest max price AWS accepts is anything above USD 0.001. */
export const MIN_MAX_PRICE = 0.001;

/** Seconds between the interruption notice and the interruption itself. */
export const NOTICE_SECONDS = 120;

/** Read and check a max price (`SpotPrice` / `MaxPrice`): a decimal string above 0.001. */
export function readMaxPrice(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  const value = text !== undefined && /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (text === undefined || !Number.isFinite(value)) return invalid(name, raw, 'It must be a price in USD, e.g. 0.05.');
  if (value <= MIN_MAX_PRICE) {
    return refuse(
      'spot.max-price.minimum',
      `Invalid value '${text}' for ${name}. The maximum price must be more than USD ${MIN_MAX_PRICE}.`,
      { scope: { kind: 'parameter', to: name } },
    );
  }
  return text;
}

/** Checks that do not depend on the price: request type vs behaviour, root device, tenancy, Spot-capable type. */
export function checkSpotSpec(
  spec: SpotSpec,
  launch: { instanceType: string; rootDeviceType: 'ebs' | 'instance-store'; tenancy: string },
): void {
  if (spec.type === 'one-time' && spec.behavior !== 'terminate') {
    refuse(
      'spot.one-time.stop',
      `The request with type 'one-time' is not supported when instanceInterruptionBehavior is set to '${spec.behavior}'.`,
      { scope: { kind: 'parameter', to: 'InstanceInterruptionBehavior' } },
    );
  }
  if (spec.behavior !== 'terminate' && launch.rootDeviceType !== 'ebs') {
    refuse(
      'spot.stop.ebs-root',
      `InstanceInterruptionBehavior '${spec.behavior}' requires an EBS root volume; this launch has an instance-store root.`,
      { scope: { kind: 'parameter', to: 'InstanceInterruptionBehavior' } },
    );
  }
  if (launch.tenancy === 'host') {
    refuse('spot.host-tenancy', 'Spot Instances cannot be launched with tenancy host (Dedicated Hosts).', {
      scope: { kind: 'parameter', to: 'Placement.Tenancy' },
    });
  }
  if (getInstanceType(launch.instanceType)?.spotSupported === false) {
    refuse('spot.type-unsupported', `The instance type ${launch.instanceType} is not offered as Spot capacity.`, {
      scope: { kind: 'parameter', to: 'InstanceType' },
    });
  }
}

/** What the launch pays at most per hour: the max price, or the On-Demand price when none was given. */
export function effectiveMaxPrice(maxPrice: string | undefined, instanceType: string, region: string): number {
  return maxPrice !== undefined ? Number(maxPrice) : onDemandRate(instanceType, region);
}

/** The AWS message for a max price under the Spot price. */
export function priceTooLowMessage(max: number, spot: number): string {
  return `Your Spot request price of ${formatPrice(max).replace(/0+$/, '').replace(/\.$/, '')} is lower than the minimum required Spot request fulfillment price of ${formatPrice(spot).replace(/0+$/, '').replace(/\.$/, '')}.`;
}

/** Does the pool's price allow the launch now? */
export function priceAllows(tx: Tx, maxPrice: string | undefined, instanceType: string, az: string, region: string): boolean {
  return spotPriceNow(tx, instanceType, az) <= effectiveMaxPrice(maxPrice, instanceType, region);
}

export function marketOf(request: SpotInstanceRequest): SpotMarket {
  return {
    spotInstanceRequestId: request.id,
    ...(request.maxPrice !== undefined ? { maxPrice: request.maxPrice } : {}),
    requestType: request.type,
    interruptionBehavior: request.interruptionBehavior,
  };
}

/** Spot request ids look like `sir-a1b2c3d4`. */
export function newSpotRequestId(tx: Tx): string {
  return `sir-${tx.hex(8)}`;
}

export const STATUS_MESSAGES: Record<string, string> = {
  'pending-evaluation': 'Your Spot request has been submitted for review, and is pending evaluation.',
  'pending-fulfillment': 'Your Spot request is pending fulfillment.',
  fulfilled: 'Your spot request is fulfilled.',
  'price-too-low': 'Your Spot request price is lower than the minimum required Spot request fulfillment price.',
  'marked-for-termination': 'Your Spot Instance is marked for termination because the Spot price rose above your maximum price.',
  'marked-for-stop': 'Your Spot Instance is marked for stop because the Spot price rose above your maximum price.',
  'instance-terminated-by-price': 'Your Spot Instance was terminated because the Spot price rose above your maximum price.',
  'instance-stopped-by-price': 'Your Spot Instance was stopped because the Spot price rose above your maximum price.',
  'instance-terminated-by-user': 'Your Spot Instance was terminated by you.',
  'instance-stopped-by-user': 'Your Spot Instance was stopped by you.',
  'canceled-before-fulfillment': 'Your Spot request was canceled before it was fulfilled.',
  'request-canceled-and-instance-running': 'Your Spot request is canceled; its instance keeps running.',
  'bad-parameters': 'Your Spot request has invalid parameters and cannot be fulfilled.',
  'capacity-not-available': 'There is not enough capacity available for the instances that you requested.',
};

export function statusPatch(tx: Tx, code: string, message?: string): Pick<SpotInstanceRequest, 'statusCode' | 'statusMessage' | 'updateTime'> {
  return { statusCode: code, statusMessage: message ?? STATUS_MESSAGES[code] ?? code, updateTime: tx.now };
}

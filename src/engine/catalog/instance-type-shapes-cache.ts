import { toDescribeInstanceType } from './instance-type-shape';
import type { InstanceTypeInfo } from './instance-types';

/** DescribeInstanceTypes' SDK shape of a type, frozen all the way down. */
export type InstanceTypeShape = Readonly<ReturnType<typeof toDescribeInstanceType>>;

const SHAPES = new Map<string, InstanceTypeShape>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The shape of a type, built on first use and shared afterwards (a pure function of the type, so memoising it
 * changes no answer). Frozen: a caller that tried to edit an answer would throw instead of changing the next one.
 */
export function describeShape(info: InstanceTypeInfo): InstanceTypeShape {
  let shape = SHAPES.get(info.name);
  if (!shape) {
    shape = deepFreeze(toDescribeInstanceType(info));
    SHAPES.set(info.name, shape);
  }
  return shape;
}

import { _InstanceType } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { PACKED_INSTANCE_TYPE_NAMES } from './instance-type-list';
import { isListedInstanceType, listedInstanceTypeNames } from './instance-type-derive';
import { instanceTypeNames } from './instance-types';

/** The packing scripts/instance-type-list.mjs writes: families sorted, each with its sizes sorted. */
function pack(names: string[]): string {
  const families = new Map<string, string[]>();
  for (const name of names) {
    const dot = name.indexOf('.');
    families.set(name.slice(0, dot), [...(families.get(name.slice(0, dot)) ?? []), name.slice(dot + 1)]);
  }
  return [...families.keys()]
    .sort()
    .map((family) => `${family}:${(families.get(family) ?? []).sort().join(',')}`)
    .join(';');
}

describe('the generated instance type list', () => {
  it('is exactly the SDK InstanceType enum (run `node scripts/instance-type-list.mjs` after an SDK upgrade)', () => {
    const sdk = Object.values(_InstanceType);
    expect(PACKED_INSTANCE_TYPE_NAMES).toBe(pack(sdk));
    expect(new Set(listedInstanceTypeNames())).toEqual(new Set(sdk));
    expect(listedInstanceTypeNames()).toHaveLength(sdk.length);
  });

  it('holds every type of the catalogue with AWS numbers', () => {
    for (const name of instanceTypeNames()) expect(isListedInstanceType(name), name).toBe(true);
  });

  it('refuses what the API does not list, however it is spelled', () => {
    for (const name of ['t3.enormous', 'M5.LARGE', ' m5.large', 'm5.constructor', '__proto__', 'toString', 'm5', '']) {
      expect(isListedInstanceType(name), name).toBe(false);
    }
  });
});

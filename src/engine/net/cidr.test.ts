import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrContainsIp,
  cidrsOverlap,
  firstFreeAddress,
  fromInt,
  isReserved,
  parseCidr,
  reservedAddresses,
  toInt,
  usableCount,
  vpcResolverAddress,
} from './cidr';

describe('cidr', () => {
  it('canonicalises a CIDR to its network address', () => {
    expect(parseCidr('100.68.0.18/18')?.text).toBe('100.68.0.0/18');
    expect(parseCidr('10.16.0.0/16')?.prefix).toBe(16);
  });

  it('rejects text that is not a CIDR', () => {
    for (const bad of ['10.16.0.0', '10.16.0.0/33', '300.1.1.1/16', 'banana', '10.16/16', '']) {
      expect(parseCidr(bad)).toBeUndefined();
    }
  });

  it('knows containment and overlap', () => {
    const vpc = parseCidr('10.16.0.0/16')!;
    const a = parseCidr('10.16.0.0/20')!;
    const b = parseCidr('10.16.8.0/24')!;
    const c = parseCidr('10.17.0.0/24')!;
    expect(cidrContains(vpc, a)).toBe(true);
    expect(cidrContains(vpc, c)).toBe(false);
    expect(cidrsOverlap(a, b)).toBe(true);
    expect(cidrsOverlap(a, c)).toBe(false);
    expect(cidrContainsIp(a, '10.16.15.255')).toBe(true);
    expect(cidrContainsIp(a, '10.16.16.0')).toBe(false);
  });

  it('reserves five addresses and counts the rest', () => {
    const s = parseCidr('10.16.0.0/28')!;
    expect(reservedAddresses(s)).toEqual(['10.16.0.0', '10.16.0.1', '10.16.0.2', '10.16.0.3', '10.16.0.15']);
    expect(usableCount(s)).toBe(11);
    expect(isReserved(s, '10.16.0.3')).toBe(true);
    expect(isReserved(s, '10.16.0.4')).toBe(false);
    expect(firstFreeAddress(s, new Set(['10.16.0.4']))).toBe('10.16.0.5');
    const all = new Set(Array.from({ length: 11 }, (_, i) => `10.16.0.${i + 4}`));
    expect(firstFreeAddress(s, all)).toBeUndefined();
  });

  it('puts the Amazon resolver at base + 2', () => {
    expect(vpcResolverAddress('10.16.0.0/16')).toBe('10.16.0.2');
  });
});

describe('toInt and fromInt', () => {
  it('read and write a dotted quad exactly, for strings and parsed addresses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        const text = fromInt(n);
        expect(toInt(text)).toBe(n);
        expect(toInt(ipaddr.IPv4.parse(text))).toBe(n);
      }),
      { numRuns: 2000 },
    );
    expect(toInt('10.0.1.4')).toBe(167772420);
    expect(toInt('255.255.255.255')).toBe(2 ** 32 - 1);
  });
});

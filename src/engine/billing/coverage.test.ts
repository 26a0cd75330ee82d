import { describe, expect, it } from 'vitest';
import { applyReservations, familyOf, sizeOf, type ReservationItem, type UsageItem } from './coverage';

const NF: Record<string, number> = { nano: 0.25, micro: 0.5, small: 1, medium: 2, large: 4, xlarge: 8, '2xlarge': 16 };

function use(id: string, type: string, az = 'us-east-1a', extra: Partial<UsageItem> = {}): UsageItem {
  return {
    id,
    account: '111122223333',
    region: 'us-east-1',
    az,
    instanceType: type,
    family: familyOf(type),
    units: NF[sizeOf(type)] ?? 0,
    tenancy: 'default',
    eligible: true,
    ...extra,
  };
}

function ri(id: string, type: string, count: number, az?: string, extra: Partial<ReservationItem> = {}): ReservationItem {
  return {
    id,
    account: '111122223333',
    region: 'us-east-1',
    ...(az ? { az } : {}),
    instanceType: type,
    family: familyOf(type),
    units: NF[sizeOf(type)] ?? 0,
    count,
    tenancy: 'default',
    sizeFlexible: !az,
    ...extra,
  };
}

describe('Reserved Instance coverage', () => {
  it('zonal RI covers only the exact type in the exact AZ', () => {
    const r = applyReservations(
      [use('i-1', 'm5.large', 'us-east-1a'), use('i-2', 'm5.large', 'us-east-1b'), use('i-3', 'm5.xlarge', 'us-east-1a')],
      [ri('ri-z', 'm5.large', 1, 'us-east-1a')],
    );
    expect(r.byInstance.get('i-1')).toEqual({ zonal: 1, regional: 0, by: [{ reservationId: 'ri-z', fraction: 1 }] });
    expect(r.byInstance.get('i-2')).toBeUndefined();
    expect(r.byInstance.get('i-3')).toBeUndefined();
    expect(r.utilization.get('ri-z')).toBe(1);
  });

  it('regional RI covers any AZ and is size-flexible: one m5.large covers 50 % of an m5.xlarge', () => {
    const r = applyReservations([use('i-1', 'm5.xlarge', 'us-east-1c')], [ri('ri-r', 'm5.large', 1)]);
    expect(r.byInstance.get('i-1')?.regional).toBeCloseTo(0.5);
    expect(r.byInstance.get('i-1')?.zonal).toBe(0);
    expect(r.utilization.get('ri-r')).toBeCloseTo(1);
  });

  it('one m5.xlarge regional RI covers two m5.large instances fully', () => {
    const r = applyReservations(
      [use('i-1', 'm5.large', 'us-east-1a'), use('i-2', 'm5.large', 'us-east-1b'), use('i-3', 'm5.large', 'us-east-1c')],
      [ri('ri-r', 'm5.xlarge', 1)],
    );
    expect(r.byInstance.get('i-1')?.regional).toBe(1);
    expect(r.byInstance.get('i-2')?.regional).toBe(1);
    expect(r.byInstance.get('i-3')).toBeUndefined();
  });

  it('size flexibility stays inside the family, the account and the Region', () => {
    const r = applyReservations(
      [use('i-1', 'c5.large'), use('i-2', 'm5.large', 'us-east-1a', { account: '444455556666' }), use('i-3', 'm5.large', 'us-west-2a', { region: 'us-west-2' })],
      [ri('ri-r', 'm5.large', 1)],
    );
    expect(r.byInstance.size).toBe(0);
    expect(r.utilization.get('ri-r')).toBe(0);
  });

  it('Spot, Dedicated Host and dedicated-tenancy usage is not covered by a default-tenancy RI', () => {
    const r = applyReservations(
      [
        use('i-1', 'm5.large', 'us-east-1a', { eligible: false }),
        use('i-2', 'm5.large', 'us-east-1a', { tenancy: 'host' }),
        use('i-3', 'm5.large', 'us-east-1a', { tenancy: 'dedicated' }),
      ],
      [ri('ri-z', 'm5.large', 3, 'us-east-1a'), ri('ri-r', 'm5.large', 3)],
    );
    expect(r.byInstance.size).toBe(0);
  });

  it('zonal RIs apply before regional ones; smallest instances first in a pool', () => {
    const r = applyReservations(
      [use('i-a', 'm5.2xlarge'), use('i-b', 'm5.large'), use('i-c', 'm5.large', 'us-east-1b')],
      [ri('ri-z', 'm5.large', 1, 'us-east-1b'), ri('ri-r', 'm5.xlarge', 1)],
    );
    expect(r.byInstance.get('i-c')?.zonal).toBe(1);
    expect(r.byInstance.get('i-b')?.regional).toBe(1);
    // 8 units - 4 for i-b = 4 left of the 16 an m5.2xlarge needs
    expect(r.byInstance.get('i-a')?.regional).toBeCloseTo(0.25);
  });

  it('a dedicated-tenancy regional RI is not size-flexible', () => {
    const r = applyReservations(
      [use('i-1', 'm5.large', 'us-east-1a', { tenancy: 'dedicated' }), use('i-2', 'm5.xlarge', 'us-east-1a', { tenancy: 'dedicated' })],
      [ri('ri-d', 'm5.large', 2, undefined, { tenancy: 'dedicated', sizeFlexible: false })],
    );
    expect(r.byInstance.get('i-1')?.regional).toBe(1);
    expect(r.byInstance.get('i-2')).toBeUndefined();
    expect(r.utilization.get('ri-d')).toBe(0.5);
  });
});

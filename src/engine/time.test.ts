import { describe, expect, it } from 'vitest';
import { awsTime, daysFromCivil, isoAt, LAB_EPOCH_DAYS } from './time';

describe('the lab calendar', () => {
  it('starts on 2025-01-01 and agrees with daysFromCivil', () => {
    expect(daysFromCivil(2025, 1, 1)).toBe(LAB_EPOCH_DAYS);
    expect(isoAt(0)).toBe('2025-01-01T00:00:00.000Z');
    expect(awsTime(5)).toBe('2025-01-01T00:00:05Z');
  });

  it('crosses month, leap day and year boundaries', () => {
    expect(isoAt(31 * 86400 + 3661)).toBe('2025-02-01T01:01:01.000Z');
    const leap = (daysFromCivil(2028, 2, 29) - LAB_EPOCH_DAYS) * 86400;
    expect(isoAt(leap)).toBe('2028-02-29T00:00:00.000Z');
    expect(isoAt(365 * 86400)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('clamps negative and fractional seconds', () => {
    expect(isoAt(-10)).toBe('2025-01-01T00:00:00.000Z');
    expect(isoAt(1.9)).toBe('2025-01-01T00:00:01.000Z');
  });
});

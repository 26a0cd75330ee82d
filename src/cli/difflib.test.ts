import { describe, expect, it } from 'vitest';
import { closeMatches, ratio } from './difflib';

describe('difflib', () => {
  it('computes Python ratios', () => {
    expect(ratio('describe-instnaces', 'describe-instances')).toBeCloseTo(0.944, 3);
    expect(ratio('describe-instnaces', 'describe-instance-types')).toBeCloseTo(0.829, 3);
    expect(ratio('describe-instnaces', 'describe-images')).toBeCloseTo(0.788, 3);
  });
  it('suggests the close ones, best first', () => {
    const names = ['describe-images', 'describe-instance-status', 'describe-instance-types', 'describe-instances', 'help', 'wait'];
    expect(closeMatches('describe-instnaces', names)).toEqual([
      'describe-instances',
      'describe-instance-types',
      'describe-instance-status',
    ]);
    expect(closeMatches('ec3', ['ec2', 'kms'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from './fuzzy';

describe('fuzzy search', () => {
  it('matches characters in order, and nothing else', () => {
    expect(fuzzyScore('cvpc', 'Create VPC')).not.toBeNull();
    expect(fuzzyScore('vpcc', 'Create VPC')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });

  it('ranks a direct match at a word start first', () => {
    const items = ['Delete VPC', 'Create VPC', 'Create subnet', 'Describe VPCs'];
    expect(fuzzyFilter(items, 'create vpc', (s) => [s])[0]).toBe('Create VPC');
    expect(fuzzyFilter(items, 'subnet', (s) => [s])).toEqual(['Create subnet']);
    expect(fuzzyFilter(items, 'crvpc', (s) => [s])[0]).toBe('Create VPC');
  });

  it('puts a whole-word match above a long scattered one', () => {
    const items = ['ec2:DescribeInstanceTypes', 'ec2:DescribeInstanceTypeOfferings', 'ec2:DescribeInstances'];
    expect(fuzzyFilter(items, 'ec2:DescribeInstances', (s) => [s])[0]).toBe('ec2:DescribeInstances');
  });

  it('searches every text of an item and keeps order for a blank query', () => {
    const items = [
      { label: 'Launch instances', api: 'ec2:RunInstances' },
      { label: 'Undo', api: '' },
    ];
    expect(fuzzyFilter(items, 'runinst', (i) => [i.label, i.api])[0]?.label).toBe('Launch instances');
    expect(fuzzyFilter(items, '  ', (i) => [i.label])).toEqual(items);
  });
});

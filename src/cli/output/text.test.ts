import { describe, expect, it } from 'vitest';
import { formatText } from './text';
import { DESCRIBE_VPCS } from './fixtures';

describe('formatText', () => {
  it('prints the reference DescribeVpcs response as the CLI does', () => {
    expect(formatText(DESCRIBE_VPCS)).toBe(
      'VPCS\t10.0.0.0/16\tdefault\tFalse\t111122223333\tavailable\tvpc-0abc1234\n' +
        'CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-0a1b2c3d\t10.0.0.0/16\n' +
        'CIDRBLOCKSTATE\tassociated\n' +
        'TAGS\tName\tlab\n',
    );
  });
  it('prints query results', () => {
    expect(formatText(['subnet-1', 'subnet-2'])).toBe('subnet-1\tsubnet-2\n');
    expect(formatText('vpc-1')).toBe('vpc-1\n');
    expect(formatText(null)).toBe('None\n');
    expect(formatText([])).toBe('');
    expect(formatText([['i-1', 'running'], ['i-2', 'stopped']])).toBe('i-1\trunning\ni-2\tstopped\n');
    expect(formatText([{ Zone: 'a', Cidr: 'c', Id: 's' }])).toBe('c\ts\ta\n');
    expect(formatText({ Ids: ['a', 'b'] })).toBe('IDS\ta\nIDS\tb\n');
    expect(formatText([{ a: 1, b: 2 }, { b: 3 }])).toBe('1\t2\n\t3\n');
  });
});

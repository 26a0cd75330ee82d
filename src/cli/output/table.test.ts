import { describe, expect, it } from 'vitest';
import { formatTable } from './table';
import { DESCRIBE_VPCS, NARROW_SUBNETS_TABLE } from './fixtures';

describe('formatTable', () => {
  it('draws the reference DescribeVpcs table (vertical past 80 columns)', () => {
    expect(formatTable('DescribeVpcs', DESCRIBE_VPCS)).toBe(
      [
        '--------------------------------------------------',
        '|                  DescribeVpcs                  |',
        '+------------------------------------------------+',
        '||                     Vpcs                     ||',
        '|+------------------------+---------------------+|',
        '||  CidrBlock             |  10.0.0.0/16        ||',
        '||  InstanceTenancy       |  default            ||',
        '||  IsDefault             |  False              ||',
        '||  OwnerId               |  111122223333       ||',
        '||  State                 |  available          ||',
        '||  VpcId                 |  vpc-0abc1234       ||',
        '|+------------------------+---------------------+|',
        '|||           CidrBlockAssociationSet          |||',
        '||+----------------+---------------------------+||',
        '|||  AssociationId |  vpc-cidr-assoc-0a1b2c3d  |||',
        '|||  CidrBlock     |  10.0.0.0/16              |||',
        '||+----------------+---------------------------+||',
        '||||              CidrBlockState              ||||',
        '|||+---------------+--------------------------+|||',
        '||||  State        |  associated              ||||',
        '|||+---------------+--------------------------+|||',
        '|||                    Tags                    |||',
        '||+----------------------+---------------------+||',
        '|||  Key                 |  Name               |||',
        '|||  Value               |  lab                |||',
        '||+----------------------+---------------------+||',
        '',
      ].join('\n'),
    );
  });

  it('keeps a narrow table horizontal', () => {
    const rows = [
      { AZ: 'us-east-1a', CIDR: '10.0.1.0/24' },
      { AZ: 'us-east-1b', CIDR: '10.0.2.0/24' },
    ];
    expect(formatTable('DescribeSubnets', rows)).toBe(
      NARROW_SUBNETS_TABLE,
    );
  });

  it('prints nothing for a falsy result and only the title box for a scalar', () => {
    expect(formatTable('DescribeVpcs', [])).toBe('');
    expect(formatTable('DescribeVpcs', null)).toBe('');
    // Python: width = len(title) + 2, title starts at 11 // 2 - 9 // 2 - 1 = 0.
    expect(formatTable('CreateVpc', 'vpc-1')).toBe('-----------\n|CreateVpc|\n+---------+\n');
  });
});

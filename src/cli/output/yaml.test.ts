import { describe, expect, it } from 'vitest';
import { formatYaml } from './yaml';
import { DESCRIBE_VPCS } from './fixtures';

describe('formatYaml', () => {
  it('prints the reference DescribeVpcs response', () => {
    expect(formatYaml(DESCRIBE_VPCS)).toBe(
      [
        'Vpcs:',
        '- CidrBlock: 10.0.0.0/16',
        '  CidrBlockAssociationSet:',
        '  - AssociationId: vpc-cidr-assoc-0a1b2c3d',
        '    CidrBlock: 10.0.0.0/16',
        '    CidrBlockState:',
        '      State: associated',
        '  InstanceTenancy: default',
        '  IsDefault: false',
        "  OwnerId: '111122223333'",
        '  State: available',
        '  Tags:',
        '  - Key: Name',
        '    Value: lab',
        '  VpcId: vpc-0abc1234',
        '',
      ].join('\n'),
    );
  });
  it('quotes what would read back as another type', () => {
    expect(formatYaml({ a: '1.5', b: 'true', c: '', d: '2024-05-01T12:00:00+00:00', e: 'yes', f: "it's: x", g: [[1, 2]], h: [] })).toBe(
      "a: '1.5'\nb: 'true'\nc: ''\nd: '2024-05-01T12:00:00+00:00'\ne: yes\nf: 'it''s: x'\ng:\n- - 1\n  - 2\nh: []\n",
    );
    expect(formatYaml('text')).toBe('"text"\n');
    expect(formatYaml(3)).toBe('3\n');
  });
  it('folds a long string as the CLI does (libyaml: past column 80, at the next single space, 2 more than its key)', () => {
    expect(formatYaml({ Description: 'Allows SSH from the office network and from the bastion host in the shared services VPC only' })).toBe(
      'Description: Allows SSH from the office network and from the bastion host in the shared\n  services VPC only\n',
    );
    const web = "Web tier: allows HTTP and HTTPS from the load balancer's security group, nothing else";
    expect(formatYaml({ Groups: [{ Description: web, GroupId: 'sg-0abc' }] })).toBe(
      "Groups:\n- Description: 'Web tier: allows HTTP and HTTPS from the load balancer''s security\n    group, nothing else'\n  GroupId: sg-0abc\n",
    );
    expect(formatYaml({ Reasons: ['Server.SpotInstanceShutdown: The instance was terminated because the Spot price rose above your max price'] })).toBe(
      "Reasons:\n- 'Server.SpotInstanceShutdown: The instance was terminated because the Spot price\n  rose above your max price'\n",
    );
    // Only a single space may fold.
    const spaced = 'a  double  spaced  message  that  is  far  longer  than  eighty  columns  and  never  folds';
    expect(formatYaml({ Message: spaced })).toBe(`Message: ${spaced}\n`);
  });
});

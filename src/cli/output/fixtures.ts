/** The worked example of reference/aws-cli.md (d): one DescribeVpcs response, keys in model order. */
export const DESCRIBE_VPCS = {
  Vpcs: [
    {
      OwnerId: '111122223333',
      InstanceTenancy: 'default',
      CidrBlockAssociationSet: [
        { AssociationId: 'vpc-cidr-assoc-0a1b2c3d', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
      ],
      IsDefault: false,
      Tags: [{ Key: 'Name', Value: 'lab' }],
      VpcId: 'vpc-0abc1234',
      State: 'available',
      CidrBlock: '10.0.0.0/16',
    },
  ],
};

/** reference/aws-cli.md's narrow table: two subnets' zone and CIDR, kept horizontal. */
export const NARROW_SUBNETS_TABLE = [
  '-------------------------------',
  '|       DescribeSubnets       |',
  '+-------------+---------------+',
  '|     AZ      |     CIDR      |',
  '+-------------+---------------+',
  '|  us-east-1a |  10.0.1.0/24  |',
  '|  us-east-1b |  10.0.2.0/24  |',
  '+-------------+---------------+',
  '',
].join('\n');

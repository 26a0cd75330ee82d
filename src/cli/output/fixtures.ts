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

import { describe, expect, it } from 'vitest';
import { kebab, optionName, buildIndex } from './cli-names';
import { cliNameOf } from './actions';

describe('kebab', () => {
  it.each([
    ['DescribeInstanceStatus', 'describe-instance-status'],
    ['CreateVpc', 'create-vpc'],
    ['AttachNetworkInterface', 'attach-network-interface'],
    ['DescribeVpcAttribute', 'describe-vpc-attribute'],
    ['AssignIpv6Addresses', 'assign-ipv6-addresses'],
    ['DescribeIpv6Pools', 'describe-ipv6-pools'],
    ['CreatePublicIpv4Pool', 'create-public-ipv4-pool'],
    ['EnableVolumeIO', 'enable-volume-io'],
    ['GetEbsEncryptionByDefault', 'get-ebs-encryption-by-default'],
    ['DescribeReservedInstancesOfferings', 'describe-reserved-instances-offerings'],
    ['GatewayARNs', 'gateway-arns'],
    ['EnableDns64', 'enable-dns64'],
    ['EnableResourceNameDnsAAAARecord', 'enable-resource-name-dns-aaaa-record'],
    ['FIPSEnabled', 'fips-enabled'],
    ['SendSSHPublicKey', 'send-ssh-public-key'],
  ])('%s → %s', (api, cli) => expect(kebab(api)).toBe(cli));

  it('option names', () => {
    expect(optionName('VpcIds')).toBe('--vpc-ids');
    expect(optionName('Ipv6CidrBlock')).toBe('--ipv6-cidr-block');
    expect(optionName('TagSpecifications')).toBe('--tag-specifications');
  });

  it('maps IAM prefixes to CLI services, as the action descriptors name them', () => {
    expect(cliNameOf('elasticloadbalancing:CreateLoadBalancer')).toEqual({ service: 'elbv2', operation: 'create-load-balancer' });
    expect(cliNameOf('sim:AdvanceTime')).toEqual({ service: 'lab', operation: 'advance-time' });
    const index = buildIndex(
      [
        { type: 'elasticloadbalancing:CreateLoadBalancer', summary: '' },
        { type: 'sim:AdvanceTime', summary: '' },
        { type: 'ec2:CreateVpc', summary: '' },
      ],
      cliNameOf,
    );
    expect([...index.keys()]).toEqual(['elbv2', 'lab', 'ec2']);
    expect(index.get('elbv2')!.get('create-load-balancer')!.api).toBe('CreateLoadBalancer');
  });
});
